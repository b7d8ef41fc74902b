import { Alert, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useApiQuery } from '../../api/hooks.ts';
import { PageLoader } from '../../components/PageState.tsx';
import { BackupTable } from './BackupTable.tsx';
import { useRestore } from './use-restore.ts';

interface Props {
  /** The workbook file that could not be opened. */
  path: string;
  opened: boolean;
  onClose: () => void;
  onRestored?: () => void;
}

/** Offered when a file is refused: its backups, any of which replaces it and opens. */
export function RestoreFromBackupModal({ path, opened, onClose, onRestored }: Props) {
  const list = useApiQuery('backups.list', { path }, { enabled: opened });
  const { restore, error, restoring } = useRestore();
  const fileName = path.split(/[\\/]/).pop() ?? path;

  return (
    <Modal opened={opened} onClose={onClose} title="Restore from a backup" size="xl">
      <Stack>
        <Text size="sm">
          Choose the backup to put in place of <strong>{fileName}</strong>. The file as it is now is
          kept with the backups, so nothing is lost.
        </Text>
        {error && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Not restored">
            {error}
          </Alert>
        )}
        {list.isPending ? (
          <PageLoader />
        ) : (
          <BackupTable
            backups={list.data?.backups ?? []}
            target={`"${fileName}"`}
            restoring={restoring}
            onRestore={(backup) =>
              void restore(backup.id, path).then((info) => {
                if (!info) return;
                onClose();
                onRestored?.();
              })
            }
          />
        )}
      </Stack>
    </Modal>
  );
}
