import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Partner } from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';

/** Deleting a partner removes everything hanging off it, so it always asks first. */
export function useDeletePartner(onDeleted?: () => void) {
  const remove = useApiMutation('partners.delete', ['partners']);
  return (partner: Pick<Partner, 'id' | 'name'>) =>
    modals.openConfirmModal({
      title: `Delete ${partner.name}?`,
      children: (
        <Text size="sm">
          The partner and everything recorded for it (contacts, fit, agreement and the records of
          every other module) are removed from this workbook. This cannot be undone.
        </Text>
      ),
      labels: { confirm: 'Delete partner', cancel: 'Cancel' },
      confirmProps: { color: 'red', 'data-testid': 'confirm-delete' } as Record<string, string>,
      onConfirm: () =>
        remove.mutate(
          { id: partner.id },
          {
            onSuccess: () => {
              notifications.show({ message: `${partner.name} deleted` });
              onDeleted?.();
            },
            onError: (error) =>
              notifications.show({ color: 'red', title: 'Not deleted', message: error.message }),
          },
        ),
    });
}
