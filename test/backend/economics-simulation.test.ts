import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../electron/backend/backend.ts';
import {
  toForecastInputs,
  toUncertainInputs,
  type SimulationJob,
} from '../../shared/contract/index.ts';
import { runMonteCarlo } from '../../shared/domain/monte-carlo.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { forecastFields } from './economics-fixtures.ts';

const tempDir = useTempDirs();
const backends: Backend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.close();
});

async function setup(trials: number, seed = 11) {
  const { backend, path } = await backendWithWorkbook(tempDir());
  backends.push(backend);
  const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
  const fields = forecastFields({ months: 36, trials, seed });
  await ok(backend, 'forecast.save', { partnerId: partner.id, fields });
  return { backend, path, partner, fields };
}

const finished = new Set(['done', 'cancelled', 'failed']);

/** Polls the job through the router until it settles, keeping every status seen on the way. */
async function follow(backend: Backend, jobId: string, seen: SimulationJob[] = []) {
  await vi.waitFor(
    async () => {
      const job = await ok(backend, 'forecast.job', { jobId });
      seen.push(job);
      if (!finished.has(job.status)) throw new Error(`still ${job.status}`);
    },
    { timeout: 60_000, interval: 2 },
  );
  return seen.at(-1) as SimulationJob;
}

describe('forecast simulations in the worker', () => {
  it('runs 10,000 trials in the background: other calls answer meanwhile, progress only rises, figures are seeded', async () => {
    const { backend, partner, fields } = await setup(10_000);
    const started = await ok(backend, 'forecast.simulate', { partnerId: partner.id });
    expect(['queued', 'running']).toContain(started.status);
    expect(started).toMatchObject({ trials: 10_000, seed: 11, progress: 0, result: null });

    // The router answers other calls while the run is under way.
    const partners = await ok(backend, 'partners.list', {});
    const meanwhile = await ok(backend, 'forecast.job', { jobId: started.jobId });
    expect(partners.map((p) => p.name)).toEqual(['Globex']);
    expect(['queued', 'running']).toContain(meanwhile.status);
    expect(meanwhile.progress).toBeLessThan(1);

    const seen = [meanwhile];
    const done = await follow(backend, started.jobId, seen);
    expect(done.status).toBe('done');
    expect(done.progress).toBe(1);
    const progress = seen.map((j) => j.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const result = done.result;
    expect(result?.months).toHaveLength(36);
    for (const m of result?.months ?? []) {
      expect(m.p10).toBeLessThanOrEqual(m.p50);
      expect(m.p50).toBeLessThanOrEqual(m.p90);
    }
    // The worker runs the very same seeded computation as the domain function.
    const direct = runMonteCarlo(toForecastInputs(fields), toUncertainInputs(fields), {
      trials: 10_000,
      seed: 11,
    });
    if (direct.status !== 'done') throw new Error('the direct run was cancelled');
    expect(result?.months).toEqual(direct.months);
    expect(result?.total).toEqual(direct.total);

    const again = await follow(
      backend,
      (await ok(backend, 'forecast.simulate', { partnerId: partner.id })).jobId,
    );
    expect(again.result).toEqual(result);
  });

  it('reports rising progress on a long run and stops it on cancel, leaving the worker free', async () => {
    const { backend, partner } = await setup(100_000);
    const job = await ok(backend, 'forecast.simulate', { partnerId: partner.id });

    let first = 0;
    await vi.waitFor(
      async () => {
        first = (await ok(backend, 'forecast.job', { jobId: job.jobId })).progress;
        if (first <= 0) throw new Error('not started');
      },
      { timeout: 30_000, interval: 2 },
    );
    let later = first;
    await vi.waitFor(
      async () => {
        later = (await ok(backend, 'forecast.job', { jobId: job.jobId })).progress;
        if (later <= first) throw new Error('no progress yet');
      },
      { timeout: 30_000, interval: 2 },
    );
    expect(later).toBeGreaterThan(first);
    expect(later).toBeLessThan(1);

    const cancelling = await ok(backend, 'forecast.cancel', { jobId: job.jobId });
    expect(['cancelling', 'cancelled']).toContain(cancelling.status);
    const stopped = await follow(backend, job.jobId);
    expect(stopped.status).toBe('cancelled');
    expect(stopped.result).toBeNull();
    expect(stopped.completedTrials).toBeLessThan(100_000);
    expect(stopped.progress).toBeLessThan(1);

    // Cancelling again changes nothing; the next run has the worker to itself and completes.
    expect((await ok(backend, 'forecast.cancel', { jobId: job.jobId })).status).toBe('cancelled');
    await ok(backend, 'forecast.save', {
      partnerId: partner.id,
      fields: forecastFields({ months: 12, trials: 1_000 }),
    });
    const next = await follow(
      backend,
      (await ok(backend, 'forecast.simulate', { partnerId: partner.id })).jobId,
    );
    expect(next.status).toBe('done');
    expect(next.result?.months).toHaveLength(12);
  });

  it('cancels a queued run before it starts', async () => {
    const { backend, partner } = await setup(100_000);
    const first = await ok(backend, 'forecast.simulate', { partnerId: partner.id });
    const second = await ok(backend, 'forecast.simulate', { partnerId: partner.id });
    expect(second.status).toBe('queued');
    const cancelled = await ok(backend, 'forecast.cancel', { jobId: second.jobId });
    expect(cancelled).toMatchObject({ status: 'cancelled', completedTrials: 0 });
    await ok(backend, 'forecast.cancel', { jobId: first.jobId });
    expect((await follow(backend, first.jobId)).status).toBe('cancelled');
  });

  it('knows nothing of unknown jobs or of another workbook’s jobs', async () => {
    const { backend, partner } = await setup(1_000);
    const unknown = await backend.call('forecast.job', { jobId: 'no-such-job' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const job = await ok(backend, 'forecast.simulate', { partnerId: partner.id });
    await follow(backend, job.jobId);
    await ok(backend, 'workbook.create', {
      path: `${tempDir()}/other.pwb`,
      orgName: 'Northwind',
      clientName: 'Other client',
      currency: 'EUR',
    });
    const foreign = await backend.call('forecast.job', { jobId: job.jobId });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const empty = await backend.call('forecast.job', { jobId: '' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('simulates the program forecast on its defaults when none was saved', async () => {
    const { backend } = await setup(1_000);
    const job = await ok(backend, 'forecast.simulate', { partnerId: null });
    const done = await follow(backend, job.jobId);
    expect(done).toMatchObject({ status: 'done', partnerId: null, inputsUpdatedAt: null });
    expect(done.result?.total.p90).toBeGreaterThan(done.result?.total.p10 ?? Infinity);
  });
});
