import { basename, resolve } from 'node:path';
import { detectNetworkDrive } from '../../db/lock-network-fs.ts';
import {
  acquireWorkbookLock,
  describeOwner,
  judgeLock,
  lockPathFor,
  readWorkbookLock,
} from '../../db/lock.ts';
import { openWorkbook } from '../../db/open.ts';
import { probeWorkbookFile } from '../../db/probe.ts';
import { AppError, type WorkbookInfo } from '../../shared/contract/index.ts';
import type { BackendState } from './state.ts';

/** Reopening the file this backend already has open starts from a clean close. */
function closeIfSame(state: BackendState, path: string): void {
  const open = state.workbook;
  if (open && resolve(open.connection.path) === resolve(path)) state.detach();
}

/**
 * Opens a workbook for editing: the probe first (a refused file gets no lock file beside it),
 * then the single-writer lock, then SQLite read-write. Throws 'conflict' when it is open elsewhere.
 */
export async function openForEditing(state: BackendState, path: string): Promise<WorkbookInfo> {
  closeIfSame(state, path);
  const check = probeWorkbookFile(path, state.options);
  if (!check.ok) throw new AppError('bad_file', check.message);
  const lock = acquireWorkbookLock(path);
  try {
    const connection = await openWorkbook(path, {
      ...state.options,
      backupRoot: state.backupsRoot,
    });
    return state.attach(connection, { lock, warning: detectNetworkDrive(path) });
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Opens a workbook read-only: no lock is taken, and another window may be editing it meanwhile. */
export async function openReadOnly(state: BackendState, path: string): Promise<WorkbookInfo> {
  closeIfSame(state, path);
  const connection = await openWorkbook(path, { ...state.options, readOnly: true });
  const owner = readWorkbookLock(path);
  if (owner && judgeLock(owner, lockPathFor(path)) === 'held') {
    connection.markReadOnly(
      `Opened read-only: ${describeOwner(owner, basename(path))} Changes made there show here when you reopen it.`,
    );
  }
  return state.attach(connection, { lock: null, warning: detectNetworkDrive(path) });
}
