import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Risk } from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';

export function useDeleteRisk() {
  const remove = useApiMutation('risks.delete', ['risks', 'governance']);
  return (risk: Pick<Risk, 'id' | 'title'>) =>
    modals.openConfirmModal({
      title: 'Delete this risk?',
      children: (
        <Text size="sm">
          “{risk.title}” is removed from the register. If the risk simply no longer applies, setting
          its status to Closed keeps the history instead.
        </Text>
      ),
      labels: { confirm: 'Delete risk', cancel: 'Cancel' },
      confirmProps: { color: 'red', 'data-testid': 'confirm-delete' } as Record<string, string>,
      onConfirm: () =>
        remove.mutate(
          { id: risk.id },
          {
            onSuccess: () => notifications.show({ message: 'Risk deleted' }),
            onError: (error) =>
              notifications.show({ color: 'red', title: 'Not deleted', message: error.message }),
          },
        ),
    });
}
