import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '../shared/contract/index.ts';
import * as schema from './schema/index.ts';
import { backupFolderFor, writeVerifiedBackup } from './backup.ts';
import { APPLICATION_ID } from './file-header.ts';
import { probeWorkbookFile } from './probe.ts';

export type WorkbookDb = BetterSQLite3Database<typeof schema>;

export interface WorkbookConnection {
  readonly path: string;
  readonly sqlite: Database.Database;
  readonly db: WorkbookDb;
  readonly schemaVersion: number;
  /** The id in workbook_settings: names the workbook's backups folder. */
  readonly workbookId: string;
  /** Can turn true while open (a failed integrity check); the router reads it before every write. */
  readonly readOnly: boolean;
  readonly readOnlyReason: string | null;
  markReadOnly(reason: string): void;
  close(): void;
}

export interface OpenOptions {
  migrationsFolder: string;
  appSchemaVersion: number;
  /** The backups root (<dataDir>/backups); the pre-migration backup goes to its folder for this workbook. */
  backupRoot?: string | undefined;
  readOnly?: boolean | undefined;
  nativeBinding?: string | undefined;
}

export interface CreateOptions extends OpenOptions {
  orgName: string;
  clientName: string;
  currency: string;
}

export const nowIso = (): string => new Date().toISOString();

/**
 * synchronous=FULL: in WAL mode NORMAL already survives a process crash, but can lose the last
 * commits on power loss; a laptop closed mid-edit is exactly our user's case, so FULL.
 */
function applyPragmas(sqlite: Database.Database, readOnly: boolean): void {
  sqlite.pragma('busy_timeout = 5000');
  if (!readOnly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
}

export function readWorkbookId(sqlite: Database.Database): string {
  const row = sqlite
    .prepare('SELECT workbook_id AS id FROM workbook_settings WHERE id = 1')
    .get() as { id: unknown } | undefined;
  return typeof row?.id === 'string' ? row.id : 'unknown';
}

function wrap(
  path: string,
  sqlite: Database.Database,
  schemaVersion: number,
  readOnly: boolean,
  reason: string | null,
): WorkbookConnection {
  let isReadOnly = readOnly;
  let readOnlyReason = reason;
  return {
    path,
    sqlite,
    db: drizzle(sqlite, { schema }),
    schemaVersion,
    workbookId: readWorkbookId(sqlite),
    get readOnly() {
      return isReadOnly;
    },
    get readOnlyReason() {
      return readOnlyReason;
    },
    markReadOnly(why: string) {
      isReadOnly = true;
      readOnlyReason = why;
    },
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}

/** Probe first (writes nothing), then open read-write, back up and migrate when the file is older. */
export async function openWorkbook(
  path: string,
  options: OpenOptions,
): Promise<WorkbookConnection> {
  const check = probeWorkbookFile(path, options);
  if (!check.ok) throw new AppError('bad_file', check.message);
  const fileVersion = check.schemaVersion ?? 0;
  const readOnly = options.readOnly ?? false;

  const sqlite = new Database(path, {
    readonly: readOnly,
    fileMustExist: true,
    nativeBinding: options.nativeBinding,
  });
  try {
    applyPragmas(sqlite, readOnly);
    if (fileVersion < options.appSchemaVersion) {
      if (readOnly) {
        return wrap(
          path,
          sqlite,
          fileVersion,
          true,
          'This workbook uses an older file format; open it for editing to upgrade it.',
        );
      }
      if (options.backupRoot) {
        await writeVerifiedBackup(sqlite, {
          folder: backupFolderFor(options.backupRoot, readWorkbookId(sqlite)),
          reason: 'before-migration',
          nativeBinding: options.nativeBinding,
        });
      }
      runMigrations(sqlite, options);
    }
    return wrap(
      path,
      sqlite,
      options.appSchemaVersion,
      readOnly,
      readOnly ? 'Opened read-only.' : null,
    );
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

function runMigrations(sqlite: Database.Database, options: OpenOptions): void {
  migrate(drizzle(sqlite), { migrationsFolder: options.migrationsFolder });
  sqlite.pragma(`user_version = ${options.appSchemaVersion}`);
}

/** Creates a new workbook file; refuses to touch a file that already exists. */
export async function createWorkbook(
  path: string,
  options: CreateOptions,
): Promise<WorkbookConnection> {
  if (existsSync(path)) {
    throw new AppError('conflict', `A file already exists at ${path}. Choose another name.`, {
      path: 'A file with this name already exists',
    });
  }
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { nativeBinding: options.nativeBinding });
  } catch (error) {
    throw new AppError(
      'io',
      `Cannot create ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    // The application id is written before WAL so it lands in the main file at once.
    sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    runMigrations(sqlite, options);
    const now = nowIso();
    drizzle(sqlite, { schema })
      .insert(schema.workbookSettings)
      .values({
        id: 1,
        workbookId: randomUUID(),
        orgName: options.orgName,
        clientName: options.clientName,
        currency: options.currency,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    applyPragmas(sqlite, false);
    return wrap(path, sqlite, options.appSchemaVersion, false, null);
  } catch (error) {
    sqlite.close();
    rmSync(path, { force: true });
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    throw error;
  }
}
