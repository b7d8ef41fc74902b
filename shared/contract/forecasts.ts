import { z } from './zod.ts';
import { id } from './common.ts';
import { mutation, query } from './define.ts';
import { period, withMonthRange } from './kpis.ts';
import { money, percentOf } from './revenue-share.ts';
import { maxForecastMonths, minForecastMonths } from '../domain/forecast.ts';
import type { ForecastInputs } from '../domain/forecast.ts';
import type { Distribution, UncertainInputs } from '../domain/monte-carlo.ts';
import type { ScenarioMultipliers, ScenarioName } from '../domain/forecast-scenarios.ts';

export { scenarioNames, type ScenarioName } from '../domain/forecast-scenarios.ts';

export const rampShapes = ['none', 'linear', 's_curve'] as const;
export const rampShapeLabels: Record<(typeof rampShapes)[number], string> = {
  none: 'None',
  linear: 'Linear',
  s_curve: 'S-curve',
};

export const distributionKinds = ['triangular', 'pert'] as const;
export type DistributionKind = (typeof distributionKinds)[number];

/** The inputs a Monte Carlo run may vary; each range's most likely value is the planned input. */
export const uncertainKeys = [
  'baseLeadsPerMonth',
  'monthlyGrowthPercent',
  'qualificationPercent',
  'closePercent',
  'dealValue',
  'mrrPerCustomer',
  'monthlyChurnPercent',
] as const;
export type UncertainKey = (typeof uncertainKeys)[number];

export const uncertainRange = z.object({
  kind: z.enum(distributionKinds, { message: 'Pick a shape' }),
  low: z.number({ message: 'Enter the low estimate' }).refine(Number.isFinite, 'Enter a number'),
  high: z.number({ message: 'Enter the high estimate' }).refine(Number.isFinite, 'Enter a number'),
});
export type UncertainRange = z.infer<typeof uncertainRange>;

const uncertaintyShape = Object.fromEntries(
  uncertainKeys.map((k) => [k, uncertainRange.nullable().default(null)]),
) as Record<UncertainKey, z.ZodDefault<z.ZodNullable<typeof uncertainRange>>>;

export const monteCarloTrialOptions = [1_000, 10_000, 50_000, 100_000] as const;
export const maxTrials = 100_000;

/** The most leads (or customers) a month a forecast accepts. */
export const maxMonthlyCount = 10_000_000;

const count = (label: string, max: number) =>
  z
    .number({ message: `Enter ${label}` })
    .min(0, 'Cannot be negative')
    .max(max, `At most ${max.toLocaleString('en')}`);

const forecastShape = z.object({
  startPeriod: period,
  months: z
    .number({ message: 'Enter a number of months' })
    .int('Use whole months')
    .min(minForecastMonths, `Forecast at least ${minForecastMonths} months`)
    .max(maxForecastMonths, `Forecast at most ${maxForecastMonths} months`),
  baseLeadsPerMonth: count('leads per month', maxMonthlyCount),
  rampShape: z.enum(rampShapes, { message: 'Pick a ramp-up' }),
  rampMonths: z
    .number({ message: 'Enter a number of months' })
    .int('Use whole months')
    .min(0, 'Cannot be negative')
    .max(maxForecastMonths, `At most ${maxForecastMonths} months`),
  monthlyGrowthPercent: z
    .number({ message: 'Enter a growth rate' })
    .min(-100, 'Growth cannot be below −100 %')
    .max(100, 'At most 100 % a month'),
  /** January first; 1 is a normal month. */
  seasonality: z
    .array(
      z.number({ message: 'Enter a factor' }).min(0, 'Cannot be negative').max(10, 'At most 10'),
    )
    .length(12, 'Give one factor per month'),
  qualificationPercent: percentOf('a rate'),
  closePercent: percentOf('a rate'),
  dealValue: money('a deal value'),
  recurringEnabled: z.boolean(),
  mrrPerCustomer: money('an amount'),
  monthlyChurnPercent: percentOf('a churn rate'),
  startingCustomers: count('a number of customers', maxMonthlyCount),
  uncertainty: z.object(uncertaintyShape),
  trials: z
    .number({ message: 'Pick a number of trials' })
    .int('Use a whole number')
    .min(100, 'Run at least 100 trials')
    .max(maxTrials, `At most ${maxTrials.toLocaleString('en')} trials`),
  seed: z
    .number({ message: 'Enter a seed' })
    .int('Use a whole number')
    .min(0, 'Use 0 or more')
    .max(4_294_967_295, 'Use a smaller seed'),
});

/** The planned value a range must contain, in the units the form uses. */
export function plannedValue(f: Pick<ForecastFields, UncertainKey>, key: UncertainKey): number {
  return f[key];
}

export const forecastFields = forecastShape.superRefine((f, ctx) => {
  for (const key of uncertainKeys) {
    const range = f.uncertainty[key];
    if (!range) continue;
    const planned = plannedValue(f, key);
    if (range.low > planned) {
      ctx.addIssue({
        code: 'custom',
        path: ['uncertainty', key, 'low'],
        message: 'The low estimate is above the planned value',
      });
    }
    if (range.high < planned) {
      ctx.addIssue({
        code: 'custom',
        path: ['uncertainty', key, 'high'],
        message: 'The high estimate is below the planned value',
      });
    }
  }
});
export type ForecastFields = z.output<typeof forecastShape>;

export const forecastRecord = forecastShape.extend({
  partnerId: id.nullable(),
  /** Null until first saved. */
  updatedAt: z.string().nullable(),
});
export type ForecastRecord = z.infer<typeof forecastRecord>;

const scopeInput = z.object({
  /** null: the program-level forecast. */
  partnerId: id.nullable(),
});

/** The contract's fields (percentages) as the domain's forecast inputs (fractions). */
export function toForecastInputs(f: ForecastFields): ForecastInputs {
  return {
    startPeriod: f.startPeriod,
    months: f.months,
    baseLeadsPerMonth: f.baseLeadsPerMonth,
    rampShape: f.rampShape,
    rampMonths: f.rampMonths,
    monthlyGrowth: f.monthlyGrowthPercent / 100,
    seasonality: f.seasonality,
    qualificationRate: f.qualificationPercent / 100,
    closeRate: f.closePercent / 100,
    dealValue: f.dealValue,
    recurring: f.recurringEnabled
      ? {
          mrrPerCustomer: f.mrrPerCustomer,
          monthlyChurn: f.monthlyChurnPercent / 100,
          startingCustomers: f.startingCustomers,
        }
      : null,
  };
}

const domainKeyOf: Record<UncertainKey, { key: keyof UncertainInputs; scale: number }> = {
  baseLeadsPerMonth: { key: 'baseLeadsPerMonth', scale: 1 },
  monthlyGrowthPercent: { key: 'monthlyGrowth', scale: 0.01 },
  qualificationPercent: { key: 'qualificationRate', scale: 0.01 },
  closePercent: { key: 'closeRate', scale: 0.01 },
  dealValue: { key: 'dealValue', scale: 1 },
  mrrPerCustomer: { key: 'mrrPerCustomer', scale: 1 },
  monthlyChurnPercent: { key: 'monthlyChurn', scale: 0.01 },
};

/** The ranges as the Monte Carlo's distributions; recurring inputs only when recurring is on. */
export function toUncertainInputs(f: ForecastFields): UncertainInputs {
  const out: UncertainInputs = {};
  for (const key of uncertainKeys) {
    const range = f.uncertainty[key];
    if (!range) continue;
    if (!f.recurringEnabled && (key === 'mrrPerCustomer' || key === 'monthlyChurnPercent'))
      continue;
    const { key: domainKey, scale } = domainKeyOf[key];
    const distribution: Distribution = {
      kind: range.kind,
      min: range.low * scale,
      mode: f[key] * scale,
      max: range.high * scale,
    };
    out[domainKey] = distribution;
  }
  return out;
}

export const scenarioMultipliers = z.object({
  leads: z
    .number({ message: 'Enter a multiplier' })
    .min(0, 'Cannot be negative')
    .max(10, 'At most 10×'),
  conversion: z
    .number({ message: 'Enter a multiplier' })
    .min(0, 'Cannot be negative')
    .max(10, 'At most 10×'),
  value: z
    .number({ message: 'Enter a multiplier' })
    .min(0, 'Cannot be negative')
    .max(10, 'At most 10×'),
  churn: z
    .number({ message: 'Enter a multiplier' })
    .min(0, 'Cannot be negative')
    .max(10, 'At most 10×'),
}) satisfies z.ZodType<ScenarioMultipliers>;

export const scenarioSet = z.object({
  conservative: scenarioMultipliers,
  base: scenarioMultipliers,
  optimistic: scenarioMultipliers,
});
export type ScenarioSet = z.infer<typeof scenarioSet>;

const forecastMonth = z.object({
  period,
  leads: z.number(),
  qualified: z.number(),
  deals: z.number(),
  customers: z.number(),
  newRevenue: z.number().int(),
  recurringRevenue: z.number().int(),
  revenue: z.number().int(),
  cumulativeRevenue: z.number().int(),
});

const forecastOut = z.object({
  months: z.array(forecastMonth),
  totals: z.object({
    leads: z.number(),
    qualified: z.number(),
    deals: z.number(),
    revenue: z.number().int(),
  }),
});

/** The monthly figures recorded for a partner, or summed over every partner for the program. */
export const economicsActualMonth = z.object({
  period,
  leads: z.number().int().nullable(),
  qualifiedLeads: z.number().int().nullable(),
  deals: z.number().int().nullable(),
  attributedRevenue: z.number().int().nullable(),
  influencedRevenue: z.number().int().nullable(),
  spend: z.number().int().nullable(),
});
export type EconomicsActualMonth = z.infer<typeof economicsActualMonth>;

export const forecastComputation = z.object({
  forecast: forecastRecord,
  scenarios: z.object({ conservative: forecastOut, base: forecastOut, optimistic: forecastOut }),
  multipliers: scenarioSet,
  /** Recorded attributed revenue over the forecast's months and the twelve before them. */
  actuals: z.array(economicsActualMonth),
});
export type ForecastComputation = z.infer<typeof forecastComputation>;

export const forecastPrefill = z.object({
  baseLeadsPerMonth: z.number().nullable(),
  qualificationPercent: z.number().nullable(),
  closePercent: z.number().nullable(),
  dealValue: z.number().int().nullable(),
  startPeriod: period.nullable(),
  periodsUsed: z.array(period),
});
export type ForecastPrefill = z.infer<typeof forecastPrefill>;

export const jobStatuses = [
  'queued',
  'running',
  'cancelling',
  'done',
  'cancelled',
  'failed',
] as const;
export type JobStatus = (typeof jobStatuses)[number];

const band = z.object({ p10: z.number(), p50: z.number(), p90: z.number(), mean: z.number() });

export const simulationJob = z.object({
  jobId: z.string(),
  partnerId: id.nullable(),
  status: z.enum(jobStatuses),
  /** 0..1 */
  progress: z.number().min(0).max(1),
  trials: z.number().int(),
  completedTrials: z.number().int(),
  seed: z.number().int(),
  /** The forecast's updatedAt when the run started: a later edit makes the band out of date. */
  inputsUpdatedAt: z.string().nullable(),
  error: z.string().nullable(),
  result: z
    .object({
      months: z.array(band.extend({ period })),
      total: band,
    })
    .nullable(),
});
export type SimulationJob = z.infer<typeof simulationJob>;

export const forecastMethods = {
  'forecast.get': query(scopeInput, forecastRecord),
  'forecast.save': mutation(scopeInput.extend({ fields: forecastFields }), forecastRecord),
  /** Deterministic forecast in the three scenarios, with the recorded actuals to compare. */
  'forecast.compute': query(scopeInput, forecastComputation),
  /** Trailing averages over the latest recorded months; the form applies what the user accepts. */
  'forecast.prefill': query(scopeInput, forecastPrefill),
  'forecast.scenarios': query(z.object({}).strict().default({}), scenarioSet),
  'forecast.saveScenarios': mutation(scenarioSet, scenarioSet),
  /** Starts a Monte Carlo run of the saved forecast in the background; answers at once. */
  'forecast.simulate': query(scopeInput, simulationJob),
  'forecast.job': query(z.object({ jobId: z.string().min(1).max(100) }), simulationJob),
  'forecast.cancel': query(z.object({ jobId: z.string().min(1).max(100) }), simulationJob),
  /** Monthly actuals of a partner, or of every partner summed (partnerId null). */
  'economics.actuals': query(
    withMonthRange({ partnerId: id.nullable() }),
    z.array(economicsActualMonth),
  ),
} as const;

export const scenarioLabels: Record<ScenarioName, string> = {
  conservative: 'Conservative',
  base: 'Base',
  optimistic: 'Optimistic',
};
