import { basename } from 'node:path';
import {
  rotateBackups,
  verifyWorkbookCopy,
  writeVerifiedBackup,
  type BackupFile,
} from '../../db/backup.ts';
import type { WorkbookConnection } from '../../db/open.ts';
import { integrityProblem, quickCheckProblem } from '../../db/probe.ts';
import type { BackupReason } from '../../shared/contract/index.ts';
import { IntegrityWorker } from './integrity-worker-client.ts';

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
  /** Whole-file checks off this thread (default); null runs them here. */
  worker?: IntegrityWorker | null;
}

/**
 * Watches one open workbook: runs PRAGMA quick_check after the first screen in a worker thread (or
 * at once on this thread, before the first write, if a write comes sooner), then the on-open
 * backup, and a backup every interval when something was written since the last one. Every backup
 * is verified (in the worker too) and rotated.
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
  private readonly worker: IntegrityWorker | null;

  constructor(
    private readonly connection: WorkbookConnection,
    private readonly options: GuardOptions,
  ) {
    this.worker =
      options.worker === undefined ? new IntegrityWorker(options.nativeBinding) : options.worker;
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
    this.decide(quickCheckProblem(this.connection.sqlite, basename(this.connection.path)));
  }

  private decide(problem: string | null): void {
    this.integrity = problem ? 'damaged' : 'ok';
    if (problem) this.connection.markReadOnly(problem);
  }

  /** The check in the worker; on this thread when the worker cannot run it. */
  private async checkOffThread(): Promise<void> {
    if (!this.worker) return this.checkNow();
    const first = await this.worker.quickCheck(this.connection.path).catch(() => null);
    // A write may have checked meanwhile (checkNow), or the workbook closed: then nothing to do.
    if (this.integrity !== 'checking' || this.stopped) return;
    if (first === null) this.checkNow();
    else this.decide(integrityProblem(first, basename(this.connection.path)));
  }

  private async runPostOpen(): Promise<void> {
    if (this.stopped) return;
    await this.checkOffThread();
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
          verify: this.worker
            ? (path) =>
                (this.worker as IntegrityWorker).verifyCopy(path).catch((error: unknown) => {
                  // Closing stops the worker: the backup fails like one cut short by the close.
                  if (this.stopped) throw error;
                  return verifyWorkbookCopy(path, this.options.nativeBinding);
                })
            : undefined,
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
    this.worker?.stop();
    this.startPostOpen();
  }
}
