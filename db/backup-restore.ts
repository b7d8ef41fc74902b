import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../shared/contract/index.ts';
import { fsyncPath, verifyWorkbookCopy } from './backup.ts';

/**
 * Puts a backup in place of a workbook file that nobody has open (the caller holds its lock and
 * has closed it). The backup is copied next to the target with SQLite's backup API, flushed, and
 * renamed over the target in one step; the target's old -wal/-shm go first, so SQLite can never
 * replay an old journal onto the restored file.
 */
export async function replaceWithBackup(
  backupPath: string,
  targetPath: string,
  nativeBinding?: string,
): Promise<void> {
  const problem = verifyWorkbookCopy(backupPath, nativeBinding);
  if (problem) throw new AppError('bad_file', `This backup cannot be used: ${problem}.`);
  const staging = join(dirname(targetPath), `.${basename(targetPath)}.restoring`);
  const clean = () => {
    for (const suffix of ['', '-journal', '-wal', '-shm'])
      rmSync(`${staging}${suffix}`, { force: true });
  };
  clean();
  const source = new Database(backupPath, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    await source.backup(staging);
  } catch (error) {
    clean();
    throw new AppError('io', `The backup could not be copied into place: ${String(error)}.`);
  } finally {
    source.close();
  }
  fsyncPath(staging);
  rmSync(`${targetPath}-wal`, { force: true });
  rmSync(`${targetPath}-shm`, { force: true });
  renameSync(staging, targetPath);
  fsyncPath(dirname(targetPath));
}

/**
 * A byte copy of a workbook that cannot be opened (so the backup API cannot read it), with its
 * -wal when there is one, so nothing is lost by restoring over it. Only for files nobody has open.
 */
export function setAsideUnreadableFile(targetPath: string, destination: string): void {
  mkdirSync(dirname(destination), { recursive: true });
  copyFileSync(targetPath, destination);
  if (existsSync(`${targetPath}-wal`)) copyFileSync(`${targetPath}-wal`, `${destination}-wal`);
  fsyncPath(destination);
}
