import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { IntegrityReply, IntegrityRequest } from './workers/integrity-worker-protocol.ts';

export interface IntegrityWorkerLocation {
  file: string;
  options: WorkerOptions;
}

/**
 * Where the worker is, seen from `moduleUrl` (this module's URL): from source through the tsx
 * bootstrap, in the Electron build the main bundle's `integrity-worker.js` entry beside the code
 * that starts it (or one folder up from a shared chunk).
 */
export function integrityWorkerLocation(
  moduleUrl: string = import.meta.url,
): IntegrityWorkerLocation {
  const here = dirname(fileURLToPath(moduleUrl));
  if (moduleUrl.endsWith('.ts')) {
    const entry = pathToFileURL(join(here, 'workers', 'integrity-worker.ts')).href;
    return { file: join(here, 'workers', 'tsx-bootstrap.mjs'), options: { workerData: { entry } } };
  }
  const candidates = [join(here, 'integrity-worker.js'), join(here, '..', 'integrity-worker.js')];
  const file = candidates.find((c) => existsSync(c)) ?? candidates[0] ?? 'integrity-worker.js';
  return { file, options: {} };
}

/** How long an idle worker thread is kept for the next check. */
const idleMs = 5_000;

/**
 * Runs whole-file checks in a worker thread, one at a time, for one open workbook. The thread
 * starts on demand and ends a few seconds after the last check, so an idle workbook costs no thread.
 * A check fails (rejects) when the thread cannot start or stops: callers then check on their own.
 */
export class IntegrityWorker {
  private worker: Worker | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (answer: string | null) => void; reject: (error: Error) => void }
  >();

  constructor(
    private readonly nativeBinding: string | undefined,
    private readonly location: IntegrityWorkerLocation = integrityWorkerLocation(),
  ) {}

  /** SQLite's first quick_check line for the file ('ok' when healthy). */
  quickCheck(path: string): Promise<string> {
    return this.request('quick_check', path).then((answer) => answer ?? 'no answer');
  }

  /** null when a backup copy is a sound workbook, else the reason. */
  verifyCopy(path: string): Promise<string | null> {
    return this.request('verify', path);
  }

  stop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('The integrity check was stopped.'));
    void worker?.terminate();
  }

  private request(kind: IntegrityRequest['kind'], path: string): Promise<string | null> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      try {
        this.ensureWorker().postMessage({
          id,
          kind,
          path,
          nativeBinding: this.nativeBinding,
        } satisfies IntegrityRequest);
      } catch (error) {
        this.pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.location.file, this.location.options);
    worker.unref();
    worker.on('message', (reply: IntegrityReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiting?.resolve(reply.answer);
      if (this.pending.size === 0 && this.worker === worker) this.endWhenIdle(worker);
    });
    worker.on('error', (error) => this.gone(worker, error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.gone(worker, new Error(`The check stopped (code ${code}).`));
    });
    this.worker = worker;
    return worker;
  }

  /** Ends the thread after a quiet spell; backups in quick succession reuse it. */
  private endWhenIdle(worker: Worker): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.worker !== worker || this.pending.size > 0) return;
      this.worker = null;
      void worker.terminate();
    }, idleMs);
    this.idleTimer.unref();
  }

  private gone(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.failAll(error);
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
