import { Button, Group, Kbd, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconHeartHandshake, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { HealthCheckRecord, Partner } from '../../../../shared/contract/index.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { EmptyState, ErrorState, PageLoader } from '../../components/PageState.tsx';
import { BilateralCheckModal } from './BilateralCheckModal.tsx';
import { BilateralHistory } from './BilateralHistory.tsx';
import { BilateralRadar } from './BilateralRadar.tsx';
import { formatDate } from './health-format.ts';

type Editing = { check: HealthCheckRecord | null } | null;

/** The seven-pillar check both sides fill in, its radar, and the history of earlier checks. */
export function BilateralCheckSection({ partner }: { partner: Partner }) {
  const list = useApiQuery(
    'healthChecks.list',
    { partnerId: partner.id },
    { staleTime: 0, refetchOnMount: 'always' },
  );
  const remove = useApiMutation('healthChecks.delete', ['healthChecks', 'health']);
  const [editing, setEditing] = useState<Editing>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  useHotkeys([['alt+N', () => setEditing({ check: null })]]);

  const confirmDelete = (check: HealthCheckRecord) =>
    modals.openConfirmModal({
      title: 'Delete this health check?',
      children: (
        <Text size="sm">
          The check of {formatDate(check.date)} and both sides&apos; scores and reasons go. Earlier
          and later checks stay. This cannot be undone.
        </Text>
      ),
      labels: { confirm: 'Delete check', cancel: 'Cancel' },
      confirmProps: { color: 'red', 'data-testid': 'confirm-delete' } as Record<string, string>,
      onConfirm: () =>
        remove.mutate(
          { id: check.id },
          {
            onSuccess: () => notifications.show({ message: 'Health check deleted' }),
            onError: (error) =>
              notifications.show({ color: 'red', title: 'Not deleted', message: error.message }),
          },
        ),
    });

  const checks = list.data?.checks ?? [];
  const shown = checks.find((c) => c.id === selectedId) ?? checks[0] ?? null;

  return (
    <Stack gap="sm" data-testid="bilateral-section">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={4}>Bilateral health check</Title>
          <Text size="sm" c="dimmed" maw={640}>
            Both sides score purpose, governance, culture, incentives, knowledge, technology and
            resilience. Repeat it every quarter or two; each check is kept.
          </Text>
        </div>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing({ check: null })}
          rightSection={<Kbd size="xs">Alt N</Kbd>}
          data-testid="new-health-check"
        >
          New check
        </Button>
      </Group>
      {list.isPending && <PageLoader />}
      {list.isError && (
        <ErrorState message={list.error.message} onRetry={() => void list.refetch()} />
      )}
      {list.data && checks.length === 0 && (
        <EmptyState
          icon={<IconHeartHandshake size={32} />}
          title="No health check yet"
          text="Run one at the next check-in: each side scores the seven pillars on its own, then you compare where you differ."
          action={
            <Button variant="light" onClick={() => setEditing({ check: null })}>
              Record the first check
            </Button>
          }
        />
      )}
      {list.data && shown && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <BilateralRadar check={shown} />
          <BilateralHistory
            list={list.data}
            selectedId={shown.id}
            onSelect={(c) => setSelectedId(c.id)}
            onEdit={(c) => setEditing({ check: c })}
            onDelete={confirmDelete}
          />
        </SimpleGrid>
      )}
      {editing && (
        <BilateralCheckModal
          partnerId={partner.id}
          partnerName={partner.name}
          check={editing.check}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
