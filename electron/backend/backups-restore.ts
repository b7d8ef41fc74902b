import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findBackupsForPath } from '../../db/backup-index.ts';
import { replaceWithBackup, setAsideUnreadableFile } from '../../db/backup-restore.ts';
import { backupFolderFor, reserveBackupName, verifyWorkbookCopy } from '../../db/backup.ts';
import { detectNetworkDrive } from '../../db/lock-network-fs.ts';
import { acquireWorkbookLock, type WorkbookLock } from '../../db/lock.ts';
import { openWorkbook } from '../../db/open.ts';
import { AppError, type WorkbookInfo } from '../../shared/contract/index.ts';
import type { BackendState } from './state.ts';

/** The backups folder for a workbook path: the open workbook's own, else the one that recorded that path. */
export function backupsFolderFor(state: BackendState, path: string | undefined): string | null {
  const open = state.workbook;
  if (open && (!path || resolve(path) === resolve(open.connection.path)))
    return backupFolderFor(state.backupsRoot, open.connection.workbookId);
  if (!path) return null;
  return findBackupsForPath(state.backupsRoot, path)?.folder ?? null;
}

/**
 * Replaces a workbook with one of its backups and opens it. What was there is backed up first
 * (through the backup API when it is open and healthy, else as a byte copy of the closed file),
 * so a restore can itself be undone from the same list.
 */
export async function restoreFromBackup(
  state: BackendState,
  input: { backupId: string; path?: string | undefined },
): Promise<WorkbookInfo> {
  const open = state.workbook;
  const target = input.path ? resolve(input.path) : open ? resolve(open.connection.path) : null;
  if (!target) throw new AppError('no_workbook', 'Open a workbook, or choose its file, first.');
  const folder = backupsFolderFor(state, target);
  const backupPath = folder ? join(folder, input.backupId) : null;
  if (!folder || !backupPath || !existsSync(backupPath))
    throw new AppError('not_found', 'That backup no longer exists. Choose one from the list.');
  const problem = verifyWorkbookCopy(backupPath, state.options.nativeBinding);
  if (problem) throw new AppError('bad_file', `This backup cannot be used: ${problem}.`);

  const openHere = open !== null && resolve(open.connection.path) === target ? open : null;
  let lock: WorkbookLock | null = openHere?.lock ?? null;
  if (!lock) lock = acquireWorkbookLock(target);
  try {
    let savedThroughApi = false;
    if (openHere && openHere.guard.integrity !== 'damaged') {
      savedThroughApi = await openHere.guard
        .backup('before-restore')
        .then(() => true)
        .catch(() => false);
    }
    if (openHere) state.detach(true);
    if (!savedThroughApi && existsSync(target)) {
      setAsideUnreadableFile(target, reserveBackupName(folder, 'set-aside', new Date()).path);
    }
    await replaceWithBackup(backupPath, target, state.options.nativeBinding);
    const connection = await openWorkbook(target, {
      ...state.options,
      backupRoot: state.backupsRoot,
    });
    return state.attach(connection, { lock, warning: detectNetworkDrive(target) });
  } catch (error) {
    lock.release();
    throw error;
  }
}
