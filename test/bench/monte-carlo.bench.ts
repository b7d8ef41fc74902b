import { runMonteCarlo, type UncertainInputs } from '../../shared/domain/monte-carlo.ts';
import type { ForecastInputs } from '../../shared/domain/forecast.ts';
import { flatSeasonality } from '../../shared/domain/forecast.ts';
import type { BenchContext, Figure } from './harness.ts';
import { timeMedian } from './harness.ts';

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
  monthlyGrowth: { kind: 'triangular', min: -0.01, mode: 0.01, max: 0.03 },
  qualificationRate: { kind: 'triangular', min: 0.05, mode: 0.1, max: 0.2 },
  closeRate: { kind: 'pert', min: 0.05, mode: 0.1, max: 0.15 },
  dealValue: { kind: 'triangular', min: 300_000, mode: 500_000, max: 800_000 },
  mrrPerCustomer: { kind: 'pert', min: 8_000, mode: 10_000, max: 12_000 },
  monthlyChurn: { kind: 'pert', min: 0.01, mode: 0.02, max: 0.05 },
};

/** P8: a 36-month Monte Carlo of 10,000 trials, the computation itself (absolute goal). */
export async function benchMonteCarlo(ctx: BenchContext): Promise<Figure[]> {
  const ms = await timeMedian(ctx.runs, () =>
    runMonteCarlo(inputs, uncertain, { trials: 10_000, seed: 7 }),
  );
  return [
    {
      id: 'P8',
      figure: 'Monte Carlo, 10,000 trials × 36 months',
      unit: 'ms',
      median: ms,
      baseline: null,
      baselineLabel: null,
      ratio: null,
      goal: '≤ 250 ms',
      pass: ms <= 250,
    },
  ];
}
