import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Kpi } from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { subtreeIds } from './kpi-tree.ts';

/** Deleting a KPI takes its sub-KPIs, targets and figures with it, so it always asks first. */
export function useDeleteKpi(kpis: readonly Kpi[]) {
  const remove = useApiMutation('kpis.delete', ['kpis', 'scorecards', 'actuals']);
  return (kpi: Kpi) => {
    const below = subtreeIds(kpis, kpi.id).size - 1;
    modals.openConfirmModal({
      title: `Delete ${kpi.name}?`,
      children: (
        <Text size="sm">
          {below > 0
            ? `The ${below} ${below === 1 ? 'KPI' : 'KPIs'} under it, and every target and figure recorded for them, are deleted too. `
            : 'Its targets and every figure recorded for it are deleted too. '}
          This cannot be undone.
        </Text>
      ),
      labels: { confirm: below > 0 ? `Delete ${below + 1} KPIs` : 'Delete KPI', cancel: 'Cancel' },
      confirmProps: { color: 'red', 'data-testid': 'confirm-delete' } as Record<string, string>,
      onConfirm: () =>
        remove.mutate(
          { id: kpi.id },
          {
            onSuccess: ({ deleted }) =>
              notifications.show({
                message:
                  deleted > 1
                    ? `${kpi.name} and ${deleted - 1} more deleted`
                    : `${kpi.name} deleted`,
              }),
            onError: (error) =>
              notifications.show({ color: 'red', title: 'Not deleted', message: error.message }),
          },
        ),
    });
  };
}
