import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { FileCheck } from '../shared/contract/index.ts';
import { APPLICATION_ID, parseSqliteHeader, readHeaderBytes } from './file-header.ts';

export interface ProbeOptions {
  appSchemaVersion: number;
  /** Also run PRAGMA quick_check (reads every page; slower on big files). */
  deep?: boolean;
  /** better-sqlite3's compiled addon for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string | undefined;
}

/**
 * Decides whether a file can be opened as a workbook WITHOUT writing to it: header bytes are read
 * by hand, and SQLite is only opened read-only. Every refusal is one sentence a user understands.
 */
export function probeWorkbookFile(path: string, options: ProbeOptions): FileCheck {
  const name = basename(path);
  const result = (
    ok: boolean,
    message: string,
    schemaVersion: number | null,
    sizeBytes: number | null,
  ): FileCheck => ({
    path,
    ok,
    message,
    schemaVersion,
    appSchemaVersion: options.appSchemaVersion,
    sizeBytes,
  });

  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory())
      return result(false, `"${name}" is a folder, not a workbook file.`, null, null);
    size = stats.size;
  } catch {
    return result(false, `There is no file at ${path}.`, null, null);
  }
  if (size === 0)
    return result(false, `"${name}" is empty (0 bytes), so it is not a workbook.`, null, 0);

  let header;
  try {
    header = parseSqliteHeader(readHeaderBytes(path));
  } catch {
    return result(
      false,
      `"${name}" cannot be read. Check that you have permission to open it.`,
      null,
      size,
    );
  }
  if (!header.magicOk) {
    return result(
      false,
      `"${name}" is not a Partnership Workbook file: it is not a SQLite database.`,
      null,
      size,
    );
  }
  if (header.pageSize === null) {
    return result(
      false,
      `"${name}" is damaged: its header is invalid. Restore it from a backup.`,
      null,
      size,
    );
  }
  const walExists = existsSync(`${path}-wal`);
  if (
    size % header.pageSize !== 0 ||
    (header.pageCountValid && !walExists && header.pageCount * header.pageSize > size)
  ) {
    return result(
      false,
      `"${name}" is damaged: it looks truncated. Restore it from a backup.`,
      null,
      size,
    );
  }
  if (header.applicationId !== APPLICATION_ID) {
    return result(
      false,
      `"${name}" is a SQLite database, but not a Partnership Workbook.`,
      null,
      size,
    );
  }
  const version = header.userVersion;
  if (version > options.appSchemaVersion) {
    return result(
      false,
      `"${name}" was saved by a newer version of Partnership Workbook (file format ${version}; this app reads up to ${options.appSchemaVersion}). Update the app to open it.`,
      version,
      size,
    );
  }

  const damaged = checkWithSqlite(path, walExists, options);
  if (damaged)
    return result(
      false,
      `"${name}" is damaged (${damaged}). Restore it from a backup.`,
      version,
      size,
    );
  return result(true, `"${name}" is a healthy workbook (file format ${version}).`, version, size);
}

/** Returns a short reason when SQLite finds the file damaged, or null. */
function checkWithSqlite(path: string, walExisted: boolean, options: ProbeOptions): string | null {
  const shmExisted = existsSync(`${path}-shm`);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, {
      readonly: true,
      fileMustExist: true,
      nativeBinding: options.nativeBinding,
    });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'workbook_settings'")
      .all();
    if (tables.length === 0) return 'its settings table is missing';
    db.prepare('SELECT count(*) FROM workbook_settings').get();
    if (options.deep) {
      const rows = db.pragma('quick_check') as { quick_check: string }[];
      const first = rows[0]?.quick_check ?? 'no answer';
      if (first !== 'ok') return `integrity check: ${first}`;
    }
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
    // A read-only connection to a WAL file leaves empty -wal/-shm files behind; remove the ones it made.
    if (!walExisted && existsSync(`${path}-wal`) && statSync(`${path}-wal`).size === 0) {
      rmSync(`${path}-wal`, { force: true });
      if (!shmExisted) rmSync(`${path}-shm`, { force: true });
    }
  }
}

/**
 * PRAGMA quick_check on an open connection: null when healthy, else a sentence for the user. It
 * reads every page, so the backend runs it after the first screen (in a worker thread), not before.
 */
export function quickCheckProblem(sqlite: Database.Database, fileName: string): string | null {
  let first: string;
  try {
    const rows = sqlite.pragma('quick_check(1)') as { quick_check: string }[];
    first = rows[0]?.quick_check ?? 'no answer';
  } catch (error) {
    first = error instanceof Error ? error.message : String(error);
  }
  return integrityProblem(first, fileName);
}

/** quick_check's first line as the user reads it: null when 'ok', else a sentence. */
export function integrityProblem(first: string, fileName: string): string | null {
  if (first === 'ok') return null;
  const detail = first
    .replace(/\*\*\* in database \w+ \*\*\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `"${fileName}" is damaged (integrity check: ${detail}). It is open read-only so nothing more is written to it; restore it from a backup.`;
}
