import {
  ActionIcon,
  Button,
  Group,
  SegmentedControl,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { modals } from '@mantine/modals';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { committeeSideLabels, type CharterContent } from '../../../../shared/contract/index.ts';
import { withoutMember } from '../../../../shared/domain/raci.ts';
import { newRowKey } from './governance-format.ts';

type CharterForm = UseFormReturnType<CharterContent>;

/** Committee members from both sides; their keys tie them to the RACI columns. */
export function CommitteeEditor({ form }: { form: CharterForm }) {
  const members = form.values.members;

  const remove = (index: number) => {
    const member = members[index];
    if (!member) return;
    const drop = () => {
      form.setFieldValue('decisions', withoutMember(form.values.decisions, member.key));
      form.removeListItem('members', index);
    };
    const holdsRoles = form.values.decisions.some((d) => member.key in d.roles);
    if (!holdsRoles) return drop();
    modals.openConfirmModal({
      title: `Remove ${member.name || 'this member'}?`,
      children: (
        <Text size="sm">
          Their roles in the decision-rights matrix are removed too. Decisions where they were
          Accountable will need a new Accountable person.
        </Text>
      ),
      labels: { confirm: 'Remove member', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: drop,
    });
  };

  return (
    <>
      {members.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          No one yet. Name at least one decision-maker from each side: the people who own the
          partnership and can commit their organisation.
        </Text>
      ) : (
        <Table verticalSpacing={6} mb="sm" data-testid="committee-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role in the partnership</Table.Th>
              <Table.Th w={230}>Side</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member, index) => (
              <Table.Tr key={member.key} data-testid="committee-row">
                <Table.Td>
                  <TextInput
                    size="sm"
                    placeholder="Full name"
                    aria-label={`Member ${index + 1} name`}
                    {...form.getInputProps(`members.${index}.name`)}
                    data-testid={`member-name-${index}`}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="sm"
                    placeholder="e.g. Executive sponsor"
                    aria-label={`Member ${index + 1} role`}
                    {...form.getInputProps(`members.${index}.role`)}
                    data-testid={`member-role-${index}`}
                  />
                </Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    fullWidth
                    data={[
                      { value: 'ours', label: committeeSideLabels.ours },
                      { value: 'theirs', label: committeeSideLabels.theirs },
                    ]}
                    {...form.getInputProps(`members.${index}.side`)}
                  />
                </Table.Td>
                <Table.Td>
                  <Tooltip label="Remove member">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${member.name || `member ${index + 1}`}`}
                      onClick={() => remove(index)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconUserPlus size={14} />}
          onClick={() =>
            form.insertListItem('members', {
              key: newRowKey(),
              name: '',
              role: '',
              side: members.length % 2 === 0 ? 'ours' : 'theirs',
            })
          }
          data-testid="add-member"
        >
          Add member
        </Button>
      </Group>
    </>
  );
}
