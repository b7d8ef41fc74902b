import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconEye, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiError } from '../../../../shared/contract/index.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { RestoreFromBackupModal } from '../backups/RestoreFromBackupModal.tsx';

interface Props {
  path: string;
  error: Pick<ApiError, 'code' | 'message'>;
  onOpenReadOnly: () => void;
  /** Called once a backup has been restored and opened in place of the refused file. */
  onRestored: () => void;
}

/**
 * Why a workbook did not open, with the way forward: open read-only when another window is editing
 * it (or its folder cannot be written), restore a backup when the file is refused and one exists.
 */
export function OpenProblem({ path, error, onOpenReadOnly, onRestored }: Props) {
  const [restoring, setRestoring] = useState(false);
  const refused = error.code === 'bad_file';
  const backups = useApiQuery('backups.list', { path }, { enabled: refused });
  const count = backups.data?.backups.length ?? 0;
  const elsewhere = error.code === 'conflict' || error.code === 'read_only';

  return (
    <Alert
      color={elsewhere ? 'orange' : 'red'}
      icon={<IconAlertTriangle size={18} />}
      title={elsewhere ? 'Open elsewhere' : 'This file cannot be opened'}
      data-testid="open-error"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{error.message}</Text>
        <Group gap="xs">
          {elsewhere && (
            <Button
              size="xs"
              variant="white"
              leftSection={<IconEye size={14} />}
              onClick={onOpenReadOnly}
              data-testid="open-read-only"
            >
              Open read-only
            </Button>
          )}
          {refused && count > 0 && (
            <Button
              size="xs"
              variant="white"
              color="red"
              leftSection={<IconRestore size={14} />}
              onClick={() => setRestoring(true)}
              data-testid="offer-restore"
            >
              Restore from a backup ({count})
            </Button>
          )}
        </Group>
      </Stack>
      <RestoreFromBackupModal
        path={path}
        opened={restoring}
        onClose={() => setRestoring(false)}
        onRestored={onRestored}
      />
    </Alert>
  );
}
