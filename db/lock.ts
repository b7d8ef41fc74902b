import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../shared/contract/index.ts';
import { processStartTime, selfStartTime } from './lock-process.ts';

/**
 * One writer per workbook: a lock file next to the workbook (".<name>.lock") names the process
 * that has it open for editing. It is created atomically (a hard link of a fully written file, or
 * O_EXCL where links are not supported), so two processes can never both believe they hold it.
 * A lock whose process is gone (same computer, pid not alive, or alive but started later: a
 * reused pid) is stale and taken over.
 */
export interface LockOwner {
  app: 'partnership-workbook';
  pid: number;
  hostname: string;
  /** When the owning process started (ISO), to tell a reused pid from the owner. */
  processStartedAt: string;
  lockedAt: string;
  /** Random, so a process only ever removes its own lock. */
  nonce: string;
}

export interface WorkbookLock {
  readonly path: string;
  readonly lockPath: string;
  release(): void;
}

/** Locks held by this process, by lock path: a second backend in the same process is "elsewhere" too. */
const heldHere = new Map<string, WorkbookLock>();

/** A just-created lock file is written within milliseconds; an empty one older than this was left by a crash. */
const UNREADABLE_LOCK_GRACE_MS = 5_000;
/** Allowed difference between a recorded and a measured process start time. */
const START_TIME_TOLERANCE_MS = 2_000;

export function lockPathFor(workbookPath: string): string {
  const full = resolve(workbookPath);
  return join(dirname(full), `.${basename(full)}.lock`);
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (
      value.app === 'partnership-workbook' &&
      typeof value.pid === 'number' &&
      typeof value.hostname === 'string' &&
      typeof value.processStartedAt === 'string' &&
      typeof value.lockedAt === 'string' &&
      typeof value.nonce === 'string'
    )
      return value as LockOwner;
  } catch {
    // Not JSON: unreadable lock.
  }
  return null;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

export function readWorkbookLock(workbookPath: string): LockOwner | null {
  const text = readText(lockPathFor(workbookPath));
  return text === null ? null : parseOwner(text);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type LockVerdict = 'held' | 'stale';

/** Whether a lock still belongs to a running process. Locks of other computers cannot be checked: held. */
export function judgeLock(
  owner: LockOwner | null,
  lockPath: string,
  now = Date.now(),
): LockVerdict {
  if (!owner) {
    let age = Infinity;
    try {
      age = now - statSync(lockPath).mtimeMs;
    } catch {
      return 'stale';
    }
    return age > UNREADABLE_LOCK_GRACE_MS ? 'stale' : 'held';
  }
  if (owner.hostname !== hostname()) return 'held';
  if (owner.pid === process.pid) return heldHere.has(lockPath) ? 'held' : 'stale';
  if (!isAlive(owner.pid)) return 'stale';
  const started = processStartTime(owner.pid);
  const recorded = Date.parse(owner.processStartedAt);
  if (started !== null && Number.isFinite(recorded)) {
    if (Math.abs(started - recorded) > START_TIME_TOLERANCE_MS) return 'stale';
  }
  return 'held';
}

export function describeOwner(owner: LockOwner | null, fileName: string): string {
  if (!owner) return `"${fileName}" is being opened by another window right now.`;
  const since = new Date(owner.lockedAt).toLocaleString();
  const where =
    owner.hostname === hostname()
      ? `another window of Partnership Workbook (process ${owner.pid})`
      : `Partnership Workbook on the computer "${owner.hostname}"`;
  return `"${fileName}" is open in ${where} since ${since}.`;
}

/** Writes the lock file in one step: a complete temporary file hard-linked into place, or O_EXCL. */
function createLockFile(lockPath: string, content: string): boolean {
  const temp = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const writeAll = (path: string, flags: string) => {
    const fd = openSync(path, flags, 0o644);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  };
  try {
    writeAll(temp, 'wx');
    try {
      linkSync(temp, lockPath);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS')
        throw error;
    }
  } finally {
    rmSync(temp, { force: true });
  }
  // File systems without hard links (FAT, some network shares): exclusive create.
  try {
    writeAll(lockPath, 'wx');
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Moves a stale lock aside, then checks that what was moved is the stale lock that was judged (and
 * not a fresh lock another process created in between, which is put back).
 */
function removeStaleLock(lockPath: string, judged: string): void {
  const aside = `${lockPath}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return;
  }
  const moved = readText(aside);
  if (moved !== judged) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // Someone locked again meanwhile; the next attempt sees that lock.
    }
  }
  rmSync(aside, { force: true });
}

function lockError(error: unknown, workbookPath: string): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const name = basename(workbookPath);
  if (code === 'ENOENT')
    return new AppError('not_found', `The folder of "${name}" does not exist.`, {
      path: 'This folder does not exist',
    });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new AppError(
      'read_only',
      `"${name}" is in a folder this app cannot write to, so it cannot be edited. Open it read-only, or copy it to a folder of yours.`,
    );
  return new AppError('io', `"${name}" cannot be locked for editing: ${String(error)}`);
}

/** Takes the single-writer lock of a workbook, or throws AppError('conflict') naming who has it. */
export function acquireWorkbookLock(workbookPath: string): WorkbookLock {
  const lockPath = lockPathFor(workbookPath);
  const owner: LockOwner = {
    app: 'partnership-workbook',
    pid: process.pid,
    hostname: hostname(),
    processStartedAt: new Date(selfStartTime()).toISOString(),
    lockedAt: new Date().toISOString(),
    nonce: randomBytes(12).toString('hex'),
  };
  const content = `${JSON.stringify(owner, null, 2)}\n`;
  for (let attempt = 0; attempt < 4; attempt++) {
    let created: boolean;
    try {
      created = createLockFile(lockPath, content);
    } catch (error) {
      throw lockError(error, workbookPath);
    }
    if (created) {
      const lock: WorkbookLock = {
        path: resolve(workbookPath),
        lockPath,
        release() {
          if (heldHere.get(lockPath) !== lock) return;
          heldHere.delete(lockPath);
          if (readText(lockPath) === content) rmSync(lockPath, { force: true });
        },
      };
      heldHere.set(lockPath, lock);
      return lock;
    }
    const text = readText(lockPath);
    if (text === null) continue;
    const current = parseOwner(text);
    if (judgeLock(current, lockPath) === 'held') {
      throw new AppError(
        'conflict',
        `${describeOwner(current, basename(workbookPath))} Open it read-only, or close it there first.`,
      );
    }
    removeStaleLock(lockPath, text);
  }
  throw new AppError(
    'conflict',
    `"${basename(workbookPath)}" is being opened by another window right now. Try again in a moment.`,
  );
}
