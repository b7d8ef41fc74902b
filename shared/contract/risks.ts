import { z } from './zod.ts';
import { byId, id, isoDate, nothing, requiredText, text } from './common.ts';
import { mutation, query } from './define.ts';
import { riskBands, riskCategories, riskStatuses, riskTreatments } from '../domain/risk.ts';

export {
  riskBandLabels,
  riskBands,
  riskCategories,
  riskCategoryLabels,
  riskStatuses,
  riskStatusLabels,
  riskTreatmentLabels,
  riskTreatments,
  type RiskBand,
  type RiskCategory,
  type RiskStatus,
  type RiskTreatment,
} from '../domain/risk.ts';

const scale = (label: string) =>
  z
    .number({ message: `${label} is 1 to 5` })
    .int(`${label} is 1 to 5`)
    .min(1, `${label} is 1 to 5`)
    .max(5, `${label} is 1 to 5`);

const residualValue = z.number().nullable();
/** Runs even when other fields are invalid, so every problem shows at once. */
const residualCheckable = {
  when: (payload: { value: unknown }) =>
    z
      .object({ residualLikelihood: residualValue, residualImpact: residualValue })
      .safeParse(payload.value).success,
};

export const riskFields = z
  .object({
    /** Null for a program-wide risk. */
    partnerId: id.nullable().default(null),
    title: requiredText('Title'),
    category: z.enum(riskCategories, { message: 'Pick a category' }),
    likelihood: scale('Likelihood'),
    impact: scale('Impact'),
    treatment: z.enum(riskTreatments, { message: 'Pick a treatment' }).default('mitigate'),
    mitigation: text(4000).default(''),
    contingency: text(4000).default(''),
    owner: text(200).default(''),
    status: z.enum(riskStatuses, { message: 'Pick a status' }).default('open'),
    nextReviewDate: isoDate.nullable().default(null),
    residualLikelihood: scale('Residual likelihood').nullable().default(null),
    residualImpact: scale('Residual impact').nullable().default(null),
  })
  .superRefine((risk, ctx) => {
    // A residual position needs both axes; one alone cannot be placed on the heat map.
    if (risk.residualLikelihood !== null && risk.residualImpact === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['residualImpact'],
        message: 'Set the residual impact too, or clear the residual likelihood',
      });
    }
    if (risk.residualImpact !== null && risk.residualLikelihood === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['residualLikelihood'],
        message: 'Set the residual likelihood too, or clear the residual impact',
      });
    }
  }, residualCheckable);
export type RiskFields = z.input<typeof riskFields>;

export const risk = z.object({
  id,
  partnerId: id.nullable(),
  /** The partner's name; null for a program-wide risk. */
  partnerName: z.string().nullable(),
  title: z.string(),
  category: z.enum(riskCategories),
  likelihood: z.number().int(),
  impact: z.number().int(),
  treatment: z.enum(riskTreatments),
  mitigation: z.string(),
  contingency: z.string(),
  owner: z.string(),
  status: z.enum(riskStatuses),
  nextReviewDate: z.string().nullable(),
  residualLikelihood: z.number().int().nullable(),
  residualImpact: z.number().int().nullable(),
  score: z.number().int(),
  band: z.enum(riskBands),
  residualScore: z.number().int().nullable(),
  residualBand: z.enum(riskBands).nullable(),
  /** The next review date has passed and the risk is not closed (as of the `today` asked for). */
  reviewOverdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Risk = z.infer<typeof risk>;

export const riskListInput = z.object({
  /** Absent: every risk. Null: program-wide risks only. A number: that partner's risks. */
  partnerId: id.nullable().optional(),
  /** The user's local date, for overdue reviews; the backend's date when absent. */
  today: isoDate.optional(),
});

export const riskMethods = {
  'risks.list': query(riskListInput, z.array(risk)),
  'risks.get': query(byId.extend({ today: isoDate.optional() }), risk),
  'risks.create': mutation(riskFields, risk),
  'risks.update': mutation(z.object({ id, fields: riskFields }), risk),
  'risks.delete': mutation(byId, nothing),
  /** The highest-scoring open risks, for the dashboard and the pack. */
  'risks.top': query(
    z.object({
      limit: z.number().int().min(1).max(100).default(5),
      basis: z.enum(['inherent', 'current']).default('inherent'),
      today: isoDate.optional(),
    }),
    z.array(risk),
  ),
} as const;
