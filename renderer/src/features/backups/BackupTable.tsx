import { Badge, Button, Table, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconRestore } from '@tabler/icons-react';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { backupReasonLabels, type BackupEntry } from '../../../../shared/contract/index.ts';
import { formatFileSize } from './format-size.ts';

dayjs.extend(relativeTime);

interface BackupTableProps {
  backups: BackupEntry[];
  /** What a restore replaces, for the confirmation. */
  target: string;
  restoring: string | null;
  onRestore: (backup: BackupEntry) => void;
}

/** Backups, newest first, each with its time, why it was made, its size and a confirmed restore. */
export function BackupTable({ backups, target, restoring, onRestore }: BackupTableProps) {
  const confirm = (backup: BackupEntry) =>
    modals.openConfirmModal({
      title: 'Restore this backup?',
      children: (
        <Text size="sm">
          {target} is replaced by the backup from{' '}
          <strong>{dayjs(backup.createdAt).format('D MMM YYYY, HH:mm:ss')}</strong>. What it holds
          now is backed up first, so you can undo this restore from the same list.
        </Text>
      ),
      labels: { confirm: 'Restore', cancel: 'Cancel' },
      confirmProps: { 'data-testid': 'confirm-restore' },
      onConfirm: () => onRestore(backup),
    });

  return (
    <Table striped highlightOnHover verticalSpacing="xs" data-testid="backup-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Made</Table.Th>
          <Table.Th>Why</Table.Th>
          <Table.Th ta="right">Size</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.id} data-testid="backup-row" data-reason={backup.reason}>
            <Table.Td>
              <Tooltip label={dayjs(backup.createdAt).fromNow()}>
                <Text size="sm">{dayjs(backup.createdAt).format('D MMM YYYY, HH:mm:ss')}</Text>
              </Tooltip>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={backup.reason === 'set-aside' ? 'orange' : 'gray'}>
                {backupReasonLabels[backup.reason]}
              </Badge>
            </Table.Td>
            <Table.Td ta="right">
              <Text size="sm">{formatFileSize(backup.sizeBytes)}</Text>
            </Table.Td>
            <Table.Td ta="right">
              <Button
                size="xs"
                variant="light"
                leftSection={<IconRestore size={14} />}
                loading={restoring === backup.id}
                disabled={restoring !== null}
                onClick={() => confirm(backup)}
                aria-label={`Restore the backup from ${dayjs(backup.createdAt).format('D MMM YYYY, HH:mm:ss')}`}
              >
                Restore
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
