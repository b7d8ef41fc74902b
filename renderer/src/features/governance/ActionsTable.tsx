import './governance.css';
import { Badge, Group, Paper, Select, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGavel } from '@tabler/icons-react';
import type { ActionItem, ActionStatus } from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { daysFrom, formatDate, localToday, plural } from './governance-format.ts';
import { actionStatusColors, actionStatusOptions, governanceKeys } from './governance-options.ts';
import { RowMenu } from './RowMenu.tsx';
import { useConfirmDelete } from './use-confirm-delete.tsx';

interface ActionsTableProps {
  actions: readonly ActionItem[];
  showPartner: boolean;
  showMeeting: boolean;
  onEdit: (action: ActionItem) => void;
}

export function ActionsTable({ actions, showPartner, showMeeting, onEdit }: ActionsTableProps) {
  const setStatus = useApiMutation('actions.setStatus', governanceKeys);
  const confirmDelete = useConfirmDelete('actions.delete', 'action');
  const today = localToday();
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={760}>
        <Table
          highlightOnHover
          verticalSpacing="sm"
          className="pwb-nowrap-head"
          data-testid="actions-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Action</Table.Th>
              {showPartner && <Table.Th>Partnership</Table.Th>}
              <Table.Th>Owner</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th w={150}>Status</Table.Th>
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {actions.map((a) => (
              <Table.Tr
                key={a.id}
                className={`pwb-table-row${a.overdue ? ' pwb-row-overdue' : ''}`}
                tabIndex={0}
                data-testid="action-row"
                data-overdue={a.overdue}
                onClick={() => onEdit(a)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && e.target === e.currentTarget) onEdit(a);
                }}
              >
                <Table.Td maw={360}>
                  <Group gap={6} wrap="nowrap">
                    <Text
                      size="sm"
                      fw={500}
                      td={a.status === 'cancelled' ? 'line-through' : undefined}
                    >
                      {a.title}
                    </Text>
                    {a.forDecision && (
                      <Tooltip label={`For decision: ${a.decisionQuestion}`} multiline w={280}>
                        <Badge
                          size="xs"
                          color="indigo"
                          variant="light"
                          leftSection={<IconGavel size={10} />}
                          data-testid="for-decision-badge"
                        >
                          For decision
                        </Badge>
                      </Tooltip>
                    )}
                  </Group>
                  {showMeeting && a.meetingLabel && (
                    <Text size="xs" c="dimmed">
                      From {a.meetingLabel}
                    </Text>
                  )}
                </Table.Td>
                {showPartner && (
                  <Table.Td>
                    <Text size="sm">{a.partnerName ?? 'Program'}</Text>
                  </Table.Td>
                )}
                <Table.Td>
                  {a.owner || (
                    <Text span size="sm" c="orange">
                      No owner
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {a.dueDate ? (
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" c={a.overdue ? 'red' : undefined}>
                        {formatDate(a.dueDate)}
                      </Text>
                      {a.overdue && (
                        <Badge color="red" size="sm" variant="light" data-testid="action-overdue">
                          {plural(daysFrom(a.dueDate, today), 'day')} late
                        </Badge>
                      )}
                    </Group>
                  ) : (
                    <Text span size="sm" c="dimmed">
                      No date
                    </Text>
                  )}
                </Table.Td>
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <Select
                    size="xs"
                    data={actionStatusOptions}
                    value={a.status}
                    allowDeselect={false}
                    aria-label={`Status of ${a.title}`}
                    leftSection={
                      <span
                        style={{
                          width: 8,
                          height: 8,
                          borderRadius: 8,
                          background: `var(--mantine-color-${actionStatusColors[a.status]}-filled)`,
                        }}
                      />
                    }
                    onChange={(status) =>
                      status &&
                      setStatus.mutate(
                        { id: a.id, status: status as ActionStatus },
                        {
                          onError: (error) =>
                            notifications.show({ color: 'red', message: error.message }),
                        },
                      )
                    }
                    data-testid="action-status-inline"
                  />
                </Table.Td>
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <RowMenu
                    label={a.title}
                    onEdit={() => onEdit(a)}
                    onDelete={() =>
                      confirmDelete(a.id, a.title, 'the action is removed from every list.')
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
