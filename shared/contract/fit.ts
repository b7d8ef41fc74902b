import { z } from './zod.ts';
import { empty, id, text } from './common.ts';
import { mutation, query } from './define.ts';
import {
  fitCriterionKeys,
  fitRedFlagKeys,
  type FitCriterionKey,
  type FitRedFlag,
} from '../domain/fit.ts';

const weight = z
  .number({ message: 'Enter a weight' })
  .min(0, 'A weight cannot be negative')
  .max(10, 'Use a weight from 0 to 10');

/** Relative weights of the fit criteria; zero leaves a criterion out. Stored in the workbook's params. */
export const fitWeights = z
  .object({
    complementary: weight,
    sharedAudience: weight,
    customerIntent: weight,
    brandValues: weight,
    strategicFit: weight,
    resourceCommitment: weight,
    channelConflictRisk: weight,
  } satisfies Record<FitCriterionKey, typeof weight>)
  .refine((w) => Object.values(w).some((v) => v > 0), {
    message: 'Give at least one criterion a weight above zero',
  });

const fitScore = z
  .number({ message: 'Score from 1 to 5' })
  .int('Score with a whole number from 1 to 5')
  .min(1, 'Score from 1 to 5')
  .max(5, 'Score from 1 to 5')
  .nullable();

const criterion = z
  .object({ score: fitScore.default(null), note: text(2000).default('') })
  .prefault({});
const redFlag = z
  .object({ raised: z.boolean().default(false), note: text(2000).default('') })
  .prefault({});

export const fitAssessmentFields = z.object({
  criteria: z
    .object({
      complementary: criterion,
      sharedAudience: criterion,
      customerIntent: criterion,
      brandValues: criterion,
      strategicFit: criterion,
      resourceCommitment: criterion,
      channelConflictRisk: criterion,
    } satisfies Record<FitCriterionKey, typeof criterion>)
    .prefault({}),
  redFlags: z
    .object({
      directCompetitor: redFlag,
      valuesConflict: redFlag,
    } satisfies Record<FitRedFlag, typeof redFlag>)
    .prefault({}),
});
export type FitAssessmentFields = z.input<typeof fitAssessmentFields>;

export const fitAssessment = fitAssessmentFields.extend({
  partnerId: id,
  /** Null until the assessment is first saved. */
  updatedAt: z.string().nullable(),
});
export type FitAssessment = z.infer<typeof fitAssessment>;

export const fitVerdicts = ['go', 'conditional', 'no-go', 'unscored'] as const;

/** One partner's result with the workbook's weights, for lists and dashboards. */
export const fitSummary = z.object({
  partnerId: id,
  score: z.number().nullable(),
  verdict: z.enum(fitVerdicts),
  redFlags: z.array(z.enum(fitRedFlagKeys)),
  unscored: z.array(z.enum(fitCriterionKeys)),
});
export type FitSummary = z.infer<typeof fitSummary>;

const byPartner = z.object({ partnerId: id });

export const fitMethods = {
  'fit.get': query(byPartner, fitAssessment),
  'fit.save': mutation(fitAssessmentFields.extend({ partnerId: id }), fitAssessment),
  'fit.list': query(empty, z.array(fitSummary)),
} as const;
