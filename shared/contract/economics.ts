import { z } from './zod.ts';
import { id } from './common.ts';
import { mutation, query } from './define.ts';
import { withMonthRange } from './kpis.ts';
import { money, percentOf, revenueShareMethods } from './revenue-share.ts';
import { forecastMethods } from './forecasts.ts';

export * from './revenue-share.ts';
export * from './forecasts.ts';

/**
 * The assumptions behind CAC, CLV, ROI and payback (SPEC M13) for a partner or the program.
 * Figures the actuals hold (spend, new customers = deals, attributed and influenced revenue) come
 * from the actuals unless typed here; null means "use the actuals".
 */
export const unitEconomicsFields = z.object({
  grossMarginPercent: percentOf('a gross margin').default(70),
  monthlyChurnPercent: percentOf('a churn rate').default(2),
  /** What one customer pays each month; null until known. */
  monthlyRevenuePerCustomer: money('an amount').nullable().default(null),
  spendOverride: money('an amount').nullable().default(null),
  newCustomersOverride: z
    .number({ message: 'Enter a number' })
    .int('Use a whole number')
    .min(0, 'Cannot be negative')
    .max(10_000_000, 'At most 10,000,000')
    .nullable()
    .default(null),
  revenueOverride: money('an amount').nullable().default(null),
  /** What a customer costs through paid channels; null until the user enters it. */
  paidCac: money('an amount').nullable().default(null),
  /** The share of influenced revenue counted in the directional view. */
  influenceWeightPercent: percentOf('a weight').default(50),
  /** What building the same reach or capability in-house would cost over the same months. */
  buildInHouseCost: money('an amount').nullable().default(null),
});
export type UnitEconomicsFields = z.input<typeof unitEconomicsFields>;

export const unitEconomicsRecord = unitEconomicsFields.extend({
  partnerId: id.nullable(),
  updatedAt: z.string().nullable(),
});
export type UnitEconomicsRecord = z.infer<typeof unitEconomicsRecord>;

export const figureSources = ['actuals', 'typed', 'missing'] as const;
export type FigureSource = (typeof figureSources)[number];

const sourced = z.object({ value: z.number().nullable(), source: z.enum(figureSources) });

export const unitEconomicsResult = z.object({
  assumptions: unitEconomicsRecord,
  /** Months in the range with at least one recorded figure. */
  monthsWithActuals: z.number().int(),
  spend: sourced,
  newCustomers: sourced,
  /** Trackable (attributed) revenue over the range. */
  revenue: sourced,
  influencedRevenue: sourced,
  cac: z.number().nullable(),
  clv: z.number().nullable(),
  clvToCac: z.number().nullable(),
  /** Fraction: 11.5 = 1,150 %. */
  roi: z.number().nullable(),
  paybackMonths: z.number().nullable(),
  comparison: z.object({
    partnerCac: z.number().nullable(),
    paidCac: z.number().nullable(),
    paidToPartnerRatio: z.number().nullable(),
    cheaper: z.enum(['partner', 'paid', 'equal']).nullable(),
  }),
  views: z.object({
    trackable: z.number(),
    directional: z.number(),
    influenced: z.number(),
    influenceWeight: z.number(),
  }),
  buildVsPartner: z
    .object({ build: z.number(), partner: z.number(), saving: z.number() })
    .nullable(),
});
export type UnitEconomicsResult = z.infer<typeof unitEconomicsResult>;

const scope = z.object({ partnerId: id.nullable() });

export const unitEconomicsMethods = {
  'unitEconomics.get': query(scope, unitEconomicsRecord),
  'unitEconomics.save': mutation(
    scope.extend({ fields: unitEconomicsFields }),
    unitEconomicsRecord,
  ),
  'unitEconomics.compute': query(withMonthRange({ partnerId: id.nullable() }), unitEconomicsResult),
} as const;

/** Every method of M13: revenue share, forecasts and simulations, unit economics. */
export const economicsMethods = {
  ...revenueShareMethods,
  ...forecastMethods,
  ...unitEconomicsMethods,
} as const;
