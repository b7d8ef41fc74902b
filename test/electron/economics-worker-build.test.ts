import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveConfig } from 'electron-vite';
import { build, type InlineConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ForecastJobs,
  forecastWorkerLocation,
} from '../../electron/backend/services/forecast-jobs.ts';
import { flatSeasonality, type ForecastInputs } from '../../shared/domain/forecast.ts';
import { runMonteCarlo, type UncertainInputs } from '../../shared/domain/monte-carlo.ts';

const inputs: ForecastInputs = {
  startPeriod: '2027-01',
  months: 36,
  baseLeadsPerMonth: 500,
  rampShape: 's_curve',
  rampMonths: 6,
  monthlyGrowth: 0.01,
  seasonality: flatSeasonality,
  qualificationRate: 0.1,
  closeRate: 0.1,
  dealValue: 500_000,
  recurring: { mrrPerCustomer: 10_000, monthlyChurn: 0.02 },
};
const uncertain: UncertainInputs = {
  baseLeadsPerMonth: { kind: 'pert', min: 300, mode: 500, max: 900 },
  closeRate: { kind: 'triangular', min: 0.05, mode: 0.1, max: 0.15 },
};

// Builds the real main bundle with the real electron.vite.config.ts into a temp folder, then runs
// a simulation through the built worker the way the packaged app does (no tsx, no TypeScript).
describe('the forecast worker in the Electron build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'pwb-main-build-'));
  let jobs: ForecastJobs | null = null;

  beforeAll(async () => {
    const nodeEnv = process.env.NODE_ENV;
    try {
      const resolved = await resolveConfig(
        {
          configFile: join(import.meta.dirname, '..', '..', 'electron.vite.config.ts'),
          build: { outDir },
          logLevel: 'silent',
        },
        'build',
        'production',
      );
      await build(resolved.config?.main as InlineConfig);
    } finally {
      // electron-vite's resolveConfig sets NODE_ENV for the whole process.
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  }, 120_000);
  afterAll(() => {
    jobs?.dispose();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('is a second entry of the main build, found next to index.js at run time', () => {
    const index = join(outDir, 'main', 'index.js');
    expect(existsSync(index)).toBe(true);
    const location = forecastWorkerLocation(pathToFileURL(index).href);
    expect(location.file).toBe(join(outDir, 'main', 'forecast-worker.js'));
    expect(existsSync(location.file)).toBe(true);
    // From a shared chunk one folder down, it is found one folder up.
    const fromChunk = forecastWorkerLocation(
      pathToFileURL(join(outDir, 'main', 'chunks', 'x.js')).href,
    );
    expect(fromChunk.file).toBe(location.file);
  });

  it('runs a seeded simulation to the same figures as the domain function', async () => {
    const index = join(outDir, 'main', 'index.js');
    jobs = new ForecastJobs(forecastWorkerLocation(pathToFileURL(index).href));
    const started = jobs.start({
      partnerId: null,
      inputs,
      uncertain,
      trials: 10_000,
      seed: 5,
      inputsUpdatedAt: null,
      workbookPath: '/tmp/built.pwb',
    });
    const running = jobs;
    const done = await vi.waitFor(
      () => {
        const job = running.status(started.jobId, '/tmp/built.pwb');
        if (job.status !== 'done') throw new Error(job.error ?? job.status);
        return job;
      },
      { timeout: 30_000, interval: 5 },
    );
    const direct = runMonteCarlo(inputs, uncertain, { trials: 10_000, seed: 5 });
    if (direct.status !== 'done') throw new Error('cancelled');
    expect(done.result?.months).toEqual(direct.months);
    expect(done.result?.total).toEqual(direct.total);
  });
});
