import { clampScalars, modelScalars, monthFactors, simulateRevenueInto } from './forecast.ts';
import type { ForecastInputs, ModelScalars } from './forecast.ts';
import { checkRangeEstimate, mulberry32, samplePert, sampleTriangular } from './random.ts';
import type { Random, RangeEstimate } from './random.ts';
import { periodRange } from './date-math.ts';

export type Distribution =
  | { kind: 'fixed'; value: number }
  | ({ kind: 'triangular' } & RangeEstimate)
  | ({ kind: 'pert' } & RangeEstimate);

/** Forecast inputs that may be uncertain; any left out keep the forecast's own value. */
export interface UncertainInputs {
  baseLeadsPerMonth?: Distribution;
  monthlyGrowth?: Distribution;
  qualificationRate?: Distribution;
  closeRate?: Distribution;
  dealValue?: Distribution;
  mrrPerCustomer?: Distribution;
  monthlyChurn?: Distribution;
}

const scalarOf: Readonly<Record<keyof UncertainInputs, keyof ModelScalars>> = {
  baseLeadsPerMonth: 'baseLeads',
  monthlyGrowth: 'growth',
  qualificationRate: 'qualificationRate',
  closeRate: 'closeRate',
  dealValue: 'dealValue',
  mrrPerCustomer: 'mrrPerCustomer',
  monthlyChurn: 'churn',
};

export interface MonteCarloOptions {
  /** Default 10,000. */
  trials?: number;
  /** Default 1; the same seed gives the same figures. */
  seed?: number;
  /** Trials between progress reports and cancel checks; default 1,000. */
  progressEvery?: number;
  onProgress?: (completedTrials: number, totalTrials: number) => void;
  /** Polled between batches; return true to stop (e.g. a flag set by the UI's Cancel). */
  shouldCancel?: () => boolean;
}

export interface PercentileBand {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

export type MonteCarloResult =
  | {
      status: 'done';
      trials: number;
      seed: number;
      /** Monthly revenue in cents per forecast month. */
      months: (PercentileBand & { period: string })[];
      /** Revenue over the whole forecast, cents. */
      total: PercentileBand;
    }
  | { status: 'cancelled'; completedTrials: number };

function samplerFor(name: string, distribution: Distribution, random: Random): () => number {
  if (distribution.kind === 'fixed') {
    if (!Number.isFinite(distribution.value)) throw new RangeError(`${name}: not a number`);
    const { value } = distribution;
    return () => value;
  }
  checkRangeEstimate(name, distribution);
  const estimate: RangeEstimate = { ...distribution };
  return distribution.kind === 'triangular'
    ? () => sampleTriangular(random, estimate)
    : () => samplePert(random, estimate);
}

/**
 * Monthly revenue percentiles (linear interpolation between order statistics, as a
 * spreadsheet's PERCENTILE.INC) over `trials` forecasts with inputs drawn per trial.
 * Results live in one month-major Float64Array so each month is sorted in place, with no
 * allocation per trial: 10,000 trials × 36 months take a few tens of milliseconds.
 */
export function runMonteCarlo(
  inputs: ForecastInputs,
  uncertain: UncertainInputs,
  options: MonteCarloOptions = {},
): MonteCarloResult {
  const trials = options.trials ?? 10_000;
  if (!Number.isInteger(trials) || trials < 1) throw new RangeError('Run at least one trial.');
  const seed = (options.seed ?? 1) >>> 0;
  const progressEvery = Math.max(1, Math.floor(options.progressEvery ?? 1_000));
  const factors = monthFactors(inputs);
  const months = factors.length;
  const base = modelScalars(inputs);
  const random = mulberry32(seed);
  const draws = (Object.keys(scalarOf) as (keyof UncertainInputs)[]).flatMap((key) => {
    const distribution = uncertain[key];
    return distribution
      ? [{ field: scalarOf[key], sample: samplerFor(key, distribution, random) }]
      : [];
  });

  const values = new Float64Array(trials * months);
  const totals = new Float64Array(trials);
  const scalars: ModelScalars = { ...base };
  for (let trial = 0; trial < trials; trial++) {
    if (trial > 0 && trial % progressEvery === 0) {
      if (options.shouldCancel?.()) return { status: 'cancelled', completedTrials: trial };
      options.onProgress?.(trial, trials);
    }
    Object.assign(scalars, base);
    for (const { field, sample } of draws) scalars[field] = sample();
    clampScalars(scalars);
    simulateRevenueInto(scalars, factors, values, trial, trials);
    let total = 0;
    for (let t = 0; t < months; t++) total += values[trial + t * trials] ?? 0;
    totals[trial] = total;
  }
  options.onProgress?.(trials, trials);
  const periods = periodRange(inputs.startPeriod, months);
  return {
    status: 'done',
    trials,
    seed,
    months: periods.map((period, t) => ({
      period,
      ...percentileBand(values.subarray(t * trials, (t + 1) * trials)),
    })),
    total: percentileBand(totals),
  };
}

/**
 * P10/P50/P90 and the mean of `sample`, rounded to whole cents. Reorders `sample` in place:
 * a quickselect per order statistic needed instead of a full sort keeps this linear.
 */
export function percentileBand(sample: Float64Array): PercentileBand {
  let sum = 0;
  for (const value of sample) sum += value;
  const [p10 = 0, p50 = 0, p90 = 0] = percentiles(sample, [0.1, 0.5, 0.9]);
  return {
    p10: Math.round(p10),
    p50: Math.round(p50),
    p90: Math.round(p90),
    mean: sample.length === 0 ? 0 : Math.round(sum / sample.length),
  };
}

/**
 * Percentiles with linear interpolation between order statistics (PERCENTILE.INC). `ps` must
 * be ascending; `sample` is reordered. Each selection only searches right of the previous one,
 * since quickselect leaves everything after position k at least as large as the k-th value.
 */
export function percentiles(sample: Float64Array, ps: readonly number[]): number[] {
  const n = sample.length;
  if (n === 0) return ps.map(() => 0);
  let from = 0;
  let selected = -1;
  const orderStatistic = (k: number): number => {
    if (k > selected) {
      selectInPlace(sample, k, from, n - 1);
      selected = k;
      from = k;
    }
    return sample[k] ?? 0;
  };
  return ps.map((p) => {
    const position = Math.min(1, Math.max(0, p)) * (n - 1);
    const lower = Math.floor(position);
    const low = orderStatistic(lower);
    if (position === lower) return low;
    return low + (orderStatistic(lower + 1) - low) * (position - lower);
  });
}

/** Hoare quickselect with a median-of-three pivot: afterwards a[k] is the k-th smallest of lo..hi. */
function selectInPlace(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] ?? 0) < (a[lo] ?? 0)) swap(a, mid, lo);
    if ((a[hi] ?? 0) < (a[lo] ?? 0)) swap(a, hi, lo);
    if ((a[hi] ?? 0) < (a[mid] ?? 0)) swap(a, hi, mid);
    const pivot = a[mid] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] ?? 0) < pivot) i++;
      while ((a[j] ?? 0) > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] ?? 0;
  a[i] = a[j] ?? 0;
  a[j] = t;
}
