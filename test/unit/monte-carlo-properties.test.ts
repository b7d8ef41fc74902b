import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeForecast } from '../../shared/domain/forecast.ts';
import { runMonteCarlo, type UncertainInputs } from '../../shared/domain/monte-carlo.ts';
import { forecastInputsArb } from './forecast-inputs.ts';

const spread = fc.double({ min: 0, max: 0.9, noNaN: true });

function rangesAround(
  i: { baseLeadsPerMonth: number; dealValue: number },
  s: number,
): UncertainInputs {
  const leads = Math.max(0, i.baseLeadsPerMonth);
  const value = Math.max(0, i.dealValue);
  return {
    baseLeadsPerMonth: { kind: 'pert', min: leads * (1 - s), mode: leads, max: leads * (1 + s) },
    dealValue: { kind: 'triangular', min: value * (1 - s), mode: value, max: value * (1 + s) },
  };
}

describe('Monte Carlo properties', () => {
  it('gives the same figures for the same seed, whatever the inputs', () => {
    fc.assert(
      fc.property(
        forecastInputsArb,
        spread,
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (i, s, seed) => {
          const run = () => runMonteCarlo(i, rangesAround(i, s), { trials: 200, seed });
          expect(run()).toEqual(run());
        },
      ),
      { numRuns: 50 },
    );
  });

  it('collapses to the deterministic forecast when every range is a single point', () => {
    fc.assert(
      fc.property(forecastInputsArb, (i) => {
        const result = runMonteCarlo(i, rangesAround(i, 0), { trials: 50, seed: 3 });
        if (result.status !== 'done') throw new Error('cancelled');
        const plan = computeForecast(i).months;
        result.months.forEach((m, t) => {
          expect(m.p10).toBe(plan[t]?.revenue);
          expect(m.p90).toBe(plan[t]?.revenue);
        });
      }),
      { numRuns: 50 },
    );
  });

  it('keeps the plan inside the band when only volumes vary symmetrically around it', () => {
    fc.assert(
      fc.property(forecastInputsArb, fc.double({ min: 0.05, max: 0.5, noNaN: true }), (i, s) => {
        const result = runMonteCarlo(
          { ...i, recurring: null },
          {
            baseLeadsPerMonth: {
              kind: 'triangular',
              min: Math.max(0, i.baseLeadsPerMonth) * (1 - s),
              mode: Math.max(0, i.baseLeadsPerMonth),
              max: Math.max(0, i.baseLeadsPerMonth) * (1 + s),
            },
          },
          { trials: 2_000, seed: 9 },
        );
        if (result.status !== 'done') throw new Error('cancelled');
        const plan = computeForecast({ ...i, recurring: null }).months;
        result.months.forEach((m, t) => {
          const planned = plan[t]?.revenue ?? 0;
          // Revenue is linear in leads and the range is symmetric, so the plan lies inside the band.
          expect(m.p10).toBeLessThanOrEqual(planned + 1);
          expect(m.p90).toBeGreaterThanOrEqual(planned - 1);
        });
      }),
      { numRuns: 30 },
    );
  });
});
