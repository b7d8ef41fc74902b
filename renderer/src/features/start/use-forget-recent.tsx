import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useApiMutation } from '../../api/hooks.ts';

/**
 * Removes a workbook from the recent list at once (the file is kept) and offers Undo, which puts
 * the entry back in its place.
 */
export function useForgetRecent(): (path: string) => void {
  const forget = useApiMutation('workbook.forgetRecent', ['workbook.recent']);
  const restore = useApiMutation('workbook.restoreRecent', ['workbook.recent']);
  return (path) =>
    forget.mutate(
      { path },
      {
        onSuccess: (entry) => {
          if (entry === null) return;
          const id = `forgot-${entry.path}`;
          notifications.show({
            id,
            autoClose: 8000,
            message: (
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text size="sm">“{entry.title}” removed from the recent list.</Text>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  data-testid="undo-forget"
                  onClick={() => {
                    notifications.hide(id);
                    restore.mutate(entry);
                  }}
                >
                  Undo
                </Button>
              </Group>
            ),
          });
        },
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Not removed', message: error.message }),
      },
    );
}
