import { basename, join } from 'node:path';
import { recordWorkbookLocation } from '../../db/backup-index.ts';
import { backupFolderFor } from '../../db/backup.ts';
import type { WorkbookLock } from '../../db/lock.ts';
import type { WorkbookConnection } from '../../db/open.ts';
import { AppError, type WorkbookInfo } from '../../shared/contract/index.ts';
import { WorkbookGuard } from './backups.ts';
import { createRepositories, type Repositories } from './repositories.ts';
import type { RecentWorkbooks } from './recent-workbooks.ts';

export interface BackendOptions {
  /** Backups, recent workbooks and UI state live here (Electron: userData; host: XDG data dir or --data-dir). */
  dataDir: string;
  host: 'electron' | 'browser';
  version: string;
  migrationsFolder: string;
  appSchemaVersion: number;
  nativeBinding?: string | undefined;
  /** How long after open the integrity check and the on-open backup wait (default 1.5 s: after the first screen). */
  postOpenDelayMs?: number | undefined;
  /** Automatic backups while edits happen (default 10 minutes). */
  backupIntervalMs?: number | undefined;
}

export const DEFAULT_POST_OPEN_DELAY_MS = 1_500;
export const DEFAULT_BACKUP_INTERVAL_MS = 10 * 60 * 1000;

export interface OpenWorkbook {
  readonly connection: WorkbookConnection;
  readonly repos: Repositories;
  /** The single-writer lock; null for a read-only session. */
  readonly lock: WorkbookLock | null;
  readonly guard: WorkbookGuard;
  /** E.g. the file is on a network drive. */
  readonly warning: string | null;
}

export interface AttachOptions {
  lock: WorkbookLock | null;
  warning?: string | null;
}

/** What the backend holds between calls: at most one open workbook. */
export class BackendState {
  private current: OpenWorkbook | null = null;

  constructor(
    readonly options: BackendOptions,
    readonly recent: RecentWorkbooks,
  ) {}

  get workbook(): OpenWorkbook | null {
    return this.current;
  }

  get backupsRoot(): string {
    return join(this.options.dataDir, 'backups');
  }

  require(): OpenWorkbook {
    if (!this.current) throw new AppError('no_workbook', 'Open or create a workbook first.');
    return this.current;
  }

  attach(connection: WorkbookConnection, attach: AttachOptions): WorkbookInfo {
    this.detach();
    const repos = createRepositories(connection.db);
    let folder = backupFolderFor(this.backupsRoot, connection.workbookId);
    try {
      folder = recordWorkbookLocation(
        this.backupsRoot,
        connection.workbookId,
        connection.path,
        repos.settings.title(),
      );
    } catch (error) {
      // A data directory that cannot be written must not keep the workbook closed; backups report it.
      console.error('[backend] cannot record the workbook in the backups folder:', error);
    }
    const guard = new WorkbookGuard(connection, {
      folder,
      nativeBinding: this.options.nativeBinding,
      postOpenDelayMs: this.options.postOpenDelayMs ?? DEFAULT_POST_OPEN_DELAY_MS,
      intervalMs: this.options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS,
      automaticBackups: !connection.readOnly,
      onError: (message) =>
        console.error(`[backend] backup of ${basename(connection.path)}:`, message),
    });
    this.current = { connection, repos, lock: attach.lock, guard, warning: attach.warning ?? null };
    const info = this.info();
    if (!info) throw new AppError('internal', 'The workbook closed while opening.');
    this.recent.remember(connection.path, info.title);
    return info;
  }

  /** Before a write: a write must never reach a file whose integrity check has not run yet. */
  beforeWrite(): void {
    try {
      this.current?.guard.checkNow();
    } catch {
      // A check that cannot run leaves the workbook as it was; the write itself will then fail.
    }
  }

  /** Closes the workbook. keepLock hands the lock back to the caller instead of releasing it (restore). */
  detach(keepLock = false): WorkbookLock | null {
    const open = this.current;
    if (!open) return null;
    this.current = null;
    open.guard.stop();
    try {
      this.recent.retitle(open.connection.path, open.repos.settings.title());
    } catch {
      // The recent list is a convenience; closing must not fail because of it.
    }
    open.connection.close();
    if (keepLock) return open.lock;
    open.lock?.release();
    return null;
  }

  info(): WorkbookInfo | null {
    if (!this.current) return null;
    const { connection, repos, guard, warning } = this.current;
    return {
      path: connection.path,
      fileName: basename(connection.path),
      title: repos.settings.title(),
      readOnly: connection.readOnly,
      readOnlyReason: connection.readOnlyReason,
      schemaVersion: connection.schemaVersion,
      integrity: guard.integrity,
      warning,
    };
  }
}
