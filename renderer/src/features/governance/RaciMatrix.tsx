import { ActionIcon, Badge, Button, Group, Table, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  raciRoleHints,
  raciRoleLabels,
  raciRoles,
  type CharterContent,
  type RaciRole,
} from '../../../../shared/contract/index.ts';
import { raciRowProblems } from '../../../../shared/domain/raci.ts';
import './governance.css';
import { newRowKey } from './governance-format.ts';
import { RaciCell, raciRoleColors } from './RaciCell.tsx';

type CharterForm = UseFormReturnType<CharterContent>;

/** Decisions × committee members; each cell R, A, C, I or empty, exactly one A per row. */
export function RaciMatrix({ form }: { form: CharterForm }) {
  const { members, decisions } = form.values;

  const setRole = (row: number, memberKey: string, role: RaciRole | null) => {
    const decision = decisions[row];
    if (!decision) return;
    const roles = Object.fromEntries(
      Object.entries(decision.roles).filter(([key]) => key !== memberKey),
    );
    if (role) roles[memberKey] = role;
    form.setFieldValue(`decisions.${row}.roles`, roles);
  };

  return (
    <>
      <Group gap="md" mb="sm">
        {raciRoles.map((role) => (
          <Group key={role} gap={6}>
            <Badge color={raciRoleColors[role]} variant="light" radius="sm" w={28} px={0}>
              {role}
            </Badge>
            <Text size="xs" c="dimmed">
              {raciRoleLabels[role]} — {raciRoleHints[role]}
            </Text>
          </Group>
        ))}
      </Group>
      {members.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          Add committee members first: each becomes a column of the matrix.
        </Text>
      ) : decisions.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          List the decisions that matter, such as approving the joint budget, using each other’s
          logo, changing targets, renewing or ending the partnership, and say who does what.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={260 + members.length * 96}>
          <Table verticalSpacing={6} withColumnBorders data-testid="raci-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={240}>Decision</Table.Th>
                {members.map((member) => (
                  <Table.Th key={member.key} ta="center" w={96}>
                    <Text size="xs" fw={600} lineClamp={2}>
                      {member.name || 'Unnamed'}
                    </Text>
                    <Text size="xs" c="dimmed" fw={400}>
                      {member.side === 'ours' ? 'Our side' : 'Partner'}
                    </Text>
                  </Table.Th>
                ))}
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {decisions.map((decision, row) => {
                const problem = raciRowProblems(decision, members)[0];
                const severe = problem && problem.kind !== 'no_accountable';
                return (
                  <Table.Tr
                    key={decision.key}
                    data-testid="raci-row"
                    data-invalid={Boolean(problem)}
                  >
                    <Table.Td>
                      <TextInput
                        size="sm"
                        placeholder="e.g. Approve the joint campaign budget"
                        aria-label={`Decision ${row + 1}`}
                        {...form.getInputProps(`decisions.${row}.decision`)}
                        data-testid={`raci-decision-${row}`}
                      />
                      {problem && (
                        <Text
                          size="xs"
                          mt={4}
                          c={severe ? 'red' : 'orange.8'}
                          role="alert"
                          data-testid={`raci-error-${row}`}
                        >
                          {problem.message}
                        </Text>
                      )}
                    </Table.Td>
                    {members.map((member, col) => (
                      <Table.Td key={member.key} ta="center">
                        <RaciCell
                          role={decision.roles[member.key] ?? null}
                          onChange={(role) => setRole(row, member.key, role)}
                          label={`${member.name || 'Member'} in “${decision.decision || `decision ${row + 1}`}”`}
                          testId={`raci-cell-${row}-${col}`}
                        />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <Tooltip label="Remove decision">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Remove decision ${row + 1}`}
                          onClick={() => form.removeListItem('decisions', row)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Button
        variant="light"
        size="xs"
        mt="sm"
        leftSection={<IconPlus size={14} />}
        disabled={members.length === 0}
        onClick={() =>
          form.insertListItem('decisions', { key: newRowKey(), decision: '', roles: {} })
        }
        data-testid="add-decision-right"
      >
        Add decision
      </Button>
    </>
  );
}
