import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCalendarDue, IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  deliverableStatusLabels,
  openDeliverableStatuses,
  type Deliverable,
} from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { deliverableStatusColors, deliverableStatusOptions } from './agreement-options.ts';
import { DeliverableModal } from './DeliverableModal.tsx';

const sides = {
  ours: { title: 'We deliver', empty: 'Nothing yet: what do we bring?' },
  theirs: { title: 'They deliver', empty: 'Nothing yet: what does the partner bring?' },
} as const;

const formatDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

function DeliverableItem({
  deliverable,
  onEdit,
}: {
  deliverable: Deliverable;
  onEdit: () => void;
}) {
  const update = useApiMutation('deliverables.update', ['agreements']);
  const remove = useApiMutation('deliverables.delete', ['agreements']);
  const today = new Date().toISOString().slice(0, 10);
  const overdue =
    deliverable.dueDate !== null &&
    deliverable.dueDate < today &&
    openDeliverableStatuses.has(deliverable.status);
  const { id, partnerId: _p, ...fields } = deliverable;

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: 'Remove this deliverable?',
      children: <Text size="sm">“{deliverable.description}” is removed from the agreement.</Text>,
      labels: { confirm: 'Remove', cancel: 'Cancel' },
      confirmProps: { color: 'red', 'data-testid': 'confirm-delete-deliverable' } as Record<
        string,
        string
      >,
      onConfirm: () =>
        remove.mutate(
          { id },
          {
            onError: (error) =>
              notifications.show({ color: 'red', title: 'Not removed', message: error.message }),
          },
        ),
    });

  return (
    <Paper withBorder p="xs" data-testid="deliverable-row">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text
            size="sm"
            fw={500}
            td={deliverable.status === 'dropped' ? 'line-through' : undefined}
          >
            {deliverable.description}
          </Text>
          <Group gap={6}>
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <Badge
                  component="button"
                  variant="light"
                  color={deliverableStatusColors[deliverable.status]}
                  style={{ cursor: 'pointer', border: 0 }}
                  aria-label={`Status: ${deliverableStatusLabels[deliverable.status]}. Change`}
                >
                  {deliverableStatusLabels[deliverable.status]}
                </Badge>
              </Menu.Target>
              <Menu.Dropdown>
                {deliverableStatusOptions.map((option) => (
                  <Menu.Item
                    key={option.value}
                    onClick={() =>
                      update.mutate({ id, fields: { ...fields, status: option.value } })
                    }
                  >
                    {option.label}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            {deliverable.dueDate && (
              <Group gap={4} c={overdue ? 'red' : 'dimmed'}>
                <IconCalendarDue size={14} />
                <Text size="xs" c={overdue ? 'red' : 'dimmed'}>
                  {overdue ? 'Overdue since ' : 'Due '}
                  {formatDate(deliverable.dueDate)}
                </Text>
              </Group>
            )}
          </Group>
        </Stack>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Actions for ${deliverable.description}`}
            >
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit}>
              Edit
            </Menu.Item>
            <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={confirmDelete}>
              Remove…
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Paper>
  );
}

/** Deliverables side by side, so an imbalance between the two sides shows at a glance. */
export function DeliverablesList({
  partnerId,
  deliverables,
}: {
  partnerId: number;
  deliverables: Deliverable[];
}) {
  const [editing, setEditing] = useState<{
    side: Deliverable['side'];
    deliverable: Deliverable | null;
  } | null>(null);
  return (
    <Group align="flex-start" grow gap="md" wrap="wrap">
      {(['ours', 'theirs'] as const).map((side) => {
        const mine = deliverables.filter((d) => d.side === side);
        const open = mine.filter((d) => openDeliverableStatuses.has(d.status)).length;
        return (
          <Stack key={side} gap="xs" miw={260} data-testid={`deliverables-${side}`}>
            <Group justify="space-between">
              <Text size="sm" fw={600}>
                {sides[side].title}{' '}
                <Text span size="xs" c="dimmed" fw={400}>
                  {open} open
                </Text>
              </Text>
              <Button
                size="compact-xs"
                variant="light"
                leftSection={<IconPlus size={12} />}
                onClick={() => setEditing({ side, deliverable: null })}
                data-testid={`add-deliverable-${side}`}
              >
                Add
              </Button>
            </Group>
            {mine.length === 0 && (
              <Text size="xs" c="dimmed">
                {sides[side].empty}
              </Text>
            )}
            {mine.map((d) => (
              <DeliverableItem
                key={d.id}
                deliverable={d}
                onEdit={() => setEditing({ side, deliverable: d })}
              />
            ))}
          </Stack>
        );
      })}
      {editing && (
        <DeliverableModal
          partnerId={partnerId}
          side={editing.side}
          deliverable={editing.deliverable}
          onClose={() => setEditing(null)}
        />
      )}
    </Group>
  );
}
