import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDatabaseExport, IconHistory } from '@tabler/icons-react';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { EmptyState, ErrorState, PageLoader } from '../../components/PageState.tsx';
import { useCurrentWorkbook } from '../shell/use-workbook.ts';
import { BackupTable } from './BackupTable.tsx';
import { useRestore } from './use-restore.ts';

/** "Restore from backup": the automatic and manual backups of the open workbook. */
export default function BackupsPage() {
  const current = useCurrentWorkbook();
  const list = useApiQuery('backups.list', {});
  const backUp = useApiMutation('backups.create', ['backups']);
  const { restore, error, restoring } = useRestore();

  if (list.isPending) return <PageLoader />;
  if (list.isError)
    return <ErrorState message={list.error.message} onRetry={() => void list.refetch()} />;

  const backUpNow = () =>
    backUp.mutate(
      {},
      {
        onSuccess: () =>
          notifications.show({ color: 'green', message: 'Backup made and checked.' }),
        onError: (e) =>
          notifications.show({ color: 'red', title: 'No backup', message: e.message }),
      },
    );

  return (
    <Stack maw={900} gap="lg" data-testid="backups-page">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Backups</Title>
          <Text c="dimmed" size="sm" maw={620}>
            Made automatically when the workbook opens, every 10 minutes while you edit, and before
            a file-format upgrade or a restore. Each is checked before it is kept; the newest 10 and
            one a day for a week are kept, outside the workbook file.
          </Text>
        </div>
        <Button
          leftSection={<IconDatabaseExport size={16} />}
          onClick={backUpNow}
          loading={backUp.isPending}
          data-testid="backup-now"
        >
          Back up now
        </Button>
      </Group>
      {list.data.lastError && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="The last backup failed">
          {list.data.lastError}
        </Alert>
      )}
      {error && (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title="Not restored"
          data-testid="restore-error"
        >
          {error}
        </Alert>
      )}
      {list.data.backups.length === 0 ? (
        <EmptyState
          icon={<IconHistory size={30} />}
          title="No backups yet"
          text="The first one is made a moment after the workbook opens."
        />
      ) : (
        <Paper withBorder>
          <BackupTable
            backups={list.data.backups}
            target={`"${current.data?.fileName ?? 'This workbook'}"`}
            restoring={restoring}
            onRestore={(backup) => void restore(backup.id)}
          />
        </Paper>
      )}
      {list.data.folder && (
        <Text size="xs" c="dimmed">
          Kept in {list.data.folder}
        </Text>
      )}
    </Stack>
  );
}
