import { listBackupFiles } from '../../../db/backup.ts';
import { findBackupsForPath } from '../../../db/backup-index.ts';
import type { backupMethods } from '../../../shared/contract/backups.ts';
import { resolve } from 'node:path';
import type { HandlerMap } from '../handler-types.ts';
import { backupsFolderFor, restoreFromBackup } from '../backups-restore.ts';

const toEntry = (file: { name: string; createdAt: Date; sizeBytes: number; reason: string }) => ({
  id: file.name,
  createdAt: file.createdAt.toISOString(),
  sizeBytes: file.sizeBytes,
  reason: file.reason as ReturnType<typeof listBackupFiles>[number]['reason'],
});

export const backupHandlers: HandlerMap<keyof typeof backupMethods> = {
  'backups.list': (input, { state }) => {
    const open = state.workbook;
    const isOpen = open && (!input.path || resolve(input.path) === resolve(open.connection.path));
    const folder = backupsFolderFor(state, input.path);
    const workbookId = isOpen
      ? open.connection.workbookId
      : input.path
        ? (findBackupsForPath(state.backupsRoot, input.path)?.workbookId ?? null)
        : null;
    return {
      workbookId,
      folder,
      backups: folder ? listBackupFiles(folder).map(toEntry) : [],
      lastError: isOpen ? open.guard.lastError : null,
    };
  },
  'backups.create': async (_input, { state }) =>
    toEntry(await state.require().guard.backup('manual')),
  'backups.restore': (input, { state }) => restoreFromBackup(state, input),
};
