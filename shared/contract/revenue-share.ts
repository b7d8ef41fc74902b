import { z } from './zod.ts';
import { id } from './common.ts';
import { mutation, query } from './define.ts';
import { period, withMonthRange } from './kpis.ts';
import type { RevenueShareTerms } from '../domain/revenue-share.ts';

/** Money typed by a person, in minor units of the workbook currency (cents). */
export const money = (label: string) =>
  z
    .number({ message: `Enter ${label}` })
    .int('Use whole cents')
    .min(0, 'Cannot be negative')
    .max(Number.MAX_SAFE_INTEGER, 'That amount is too large');

export const percentOf = (label: string) =>
  z
    .number({ message: `Enter ${label}` })
    .min(0, 'A percentage cannot be negative')
    .max(100, 'A percentage is at most 100');

export const rateTier = z.object({
  /** Upper bound of the tier on one month's shareable revenue; null on the last, open tier. */
  upTo: money('the upper bound').nullable(),
  ratePercent: percentOf('a rate'),
});

export const thresholdBonus = z.object({
  /** Paid once, in the month cumulative revenue first reaches it. */
  threshold: money('a threshold').min(1, 'A threshold must be above zero'),
  amount: money('a bonus'),
});

const termsShape = z.object({
  tiers: z.array(rateTier).min(1, 'Add at least one tier').max(10, 'At most 10 tiers'),
  bonuses: z.array(thresholdBonus).max(10, 'At most 10 bonuses').default([]),
  /** Per month, on the tiered share (bonuses come on top). */
  floor: money('a floor').nullable().default(null),
  cap: money('a cap').nullable().default(null),
  /** Refunds, payment fees and the like, as a share of revenue, taken off before sharing. */
  expensePercent: percentOf('a percentage').default(0),
  /** Agreed costs taken off every month before sharing. */
  fixedExpenses: money('an amount').default(0),
  referralEnabled: z.boolean().default(false),
  referralPercent: percentOf('a commission rate').default(20),
  referralMonths: z
    .number({ message: 'Enter a number of months' })
    .int('Use whole months')
    .min(1, 'At least one month')
    .max(120, 'At most 120 months')
    .default(12),
  /** What one referred customer pays each month. */
  referralMonthlyRevenue: money('an amount').default(0),
});

export const revenueShareTermsFields = termsShape.superRefine((t, ctx) => {
  let previous = 0;
  t.tiers.forEach((tier, i) => {
    const last = i === t.tiers.length - 1;
    if (last && tier.upTo !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['tiers', i, 'upTo'],
        message: 'Leave the last tier open-ended',
      });
    } else if (!last && tier.upTo === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['tiers', i, 'upTo'],
        message: 'Give this tier an upper bound',
      });
    } else if (tier.upTo !== null) {
      if (tier.upTo <= previous) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', i, 'upTo'],
          message: 'Each bound must be above the one before',
        });
      }
      previous = tier.upTo;
    }
  });
  if (t.floor !== null && t.cap !== null && t.floor > t.cap) {
    ctx.addIssue({ code: 'custom', path: ['cap'], message: 'The cap is below the floor' });
  }
});
export type RevenueShareTermsFields = z.input<typeof revenueShareTermsFields>;

export const revenueShareTerms = termsShape.extend({
  partnerId: id,
  /** Null until first saved; the defaults then come from the agreement. */
  updatedAt: z.string().nullable(),
});
export type RevenueShareTermsRecord = z.infer<typeof revenueShareTerms>;

/** The contract's terms (percentages) as the domain computes them (fractions). */
export function toDomainTerms(
  t: Pick<z.output<typeof termsShape>, 'tiers' | 'bonuses' | 'floor' | 'cap'>,
): RevenueShareTerms {
  return {
    tiers: t.tiers.map((tier) => ({ upTo: tier.upTo, rate: tier.ratePercent / 100 })),
    bonuses: t.bonuses,
    floor: t.floor,
    cap: t.cap,
  };
}

/** Expenses taken off one month's revenue under the terms, plus any typed for that month. */
export function monthExpenses(
  t: Pick<z.output<typeof termsShape>, 'expensePercent' | 'fixedExpenses'>,
  revenue: number,
  extra = 0,
): number {
  return Math.round((revenue * t.expensePercent) / 100) + t.fixedExpenses + extra;
}

export const revenueShareSources = ['actuals', 'typed'] as const;
export type RevenueShareSource = (typeof revenueShareSources)[number];

export const typedMonth = z.object({
  period,
  revenue: money('revenue'),
  /** Expenses of this month beyond the terms' own deductions. */
  expenses: money('expenses').default(0),
  /** New referred customers this month (referral commission). */
  newCustomers: z
    .number({ message: 'Enter a number' })
    .int('Use a whole number')
    .min(0, 'Cannot be negative')
    .max(1_000_000, 'At most 1,000,000')
    .default(0),
});
export type TypedMonth = z.input<typeof typedMonth>;

export const breakdownLine = z.object({
  label: z.string(),
  amount: z.number().int(),
  kind: z.enum(['item', 'subtotal', 'total']),
  base: z.number().optional(),
  rate: z.number().optional(),
});
export type BreakdownLineOut = z.infer<typeof breakdownLine>;

const periodShare = z.object({
  period,
  revenue: z.number().int(),
  expenses: z.number().int(),
  shareableRevenue: z.number().int(),
  share: z.number().int(),
  bonus: z.number().int(),
  partnerPayout: z.number().int(),
  ourNet: z.number().int(),
  /** False when no attributed revenue was recorded for the month (counted as 0). */
  recorded: z.boolean(),
  partnerLines: z.array(breakdownLine),
  ourLines: z.array(breakdownLine),
});

const referralPeriod = z.object({
  period,
  newCustomers: z.number().int(),
  referredRevenue: z.number().int(),
  commission: z.number().int(),
  ourNet: z.number().int(),
  lines: z.array(breakdownLine),
});

const totals = z.object({
  revenue: z.number().int(),
  expenses: z.number().int(),
  bonus: z.number().int(),
  partnerPayout: z.number().int(),
  ourNet: z.number().int(),
});

export const revenueShareCalculation = z.object({
  source: z.enum(revenueShareSources),
  periods: z.array(periodShare),
  totals,
  referral: z
    .object({
      periods: z.array(referralPeriod),
      totals: z.object({
        newCustomers: z.number().int(),
        referredRevenue: z.number().int(),
        commission: z.number().int(),
        ourNet: z.number().int(),
      }),
    })
    .nullable(),
});
export type RevenueShareCalculation = z.infer<typeof revenueShareCalculation>;

export const revenueShareCalculateInput = withMonthRange({
  partnerId: id,
  source: z.enum(revenueShareSources, { message: 'Pick where the revenue comes from' }),
  /** Used when source is 'typed'; months not listed count as no revenue. */
  typed: z.array(typedMonth).max(120).default([]),
});

export const revenueShareMethods = {
  'revenueShare.get': query(z.object({ partnerId: id }), revenueShareTerms),
  'revenueShare.save': mutation(
    z.object({ partnerId: id, terms: revenueShareTermsFields }),
    revenueShareTerms,
  ),
  /** The saved terms over a run of months, line by line for both sides. Writes nothing. */
  'revenueShare.calculate': query(revenueShareCalculateInput, revenueShareCalculation),
} as const;
