import { z } from './zod.ts';
import { byId, id, isoDate, nothing, text } from './common.ts';
import { mutation, query } from './define.ts';
import { period } from './kpis.ts';
import { lifecycleStages } from './partners.ts';
import {
  defaultHealthWeights,
  healthComponents,
  type HealthBand,
  type HealthComponent,
} from '../domain/health.ts';
import { healthPillars, type HealthPillar } from '../domain/bilateral-health-check.ts';
import { diagnosticCheckIds, type SourceId } from '../domain/diagnostics.ts';

export { healthComponents, healthPillars, diagnosticCheckIds };
export type { HealthBand, HealthComponent, HealthPillar };

export const healthBands = ['healthy', 'watch', 'at_risk'] as const satisfies readonly HealthBand[];

const componentWeight = z
  .number({ message: 'Enter a weight' })
  .refine(Number.isFinite, 'Enter a weight')
  .pipe(z.number().min(0, 'A weight cannot be negative').max(100, 'Use a weight from 0 to 100'));

/** How much each component counts in the health index; stored in the workbook's params. */
export const healthWeightsParam = z
  .object({
    governanceCompleteness: componentWeight,
    kpiAttainment: componentWeight,
    riskExposure: componentWeight,
    activityRecency: componentWeight,
    effortBalance: componentWeight,
  } satisfies Record<HealthComponent, typeof componentWeight>)
  .refine((w) => Object.values(w).some((v) => v > 0), {
    message: 'Give at least one component a weight above zero',
  });
export type HealthWeightsParam = z.infer<typeof healthWeightsParam>;
export const defaultHealthWeightsParam: HealthWeightsParam = { ...defaultHealthWeights };

/** The four documents in shared/sources, named as the UI cites them. */
export const sourceTitles: Readonly<Record<SourceId, string>> = {
  '000': 'Partnership Marketing pattern card',
  '001': 'Partnership marketing playbook',
  '002': 'Partnership-Driven Growth (essay)',
  '003': 'Certificate in Strategic Partnership Marketing',
};

export const severities = ['critical', 'warning', 'info'] as const;

export const diagnostic = z.object({
  checkId: z.enum(diagnosticCheckIds),
  partnerId: id,
  partnerName: z.string(),
  severity: z.enum(severities),
  title: z.string(),
  reason: z.string(),
  fix: z.string(),
  sourceId: z.enum(['000', '001', '002', '003']),
  seeAlso: z.array(z.enum(['000', '001', '002', '003'])).readonly(),
});
export type DiagnosticRecord = z.infer<typeof diagnostic>;

export const healthComponentResult = z.object({
  key: z.enum(healthComponents),
  label: z.string(),
  weight: z.number(),
  /** 0..100 (one decimal); null when there is no data for it. */
  score: z.number().nullable(),
  missing: z.boolean(),
});
export type HealthComponentRecord = z.infer<typeof healthComponentResult>;

export const partnershipHealth = z.object({
  partnerId: id,
  partnerName: z.string(),
  stage: z.enum(lifecycleStages),
  tier: z.string(),
  /** Whole number 0..100; null when no component has data. */
  index: z.number().int().nullable(),
  band: z.enum(healthBands).nullable(),
  components: z.array(healthComponentResult),
  missing: z.array(z.enum(healthComponents)),
});
export type PartnershipHealth = z.infer<typeof partnershipHealth>;

/** The recorded facts behind each component, so the Health tab can say where a figure comes from. */
export const healthEvidence = z.object({
  governance: z.object({
    ownerOurs: z.boolean(),
    ownerTheirs: z.boolean(),
    successDefinition: z.boolean(),
    cadence: z.boolean(),
    escalationPath: z.boolean(),
    raci: z.boolean(),
    signedAgreement: z.boolean(),
  }),
  kpi: z.object({ period: period.nullable(), score: z.number().nullable() }),
  risks: z.object({
    registered: z.number().int(),
    open: z.number().int(),
    /** Sum of open-risk severities (residual where assessed) against the budget that zeroes the score. */
    severity: z.number(),
    budget: z.number(),
  }),
  recency: z.object({
    lastActivityDate: z.string().nullable(),
    lastMeetingDate: z.string().nullable(),
    lastActualDate: z.string().nullable(),
    latest: z.string().nullable(),
    daysSince: z.number().int().nullable(),
  }),
  effort: z.object({ ours: z.number().int(), theirs: z.number().int() }),
});
export type HealthEvidence = z.infer<typeof healthEvidence>;

const healthScope = {
  /**
   * The scorecard month for KPI attainment. Omitted: each partnership's latest scored month among
   * the current month and the two before it, so figures that arrive late still count.
   */
  period: period.optional(),
  /** The user's local date; the backend's date when absent. */
  today: isoDate.optional(),
};

// ---- bilateral health check (seven pillars, source 000)

const pillarScore = z
  .number({ message: 'Score from 1 to 5' })
  .int('Score with a whole number from 1 to 5')
  .min(1, 'Score from 1 to 5')
  .max(5, 'Score from 1 to 5');

export const pillarRating = z.object({ score: pillarScore, rationale: text(2000).default('') });
const rating = pillarRating.nullable().default(null);

export const sideRatings = z
  .object({
    purpose: rating,
    governance: rating,
    culture: rating,
    incentives: rating,
    knowledge: rating,
    technology: rating,
    resilience: rating,
  } satisfies Record<HealthPillar, typeof rating>)
  .prefault({});
export type SideRatingsRecord = z.infer<typeof sideRatings>;

const healthCheckShape = z.object({
  date: isoDate,
  ourRespondent: text(200).default(''),
  theirRespondent: text(200).default(''),
  notes: text(4000).default(''),
  ours: sideRatings,
  theirs: sideRatings,
});

function someRating(check: z.output<typeof healthCheckShape>, ctx: z.RefinementCtx): void {
  const rated = [...Object.values(check.ours), ...Object.values(check.theirs)].some(Boolean);
  if (!rated) {
    ctx.addIssue({
      code: 'custom',
      path: ['ours'],
      message: 'Score at least one pillar for either side',
    });
  }
}

export const healthCheckFields = healthCheckShape.superRefine(someRating);
export type HealthCheckFields = z.input<typeof healthCheckFields>;

export const pillarComparison = z.object({
  pillar: z.enum(healthPillars),
  label: z.string(),
  ours: z.number().nullable(),
  theirs: z.number().nullable(),
  oursRationale: z.string(),
  theirsRationale: z.string(),
  gap: z.number().nullable(),
  disagree: z.boolean(),
});

export const healthCheck = z.object({
  id,
  partnerId: id,
  date: z.string(),
  ourRespondent: z.string(),
  theirRespondent: z.string(),
  notes: z.string(),
  ours: sideRatings,
  theirs: sideRatings,
  /** Both sides per pillar, where they part (2 points or more), and each side's mean. */
  analysis: z.object({
    pillars: z.array(pillarComparison),
    averageOurs: z.number().nullable(),
    averageTheirs: z.number().nullable(),
    disagreements: z.array(z.enum(healthPillars)),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type HealthCheckRecord = z.infer<typeof healthCheck>;

export const healthCheckComparison = z.object({
  earlierDate: z.string(),
  laterDate: z.string(),
  pillars: z.array(
    z.object({
      pillar: z.enum(healthPillars),
      oursChange: z.number().nullable(),
      theirsChange: z.number().nullable(),
      gapChange: z.number().nullable(),
    }),
  ),
  averageOursChange: z.number().nullable(),
  averageTheirsChange: z.number().nullable(),
  newDisagreements: z.array(z.enum(healthPillars)),
  resolvedDisagreements: z.array(z.enum(healthPillars)),
});
export type HealthCheckComparison = z.infer<typeof healthCheckComparison>;

export const healthCheckList = z.object({
  /** Newest first. */
  checks: z.array(healthCheck),
  /** Oldest first, for the history chart. */
  history: z.array(
    z.object({
      date: z.string(),
      averageOurs: z.number().nullable(),
      averageTheirs: z.number().nullable(),
      disagreements: z.array(z.enum(healthPillars)),
    }),
  ),
  /** The newest check against the one before it; null with fewer than two checks. */
  latestChange: healthCheckComparison.nullable(),
});
export type HealthCheckList = z.infer<typeof healthCheckList>;

export const healthMethods = {
  /** Every partnership's health index (archived partners left out), in a fixed number of statements. */
  'health.all': query(
    z.object(healthScope),
    z.object({ weights: healthWeightsParam, rows: z.array(partnershipHealth) }),
  ),
  /** One partnership's index with the evidence behind each component, and its diagnostics. */
  'health.partner': query(
    z.object({ partnerId: id, ...healthScope }),
    z.object({
      health: partnershipHealth,
      evidence: healthEvidence,
      diagnostics: z.array(diagnostic),
      weights: healthWeightsParam,
    }),
  ),
  /** Every anti-pattern that fires across the program, most severe first. */
  'diagnostics.all': query(z.object({ today: isoDate.optional() }), z.array(diagnostic)),
  'healthChecks.list': query(z.object({ partnerId: id }), healthCheckList),
  'healthChecks.create': mutation(
    healthCheckShape.extend({ partnerId: id }).superRefine(someRating),
    healthCheck,
  ),
  'healthChecks.update': mutation(z.object({ id, fields: healthCheckFields }), healthCheck),
  'healthChecks.delete': mutation(byId, nothing),
} as const;
