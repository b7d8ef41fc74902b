import { z } from './zod.ts';
import { id, requiredText, text } from './common.ts';
import { mutation, query } from './define.ts';
import { actualMeasures } from './actuals.ts';
import { directions, period } from './kpis.ts';
import { lifecycleStages } from './partners.ts';
import { defaultScorecardCriteria, defaultTierThresholds, tierNames } from '../domain/scorecard.ts';

/**
 * Where a criterion's actual comes from, for one partner and month:
 * - revenue_growth: % change of the partner's attributed revenue against the month before
 *   (missing when either month has none recorded, or the month before is 0);
 * - measure: one figure of the partner's actuals (money in major units of the workbook currency);
 * - kpi: the partner's value of a KPI (a program KPI measured per partner, or one linked to it);
 * - manual: a figure typed for the scorecard itself (the Scorecard tab or the Actuals grid).
 */
export const criterionSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('revenue_growth') }),
  z.object({ kind: z.literal('measure'), measure: z.enum(actualMeasures) }),
  z.object({ kind: z.literal('kpi'), kpiId: id }),
  z.object({ kind: z.literal('manual') }),
]);
export type CriterionSource = z.infer<typeof criterionSource>;
export type CriterionSourceKind = CriterionSource['kind'];

export const criterionKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lower-case letters, digits and _ (up to 40)');

const finite = (label: string) =>
  z.number({ message: `Enter the ${label}` }).refine(Number.isFinite, `Enter the ${label}`);

export const scorecardCriterionConfig = z.object({
  key: criterionKey,
  label: requiredText('Name', 80),
  weight: finite('weight').pipe(
    z.number().min(0, 'Weight cannot be negative').max(1000, 'Use a weight up to 1,000'),
  ),
  target: finite('target'),
  direction: z.enum(directions),
  unit: text(40).default(''),
  source: criterionSource,
});
export type ScorecardCriterionConfig = z.infer<typeof scorecardCriterionConfig>;

const defaultSources: Readonly<Record<string, CriterionSource>> = {
  revenue_growth: { kind: 'revenue_growth' },
  qualified_leads: { kind: 'measure', measure: 'qualifiedLeads' },
};

/** SPEC M11's defaults, each with where its actual comes from; the rest are typed per month. */
export const defaultScorecardCriteriaConfig: readonly ScorecardCriterionConfig[] =
  defaultScorecardCriteria.map((c) => ({
    ...c,
    source: defaultSources[c.key] ?? { kind: 'manual' },
  }));

export const scorecardCriteriaParam = z
  .array(scorecardCriterionConfig)
  .min(1, 'Keep at least one criterion')
  .max(20, 'Use at most 20 criteria')
  .superRefine((criteria, ctx) => {
    const seen = new Set<string>();
    criteria.forEach((c, index) => {
      if (seen.has(c.key)) {
        ctx.addIssue({
          code: 'custom',
          message: 'Two criteria share this key',
          path: [index, 'key'],
        });
      }
      seen.add(c.key);
    });
    if (!criteria.some((c) => c.weight > 0)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Give at least one criterion a weight above zero',
        path: [0, 'weight'],
      });
    }
  });

const thresholdValue = (label: string) =>
  finite(`${label} threshold`).pipe(z.number().min(0, 'Use 0 to 150').max(150, 'Use 0 to 150'));

export const tierThresholdsParam = z
  .object({
    platinum: thresholdValue('Platinum'),
    gold: thresholdValue('Gold'),
    silver: thresholdValue('Silver'),
  })
  .superRefine((t, ctx) => {
    if (!(t.platinum > t.gold)) {
      ctx.addIssue({ code: 'custom', message: 'Platinum must be above Gold', path: ['platinum'] });
    }
    if (!(t.gold > t.silver)) {
      ctx.addIssue({ code: 'custom', message: 'Gold must be above Silver', path: ['gold'] });
    }
  });
export type TierThresholdsParam = z.infer<typeof tierThresholdsParam>;

export const defaultTierThresholdsParam: TierThresholdsParam = { ...defaultTierThresholds };

export const tierName = z.enum(tierNames);

export const criterionResult = scorecardCriterionConfig.extend({
  actual: z.number().nullable(),
  /** Fraction 0..1.5; null when missing. */
  attainment: z.number().nullable(),
  missing: z.boolean(),
  /** Why a value is missing, in words, when the reason is not simply "nothing recorded". */
  note: z.string(),
  /** Whether the Scorecard tab can take the actual directly (manual and KPI criteria). */
  enterable: z.boolean(),
});
export type CriterionResult = z.infer<typeof criterionResult>;

export const scorePoint = z.object({ period, score: z.number().nullable() });

export const scorecardSummary = z.object({
  partnerId: id,
  partnerName: z.string(),
  stage: z.enum(lifecycleStages),
  period,
  /** Weighted mean attainment × 100 (100 = on target, at most 150); null without any data. */
  score: z.number().nullable(),
  weightUsed: z.number(),
  weightTotal: z.number(),
  missing: z.array(z.string()),
  suggestedTier: tierName.nullable(),
  assignedTier: z.string().nullable(),
  mismatch: z.boolean(),
});
export type ScorecardSummary = z.infer<typeof scorecardSummary>;

export const partnerScorecard = scorecardSummary.extend({
  criteria: z.array(criterionResult),
  thresholds: tierThresholdsParam,
  trend: z.object({
    points: z.array(scorePoint),
    change: z.number().nullable(),
    direction: z.enum(['up', 'down', 'flat']).nullable(),
  }),
  /** The latest month with any recorded figure, to open the scorecard on. */
  latestPeriodWithData: period.nullable(),
});
export type PartnerScorecard = z.infer<typeof partnerScorecard>;

export const scorecardInputInput = z.object({
  partnerId: id,
  period,
  criterionKey,
  /** null clears the figure. */
  value: finite('value').nullable(),
});

export const scorecardMethods = {
  'scorecards.get': query(
    z.object({
      partnerId: id,
      /** Omitted: the latest month with data, else the current month. */
      period: period.nullable().default(null),
      months: z.number().int().min(2).max(36).default(12),
    }),
    partnerScorecard,
  ),
  /** Every partner's scorecard for a month, computed in one pass over set-based queries. */
  'scorecards.all': query(
    z.object({ period, includeArchived: z.boolean().default(false) }),
    z.object({ period, thresholds: tierThresholdsParam, rows: z.array(scorecardSummary) }),
  ),
  /** Records a manual or KPI criterion's actual for one month. */
  'scorecards.setInput': mutation(scorecardInputInput, z.null()),
  /** Sets the partner's assigned tier to the tier its score for the month suggests. */
  'scorecards.applySuggestedTier': mutation(
    z.object({ partnerId: id, period }),
    z.object({ tier: z.string() }),
  ),
} as const;
