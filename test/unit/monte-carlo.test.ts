import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeForecast } from '../../shared/domain/forecast.ts';
import { percentileBand, percentiles, runMonteCarlo } from '../../shared/domain/monte-carlo.ts';
import type { MonteCarloResult, UncertainInputs } from '../../shared/domain/monte-carlo.ts';
import { forecastInputsArb, inputs } from './forecast-inputs.ts';

const uncertain: UncertainInputs = {
  baseLeadsPerMonth: { kind: 'pert', min: 300, mode: 500, max: 900 },
  monthlyGrowth: { kind: 'triangular', min: -0.01, mode: 0.01, max: 0.03 },
  qualificationRate: { kind: 'triangular', min: 0.05, mode: 0.1, max: 0.2 },
  closeRate: { kind: 'pert', min: 0.05, mode: 0.1, max: 0.15 },
  dealValue: { kind: 'triangular', min: 300_000, mode: 500_000, max: 800_000 },
  mrrPerCustomer: { kind: 'pert', min: 8_000, mode: 10_000, max: 12_000 },
  monthlyChurn: { kind: 'pert', min: 0.01, mode: 0.02, max: 0.05 },
};
const longRun = inputs({
  months: 36,
  rampShape: 's_curve',
  rampMonths: 6,
  recurring: { mrrPerCustomer: 10_000, monthlyChurn: 0.02 },
});

function done(result: MonteCarloResult) {
  if (result.status !== 'done') throw new Error('simulation was cancelled');
  return result;
}

describe('runMonteCarlo', () => {
  it('runs 10,000 trials × 36 months well within the time budget', () => {
    const started = performance.now();
    const result = done(runMonteCarlo(longRun, uncertain, { trials: 10_000, seed: 42 }));
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1_500);
    expect(result.months).toHaveLength(36);
    expect(result.trials).toBe(10_000);
  });

  it('keeps P10 ≤ P50 ≤ P90 every month and over the total', () => {
    const result = done(runMonteCarlo(longRun, uncertain, { trials: 2_000, seed: 3 }));
    for (const band of [...result.months, result.total]) {
      expect(band.p10).toBeLessThanOrEqual(band.p50);
      expect(band.p50).toBeLessThanOrEqual(band.p90);
      expect(band.p10).toBeGreaterThanOrEqual(0);
    }
    expect(result.total.p90).toBeGreaterThan(result.total.p10);
  });

  it('gives the same figures for the same seed and different ones for another seed', () => {
    const a = runMonteCarlo(longRun, uncertain, { trials: 1_000, seed: 9 });
    const b = runMonteCarlo(longRun, uncertain, { trials: 1_000, seed: 9 });
    const c = done(runMonteCarlo(longRun, uncertain, { trials: 1_000, seed: 10 }));
    expect(a).toEqual(b);
    expect(done(a).total.p50).not.toBe(c.total.p50);
  });

  it('collapses to the deterministic forecast when nothing is uncertain', () => {
    const forecast = computeForecast(longRun);
    const result = done(
      runMonteCarlo(
        longRun,
        { dealValue: { kind: 'fixed', value: longRun.dealValue } },
        { trials: 50 },
      ),
    );
    expect(result.months.map((m) => [m.p10, m.p50, m.p90, m.mean])).toEqual(
      forecast.months.map((m) => [m.revenue, m.revenue, m.revenue, m.revenue]),
    );
    expect(result.total.p50).toBe(forecast.totals.revenue);
  });

  it('centres near the deterministic forecast of the most likely values', () => {
    const symmetric: UncertainInputs = {
      baseLeadsPerMonth: { kind: 'triangular', min: 400, mode: 500, max: 600 },
    };
    const result = done(runMonteCarlo(inputs(), symmetric, { trials: 5_000, seed: 1 }));
    const deterministic = computeForecast(inputs()).months[0]?.revenue ?? 0;
    expect(Math.abs((result.months[0]?.p50 ?? 0) - deterministic) / deterministic).toBeLessThan(
      0.02,
    );
  });

  it('reports progress every N trials and finishes at the total', () => {
    const calls: number[] = [];
    runMonteCarlo(inputs(), uncertain, {
      trials: 1_000,
      progressEvery: 250,
      onProgress: (n) => calls.push(n),
    });
    expect(calls).toEqual([250, 500, 750, 1_000]);
  });

  it('stops cooperatively when asked to cancel', () => {
    let polls = 0;
    const result = runMonteCarlo(inputs(), uncertain, {
      trials: 10_000,
      progressEvery: 100,
      shouldCancel: () => ++polls >= 3,
    });
    expect(result).toEqual({ status: 'cancelled', completedTrials: 300 });
  });

  it('refuses impossible ranges and trial counts', () => {
    expect(() =>
      runMonteCarlo(inputs(), { closeRate: { kind: 'pert', min: 0.2, mode: 0.1, max: 0.3 } }),
    ).toThrow(/closeRate/);
    expect(() => runMonteCarlo(inputs(), {}, { trials: 0 })).toThrow(RangeError);
    expect(() =>
      runMonteCarlo(inputs(), { dealValue: { kind: 'fixed', value: Number.NaN } }),
    ).toThrow(RangeError);
  });

  it('keeps the band ordered and non-negative for any inputs', () => {
    fc.assert(
      fc.property(forecastInputsArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (i, seed) => {
        const result = done(
          runMonteCarlo(
            i,
            { baseLeadsPerMonth: { kind: 'pert', min: 0, mode: 100, max: 400 } },
            { trials: 200, seed },
          ),
        );
        for (const band of result.months) {
          expect(band.p10).toBeGreaterThanOrEqual(0);
          expect(band.p10).toBeLessThanOrEqual(band.p50);
          expect(band.p50).toBeLessThanOrEqual(band.p90);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('percentiles', () => {
  it('interpolates between order statistics like PERCENTILE.INC', () => {
    const sample = Float64Array.from([5, 1, 4, 2, 3]);
    expect(percentiles(sample, [0, 0.1, 0.5, 0.9, 1])).toEqual([1, 1.4, 3, 4.6, 5]);
  });

  it('agrees with sorting for random samples with ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 300 }),
        (values) => {
          const sorted = [...values].sort((a, b) => a - b);
          const expected = [0.1, 0.5, 0.9].map((p) => {
            const pos = p * (sorted.length - 1);
            const lo = Math.floor(pos);
            const low = sorted[lo] ?? 0;
            return low + ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? low) - low) * (pos - lo);
          });
          const actual = percentiles(Float64Array.from(values), [0.1, 0.5, 0.9]);
          actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? Number.NaN, 9));
        },
      ),
    );
  });

  it('gives rounded P10/P50/P90 and mean, and zeros for an empty sample', () => {
    expect(percentileBand(Float64Array.from([10, 20, 30, 40]))).toEqual({
      p10: 13,
      p50: 25,
      p90: 37,
      mean: 25,
    });
    expect(percentileBand(new Float64Array(0))).toEqual({ p10: 0, p50: 0, p90: 0, mean: 0 });
  });
});
