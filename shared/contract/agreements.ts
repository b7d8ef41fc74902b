import { z } from './zod.ts';
import { byId, empty, id, isoDate, nothing, requiredText, text } from './common.ts';
import { mutation, query } from './define.ts';
import { contactSides } from './partners.ts';
import { agreementStatuses, type AgreementStatus } from '../domain/diagnostics-facts.ts';

export { agreementStatuses, type AgreementStatus };
export const agreementStatusLabels: Record<AgreementStatus, string> = {
  none: 'No agreement',
  draft: 'Draft',
  in_review: 'In review',
  signed: 'Signed',
  expired: 'Expired',
  terminated: 'Terminated',
};

/** How money or leads flow (source 001); null means not decided yet. */
export const revenueModels = [
  'revenue_share',
  'referral_commission',
  'lead_attribution',
  'none',
] as const;
export type RevenueModel = (typeof revenueModels)[number];
export const revenueModelLabels: Record<RevenueModel, string> = {
  revenue_share: 'Revenue share',
  referral_commission: 'Referral commission',
  lead_attribution: 'Lead attribution',
  none: 'No money exchanged',
};

export const deliverableStatuses = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type DeliverableStatus = (typeof deliverableStatuses)[number];
export const deliverableStatusLabels: Record<DeliverableStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};
/** Deliverables still owed: what "unequal effort" counts. */
export const openDeliverableStatuses: ReadonlySet<DeliverableStatus> = new Set([
  'planned',
  'in_progress',
]);

const percent = z
  .number({ message: 'Enter a percentage' })
  .min(0, 'A percentage cannot be negative')
  .max(100, 'A percentage is at most 100');
const months = z
  .number({ message: 'Enter a number of months' })
  .int('Use whole months')
  .min(1, 'At least one month')
  .max(120, 'At most 120 months');
/** null = not decided yet, which the checklist reports; false is a decided "no". */
const decision = z.boolean().nullable().default(null);

const agreementShape = z.object({
  status: z.enum(agreementStatuses, { message: 'Pick a status' }).default('none'),
  startDate: isoDate.nullable().default(null),
  endDate: isoDate.nullable().default(null),
  scope: text(5000).default(''),
  revenueModel: z.enum(revenueModels, { message: 'Pick a revenue model' }).nullable().default(null),
  revenueSharePercent: percent.nullable().default(null),
  referralCommissionPercent: percent.nullable().default(null),
  referralCommissionMonths: months.nullable().default(null),
  leadAttribution: text(2000).default(''),
  exclusive: decision,
  excludedParties: z.array(requiredText('A party', 200)).max(50).default([]),
  exclusivityMonths: months.nullable().default(null),
  logoUse: decision,
  logoUsePlaces: z.array(requiredText('A place', 100)).max(30).default([]),
  brandApprovalRequired: decision,
  terminationNoticeDays: z
    .number({ message: 'Enter a number of days' })
    .int('Use whole days')
    .min(0, 'The notice cannot be negative')
    .max(3650, 'At most 3650 days')
    .nullable()
    .default(null),
  dataShared: decision,
  dataSharingTerms: text(5000).default(''),
  ipOwnership: text(2000).default(''),
  exitPlan: text(5000).default(''),
});

export const agreementFields = agreementShape.superRefine((a, ctx) => {
  if (a.startDate && a.endDate && a.endDate < a.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'The end date is before the start date',
    });
  }
});
export type AgreementFields = z.input<typeof agreementFields>;

export const agreement = agreementShape.extend({
  partnerId: id,
  /** Null until the agreement is first saved. */
  updatedAt: z.string().nullable(),
});
export type Agreement = z.infer<typeof agreement>;

export const deliverableFields = z.object({
  side: z.enum(contactSides, { message: 'Pick a side' }),
  description: requiredText('Description', 500),
  dueDate: isoDate.nullable().default(null),
  status: z.enum(deliverableStatuses, { message: 'Pick a status' }).default('planned'),
});
export type DeliverableFields = z.input<typeof deliverableFields>;
export const deliverable = deliverableFields.extend({ id, partnerId: id });
export type Deliverable = z.infer<typeof deliverable>;

const openCounts = z.object({ ours: z.number().int(), theirs: z.number().int() });

export const agreementMethods = {
  'agreements.get': query(
    z.object({ partnerId: id }),
    agreement.extend({ deliverables: z.array(deliverable) }),
  ),
  'agreements.save': mutation(z.object({ partnerId: id, fields: agreementFields }), agreement),
  /** Every saved agreement with its open deliverables per side, for the dashboard and diagnostics. */
  'agreements.list': query(empty, z.array(agreement.extend({ openDeliverables: openCounts }))),
  'deliverables.create': mutation(deliverableFields.extend({ partnerId: id }), deliverable),
  'deliverables.update': mutation(z.object({ id, fields: deliverableFields }), deliverable),
  'deliverables.delete': mutation(byId, nothing),
} as const;
