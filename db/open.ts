import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '../shared/contract/index.ts';
import * as schema from './schema/index.ts';
import { APPLICATION_ID } from './file-header.ts';
import { probeWorkbookFile } from './probe.ts';

export type WorkbookDb = BetterSQLite3Database<typeof schema>;

export interface WorkbookConnection {
  readonly path: string;
  readonly sqlite: Database.Database;
  readonly db: WorkbookDb;
  readonly schemaVersion: number;
  readonly readOnly: boolean;
  readonly readOnlyReason: string | null;
  close(): void;
}

export interface OpenOptions {
  migrationsFolder: string;
  appSchemaVersion: number;
  /** Where the pre-migration backup goes. */
  backupDir?: string | undefined;
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

function wrap(
  path: string,
  sqlite: Database.Database,
  schemaVersion: number,
  readOnly: boolean,
  reason: string | null,
): WorkbookConnection {
  return {
    path,
    sqlite,
    db: drizzle(sqlite, { schema }),
    schemaVersion,
    readOnly,
    readOnlyReason: reason,
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
      if (options.backupDir)
        await backupBeforeMigration(sqlite, path, fileVersion, options.backupDir);
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

async function backupBeforeMigration(
  sqlite: Database.Database,
  path: string,
  fromVersion: number,
  backupDir: string,
): Promise<void> {
  mkdirSync(backupDir, { recursive: true });
  const stamp = nowIso().replace(/[:.]/g, '-');
  await sqlite.backup(
    join(backupDir, `${basename(path, '.pwb')}-${stamp}-before-v${fromVersion}.pwb`),
  );
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
