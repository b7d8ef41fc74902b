import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { AppError, type SimulationJob } from '../../../shared/contract/index.ts';
import type { ForecastInputs } from '../../../shared/domain/forecast.ts';
import type { UncertainInputs } from '../../../shared/domain/monte-carlo.ts';
import type { BackendState } from '../state.ts';
import type { SimulationReply, SimulationRequest } from '../workers/forecast-worker-protocol.ts';

export interface SimulationSpec {
  partnerId: number | null;
  inputs: ForecastInputs;
  uncertain: UncertainInputs;
  trials: number;
  seed: number;
  inputsUpdatedAt: string | null;
  /** The workbook the run belongs to: another workbook's jobs are not shown. */
  workbookPath: string;
}

interface Job {
  spec: SimulationSpec;
  view: SimulationJob;
  cancelFlag: SharedArrayBuffer;
}

/** Finished runs kept for `forecast.job`; the oldest finished ones go first. */
const keptJobs = 50;
/** A test's pause between batches (see SimulationRequest.paceMs); never set in use. */
function simulationPaceMs(): number {
  const pace = Number(process.env.PWB_SIMULATION_PACE_MS ?? 0);
  return Number.isFinite(pace) && pace > 0 ? Math.min(pace, 1_000) : 0;
}

/** A run that ignores a cancel this long is stopped by terminating its worker. */
const cancelGraceMs = 5_000;

export interface WorkerLocation {
  file: string;
  options: WorkerOptions;
}

/**
 * Where the worker is, seen from `moduleUrl` (this module's URL). From source (tests, browser
 * host) the .ts file runs through a small JS bootstrap that registers tsx in the worker thread. In
 * the Electron build it is the main bundle's second entry, `forecast-worker.js`, next to the code
 * that starts it (or one folder up when that code sits in a shared chunk).
 */
export function forecastWorkerLocation(moduleUrl: string = import.meta.url): WorkerLocation {
  const here = dirname(fileURLToPath(moduleUrl));
  if (moduleUrl.endsWith('.ts')) {
    const entry = pathToFileURL(join(here, '..', 'workers', 'forecast-worker.ts')).href;
    return {
      file: join(here, '..', 'workers', 'tsx-bootstrap.mjs'),
      options: { workerData: { entry } },
    };
  }
  const candidates = [join(here, 'forecast-worker.js'), join(here, '..', 'forecast-worker.js')];
  const file = candidates.find((c) => existsSync(c)) ?? candidates[0] ?? 'forecast-worker.js';
  return { file, options: {} };
}

/**
 * Monte Carlo runs in one worker thread owned by the backend: started on demand, reused, one run
 * at a time (others wait in a queue), progress reported by the worker, cancel through a flag in
 * shared memory that the run checks between batches.
 */
export class ForecastJobs {
  private worker: Worker | null = null;
  private readonly jobs = new Map<string, Job>();
  private readonly queue: Job[] = [];
  private running: Job | null = null;
  private cancelTimer: NodeJS.Timeout | null = null;

  constructor(private readonly location: WorkerLocation = forecastWorkerLocation()) {}

  /** Starts the worker ahead of the first run, so the first click does not wait for it. */
  warmUp(): void {
    this.ensureWorker();
  }

  start(spec: SimulationSpec): SimulationJob {
    const jobId = randomUUID();
    const job: Job = {
      spec,
      cancelFlag: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
      view: {
        jobId,
        partnerId: spec.partnerId,
        status: 'queued',
        progress: 0,
        trials: spec.trials,
        completedTrials: 0,
        seed: spec.seed,
        inputsUpdatedAt: spec.inputsUpdatedAt,
        error: null,
        result: null,
      },
    };
    this.jobs.set(jobId, job);
    this.queue.push(job);
    this.forgetOldJobs();
    this.next();
    return { ...job.view };
  }

  status(jobId: string, workbookPath: string): SimulationJob {
    return { ...this.find(jobId, workbookPath).view };
  }

  cancel(jobId: string, workbookPath: string): SimulationJob {
    const job = this.find(jobId, workbookPath);
    if (job.view.status === 'queued') {
      this.queue.splice(this.queue.indexOf(job), 1);
      job.view.status = 'cancelled';
    } else if (job.view.status === 'running') {
      job.view.status = 'cancelling';
      Atomics.store(new Int32Array(job.cancelFlag), 0, 1);
      this.cancelTimer = setTimeout(() => this.stopStuckRun(job), cancelGraceMs);
      this.cancelTimer.unref();
    }
    return { ...job.view };
  }

  dispose(): void {
    for (const job of [...this.queue, ...(this.running ? [this.running] : [])]) {
      job.view.status = 'cancelled';
    }
    this.queue.length = 0;
    this.running = null;
    if (this.cancelTimer) clearTimeout(this.cancelTimer);
    void this.worker?.terminate();
    this.worker = null;
  }

  private find(jobId: string, workbookPath: string): Job {
    const job = this.jobs.get(jobId);
    if (!job || job.spec.workbookPath !== workbookPath) {
      throw new AppError('not_found', 'That simulation is no longer available; run it again.');
    }
    return job;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.location.file, this.location.options);
    worker.on('message', (reply: SimulationReply) => this.onReply(reply));
    worker.on('error', (error) => this.onWorkerGone(worker, error.message));
    worker.on('exit', (code) =>
      this.onWorkerGone(worker, `The simulation stopped (code ${code}).`),
    );
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private next(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker?.unref();
      return;
    }
    const worker = this.ensureWorker();
    worker.ref();
    this.running = job;
    job.view.status = 'running';
    const { inputs, uncertain, trials, seed } = job.spec;
    const request: SimulationRequest = {
      type: 'run',
      jobId: job.view.jobId,
      inputs,
      uncertain,
      trials,
      seed,
      cancelFlag: job.cancelFlag,
      paceMs: simulationPaceMs(),
    };
    worker.postMessage(request);
  }

  private onReply(reply: SimulationReply): void {
    const job = this.jobs.get(reply.jobId);
    if (!job || job !== this.running) return;
    const view = job.view;
    if (reply.type === 'progress') {
      view.completedTrials = reply.completedTrials;
      if (view.status === 'running') view.progress = reply.completedTrials / reply.totalTrials;
      return;
    }
    if (reply.type === 'failed') {
      view.status = 'failed';
      view.error = reply.message;
    } else if (reply.result.status === 'cancelled') {
      view.status = 'cancelled';
      view.completedTrials = reply.result.completedTrials;
    } else {
      view.status = 'done';
      view.progress = 1;
      view.completedTrials = reply.result.trials;
      view.result = { months: reply.result.months, total: reply.result.total };
    }
    this.finishRunning();
  }

  private finishRunning(): void {
    this.running = null;
    if (this.cancelTimer) clearTimeout(this.cancelTimer);
    this.cancelTimer = null;
    this.next();
  }

  private stopStuckRun(job: Job): void {
    if (this.running !== job || !this.worker) return;
    const worker = this.worker;
    this.worker = null;
    job.view.status = 'cancelled';
    this.finishRunning();
    void worker.terminate();
  }

  private onWorkerGone(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const job = this.running;
    if (job) {
      job.view.status = job.view.status === 'cancelling' ? 'cancelled' : 'failed';
      if (job.view.status === 'failed') job.view.error = message;
      this.finishRunning();
    }
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((j) =>
      ['done', 'cancelled', 'failed'].includes(j.view.status),
    );
    for (const job of finished.slice(0, Math.max(0, this.jobs.size - keptJobs))) {
      this.jobs.delete(job.view.jobId);
    }
  }
}

const jobsByBackend = new WeakMap<BackendState, ForecastJobs>();

/** The simulation runner of one backend (created on first use, gone with the backend). */
export function forecastJobsFor(state: BackendState): ForecastJobs {
  let jobs = jobsByBackend.get(state);
  if (!jobs) {
    jobs = new ForecastJobs();
    jobsByBackend.set(state, jobs);
  }
  return jobs;
}

export function disposeForecastJobs(state: BackendState): void {
  jobsByBackend.get(state)?.dispose();
  jobsByBackend.delete(state);
}
