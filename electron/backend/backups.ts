import { basename } from 'node:path';
import { rotateBackups, writeVerifiedBackup, type BackupFile } from '../../db/backup.ts';
import type { WorkbookConnection } from '../../db/open.ts';
import { quickCheckProblem } from '../../db/probe.ts';
import type { BackupReason } from '../../shared/contract/index.ts';

export type Integrity = 'checking' | 'ok' | 'damaged';

export interface GuardOptions {
  /** This workbook's backups folder. */
  folder: string;
  nativeBinding?: string | undefined;
  /** After the first screen: the integrity check, then the on-open backup. */
  postOpenDelayMs: number;
  /** Automatic backups while edits happen; a tick with no write since the last backup does nothing. */
  intervalMs: number;
  /** Read-only sessions change nothing, so they make no automatic backups. */
  automaticBackups: boolean;
  now?: () => Date;
  onError?: (message: string) => void;
}

/**
 * Watches one open workbook: runs PRAGMA quick_check after the first screen (or at once, before
 * the first write, if a write comes sooner), then the on-open backup, and a backup every interval
 * when something was written since the last one. Every backup is verified and rotated.
 */
export class WorkbookGuard {
  integrity: Integrity = 'checking';
  lastError: string | null = null;
  private changesAtLastBackup = -1;
  private queue: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly postOpen: Promise<void>;
  private startPostOpen: () => void = () => undefined;

  constructor(
    private readonly connection: WorkbookConnection,
    private readonly options: GuardOptions,
  ) {
    this.postOpen = new Promise<void>((resolve) => {
      this.startPostOpen = () => {
        resolve(this.runPostOpen());
      };
    });
    const delayed = setTimeout(() => this.startPostOpen(), options.postOpenDelayMs);
    delayed.unref();
    const interval = setInterval(() => void this.tick(), options.intervalMs);
    interval.unref();
    this.timers.push(delayed, interval);
  }

  /** Resolves when the post-open check and backup are done (tests, and restore, wait for it). */
  settled(): Promise<void> {
    return this.postOpen.then(() => this.queue.then(() => undefined));
  }

  /** The integrity check, now, if it has not run yet. Synchronous: called before a write. */
  checkNow(): void {
    if (this.integrity !== 'checking' || this.stopped) return;
    const problem = quickCheckProblem(this.connection.sqlite, basename(this.connection.path));
    this.integrity = problem ? 'damaged' : 'ok';
    if (problem) this.connection.markReadOnly(problem);
  }

  private async runPostOpen(): Promise<void> {
    if (this.stopped) return;
    this.checkNow();
    if (this.integrity === 'ok' && this.options.automaticBackups) {
      await this.backup('open').catch(() => undefined);
    }
  }

  private totalChanges(): number {
    const row = this.connection.sqlite.prepare('SELECT total_changes() AS n').get() as {
      n: number;
    };
    return row.n;
  }

  /** The interval tick: a backup only if this connection wrote something since the last one. */
  async tick(): Promise<BackupFile | null> {
    if (this.stopped || !this.options.automaticBackups || this.integrity !== 'ok') return null;
    if (!this.connection.sqlite.open || this.totalChanges() === this.changesAtLastBackup)
      return null;
    return this.backup('interval').catch(() => null);
  }

  /** Makes one verified backup; backups run one at a time. */
  backup(reason: BackupReason): Promise<BackupFile> {
    const run = async (): Promise<BackupFile> => {
      if (this.stopped || !this.connection.sqlite.open)
        throw new Error('The workbook was closed before its backup could be made.');
      const changes = this.totalChanges();
      try {
        const now = this.options.now?.() ?? new Date();
        const file = await writeVerifiedBackup(this.connection.sqlite, {
          folder: this.options.folder,
          reason,
          now,
          nativeBinding: this.options.nativeBinding,
        });
        this.changesAtLastBackup = changes;
        this.lastError = null;
        rotateBackups(this.options.folder, now);
        return file;
      } catch (error) {
        if (!this.stopped) {
          this.lastError = error instanceof Error ? error.message : String(error);
          this.options.onError?.(this.lastError);
        }
        throw error;
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Before the connection closes: no timer fires again; a backup in flight fails and is cleaned up. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.startPostOpen();
  }
}
