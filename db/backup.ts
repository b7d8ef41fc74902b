import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { AppError, backupReasons, type BackupReason } from '../shared/contract/index.ts';
import { APPLICATION_ID } from './file-header.ts';

/**
 * Backups live outside the workbook, in <dataDir>/backups/<workbookId>/, one self-contained SQLite
 * file each (rollback-journal mode, so a backup is a single file a user can copy). They are always
 * made with SQLite's online backup API from the open connection, never by copying a live file, and
 * kept only after PRAGMA integrity_check says ok.
 */
export interface BackupFile {
  /** The file name; also the id the contract uses. */
  name: string;
  path: string;
  createdAt: Date;
  reason: BackupReason;
  sizeBytes: number;
}

const NAME_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?-([a-z-]+)\.pwb$/;

export const backupNamePattern = NAME_PATTERN;

/** A folder name that cannot escape the backups root, whatever a (possibly hostile) file claims as its id. */
export function backupFolderFor(root: string, workbookId: string): string {
  const safe = /^[A-Za-z0-9-]{1,64}$/.test(workbookId)
    ? workbookId
    : `id-${createHash('sha256').update(workbookId).digest('hex').slice(0, 32)}`;
  return join(root, safe);
}

export function parseBackupName(name: string): { createdAt: Date; reason: BackupReason } | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day, hh, mm, ss, ms, , reason] = match;
  if (!reason || !(backupReasons as readonly string[]).includes(reason)) return null;
  const createdAt = new Date(`${day}T${hh}:${mm}:${ss}.${ms}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { createdAt, reason: reason as BackupReason };
}

function backupName(at: Date, reason: BackupReason, sequence: number): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `${stamp}${sequence ? `-${sequence}` : ''}-${reason}.pwb`;
}

/** A fresh backup file name in folder (created if missing) for a backup made at `at`. */
export function reserveBackupName(
  folder: string,
  reason: BackupReason,
  at: Date,
): { name: string; path: string } {
  mkdirSync(folder, { recursive: true });
  let sequence = 0;
  let name = backupName(at, reason, sequence);
  while (existsSync(join(folder, name))) name = backupName(at, reason, ++sequence);
  return { name, path: join(folder, name) };
}

/** Newest first. Files that are not backups by name (or half-written ones) are left out. */
export function listBackupFiles(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const files: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    try {
      const path = join(folder, name);
      files.push({ name, path, ...parsed, sizeBytes: statSync(path).size });
    } catch {
      // Removed between readdir and stat: not listed.
    }
  }
  return files.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

const dayKey = (at: Date): string =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

export const KEEP_LATEST = 10;
export const KEEP_DAILY_DAYS = 7;

/**
 * Rotation: the newest 10, plus the newest backup of each of the last 7 calendar days (local
 * time, today included). Returns the names to delete.
 */
export function backupsToDelete(
  files: readonly Pick<BackupFile, 'name' | 'createdAt'>[],
  now: Date,
): string[] {
  const newestFirst = [...files].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set(newestFirst.slice(0, KEEP_LATEST).map((f) => f.name));
  const recentDays = new Set<string>();
  for (let back = 0; back < KEEP_DAILY_DAYS; back++) {
    const day = new Date(now);
    day.setDate(day.getDate() - back);
    recentDays.add(dayKey(day));
  }
  const keptDays = new Set<string>();
  for (const file of newestFirst) {
    const day = dayKey(file.createdAt);
    if (recentDays.has(day) && !keptDays.has(day)) {
      keptDays.add(day);
      keep.add(file.name);
    }
  }
  return newestFirst.filter((f) => !keep.has(f.name)).map((f) => f.name);
}

/** Half-written copies older than this were left by a crash or a kill, never by a running backup. */
const ABANDONED_PARTIAL_MS = 60 * 60 * 1000;

export function rotateBackups(folder: string, now: Date): string[] {
  const doomed = backupsToDelete(listBackupFiles(folder), now);
  for (const name of doomed) {
    rmSync(join(folder, name), { force: true });
    rmSync(join(folder, `${name}-wal`), { force: true });
  }
  for (const name of readdirSync(folder)) {
    if (!/^\..*\.partial(-journal|-wal|-shm)?$/.test(name)) continue;
    try {
      if (now.getTime() - statSync(join(folder, name)).mtimeMs > ABANDONED_PARTIAL_MS)
        rmSync(join(folder, name), { force: true });
    } catch {
      // Already gone.
    }
  }
  return doomed;
}

function removeSqliteFile(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm'])
    rmSync(`${path}${suffix}`, { force: true });
}

export function fsyncPath(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Directories cannot be fsynced on Windows; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Null when the file is a healthy workbook; otherwise what is wrong, in a few words. */
export function verifyWorkbookCopy(path: string, nativeBinding?: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID)
      return 'it is not a Partnership Workbook';
    const result = db.pragma('integrity_check', { simple: true });
    return result === 'ok' ? null : `integrity check: ${String(result)}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

export interface BackupOptions {
  folder: string;
  reason: BackupReason;
  now?: Date;
  nativeBinding?: string | undefined;
  /** Checks the copy (null: sound); by default on this thread with verifyWorkbookCopy. */
  verify?: ((path: string) => Promise<string | null>) | undefined;
}

/**
 * Copies the open database into the backups folder through SQLite's backup API, switches the copy
 * to a single self-contained file, verifies it with integrity_check and only then gives it its
 * final name. A failed or unhealthy copy is removed and reported as an 'io' AppError.
 */
export async function writeVerifiedBackup(
  sqlite: Database.Database,
  options: BackupOptions,
): Promise<BackupFile> {
  const now = options.now ?? new Date();
  let name = '';
  let path = '';
  let partial = '';
  try {
    ({ name, path } = reserveBackupName(options.folder, options.reason, now));
    partial = join(options.folder, `.${name}.partial`);
    await sqlite.backup(partial);
    const copy = new Database(partial, { nativeBinding: options.nativeBinding });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const problem = options.verify
      ? await options.verify(partial)
      : verifyWorkbookCopy(partial, options.nativeBinding);
    if (problem) throw new Error(`the copy failed its check (${problem})`);
    fsyncPath(partial);
    renameSync(partial, path);
    fsyncPath(options.folder);
  } catch (error) {
    if (partial) removeSqliteFile(partial);
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('io', `The backup could not be made: ${detail}.`);
  }
  return { name, path, createdAt: now, reason: options.reason, sizeBytes: statSync(path).size };
}
