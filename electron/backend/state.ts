import { basename } from 'node:path';
import { AppError, type WorkbookInfo } from '../../shared/contract/index.ts';
import type { WorkbookConnection } from '../../db/open.ts';
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
}

export interface OpenWorkbook {
  readonly connection: WorkbookConnection;
  readonly repos: Repositories;
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

  require(): OpenWorkbook {
    if (!this.current) throw new AppError('no_workbook', 'Open or create a workbook first.');
    return this.current;
  }

  attach(connection: WorkbookConnection): WorkbookInfo {
    this.detach();
    this.current = { connection, repos: createRepositories(connection.db) };
    const info = this.info();
    if (!info) throw new AppError('internal', 'The workbook closed while opening.');
    this.recent.remember(connection.path, info.title);
    return info;
  }

  detach(): void {
    if (this.current) {
      try {
        this.recent.retitle(this.current.connection.path, this.current.repos.settings.title());
      } catch {
        // The recent list is a convenience; closing must not fail because of it.
      }
    }
    this.current?.connection.close();
    this.current = null;
  }

  info(): WorkbookInfo | null {
    if (!this.current) return null;
    const { connection, repos } = this.current;
    return {
      path: connection.path,
      fileName: basename(connection.path),
      title: repos.settings.title(),
      readOnly: connection.readOnly,
      readOnlyReason: connection.readOnlyReason,
      schemaVersion: connection.schemaVersion,
    };
  }
}
