import { notifications } from '@mantine/notifications';

/** The Backups page's "Back up now", with its progress shown while the copy is made and checked. */
export async function withProgress(backUp: () => Promise<unknown>): Promise<void> {
  const id = notifications.show({
    loading: true,
    autoClose: false,
    withCloseButton: false,
    title: 'Backing up',
    message: 'Copying the workbook and checking the copy…',
  });
  try {
    await backUp();
    notifications.update({
      id,
      loading: false,
      autoClose: 4000,
      withCloseButton: true,
      color: 'green',
      title: 'Backed up',
      message: 'Backup made and checked. It is listed under Backups.',
    });
  } catch (error) {
    notifications.update({
      id,
      loading: false,
      autoClose: false,
      withCloseButton: true,
      color: 'red',
      title: 'No backup',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
