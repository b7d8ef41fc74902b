import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useApiMutation } from '../../api/hooks.ts';
import { governanceKeys } from './governance-options.ts';

type DeleteMethod = 'actions.delete' | 'decisions.delete' | 'questions.delete' | 'meetings.delete';

/** Every delete asks first, saying what goes and what stays. */
export function useConfirmDelete(method: DeleteMethod, noun: string, onDeleted?: () => void) {
  const remove = useApiMutation(method, governanceKeys);
  return (id: number, label: string, consequence: string) =>
    modals.openConfirmModal({
      title: `Delete this ${noun}?`,
      children: (
        <Text size="sm">
          “{label}” — {consequence} This cannot be undone.
        </Text>
      ),
      labels: { confirm: `Delete ${noun}`, cancel: 'Cancel' },
      confirmProps: { color: 'red', 'data-testid': 'confirm-delete' } as Record<string, string>,
      onConfirm: () =>
        remove.mutate(
          { id },
          {
            onSuccess: () => {
              notifications.show({
                message: `${noun[0]?.toUpperCase() ?? ''}${noun.slice(1)} deleted`,
              });
              onDeleted?.();
            },
            onError: (error) =>
              notifications.show({ color: 'red', title: 'Not deleted', message: error.message }),
          },
        ),
    });
}
