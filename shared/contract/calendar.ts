import { z } from './zod.ts';
import { byId, id, isoDate, nothing, requiredText, text } from './common.ts';
import { mutation, query } from './define.ts';
import { activityCsvCheck, csvText, generatedFile } from './calendar-files.ts';
import { activityStatuses, type ActivityStatus } from '../domain/calendar-conflicts.ts';
import { percentSplitProblem } from '../domain/money.ts';

export { activityStatuses, type ActivityStatus };

export const activityKinds = [
  'joint_webinar',
  'co_branded_content',
  'bundle_offer',
  'cross_promotion',
  'event_sponsorship',
  'email',
  'social',
  'launch',
  'pr',
  'other',
] as const;
export type ActivityKind = (typeof activityKinds)[number];
export const activityKindLabels: Record<ActivityKind, string> = {
  joint_webinar: 'Joint webinar',
  co_branded_content: 'Co-branded content',
  bundle_offer: 'Bundle offer',
  cross_promotion: 'Cross-promotion',
  event_sponsorship: 'Event sponsorship',
  email: 'Email',
  social: 'Social',
  launch: 'Launch',
  pr: 'PR',
  other: 'Other',
};

export const activityStatusLabels: Record<ActivityStatus, string> = {
  planned: 'Planned',
  confirmed: 'Confirmed',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** The largest budget accepted: ten trillion minor units keeps every sum a safe integer. */
export const maxBudgetMinor = 10_000_000_000_000;

/** 'HH:MM'; an empty string means no time. */
const clockTime = z
  .string()
  .trim()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, 'Use a time like 09:30')
  .nullable()
  .default(null)
  .transform((v) => v || null);

export const splitParty = z.union([z.literal('ours'), id]);
export type SplitPartyValue = z.infer<typeof splitParty>;

export const budgetShare = z.object({
  party: splitParty,
  percent: z
    .number({ message: 'Enter a percentage' })
    .min(0, 'A share cannot be negative')
    .max(100, 'A share is at most 100 %'),
});
export type BudgetShare = z.infer<typeof budgetShare>;

const activityFieldsObject = z.object({
  title: requiredText('Title'),
  kind: z.enum(activityKinds, { message: 'Pick the kind of activity' }),
  partnerIds: z
    .array(id)
    .min(1, 'Pick at least one partner')
    .max(50, 'At most 50 partners per activity'),
  channel: text(120).default(''),
  audience: text(120).default(''),
  startDate: isoDate,
  /** Inclusive. */
  endDate: isoDate,
  startTime: clockTime,
  endTime: clockTime,
  owner: text(200).default(''),
  status: z.enum(activityStatuses, { message: 'Pick a status' }).default('planned'),
  budgetMinor: z
    .number({ message: 'Enter an amount' })
    .int('Use whole cents')
    .min(0, 'A budget cannot be negative')
    .max(maxBudgetMinor, 'That budget is too large')
    .default(0),
  /** Our organisation ('ours') and the partners; parties left out pay nothing. */
  splits: z
    .array(budgetShare)
    .max(51)
    .default([{ party: 'ours', percent: 100 }]),
  expectedLeads: z
    .number({ message: 'Enter a number' })
    .int('Use a whole number')
    .min(0, 'Expected leads cannot be negative')
    .max(100_000_000, 'That is more leads than anyone expects')
    .nullable()
    .default(null),
  notes: text(5000).default(''),
});

type RawFields = z.output<typeof activityFieldsObject>;

function checkActivity(fields: RawFields, ctx: z.RefinementCtx): void {
  if (fields.endDate < fields.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end is before the start' });
  }
  if (fields.endTime && !fields.startTime) {
    ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'Set a start time too' });
  }
  if (
    fields.startTime &&
    fields.endTime &&
    fields.startDate === fields.endDate &&
    fields.endTime <= fields.startTime
  ) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'End after the start time' });
  }
  if (new Set(fields.partnerIds).size !== fields.partnerIds.length) {
    ctx.addIssue({ code: 'custom', path: ['partnerIds'], message: 'Pick each partner once' });
  }
  const seen = new Set<string>();
  fields.splits.forEach((share, index) => {
    const key = String(share.party);
    if (share.party !== 'ours' && !fields.partnerIds.includes(share.party)) {
      ctx.addIssue({
        code: 'custom',
        path: ['splits', index, 'party'],
        message: 'Only partners of this activity can share its budget',
      });
    }
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['splits', index, 'party'],
        message: 'Each party appears once in the split',
      });
    }
    seen.add(key);
  });
  const problem = percentSplitProblem(fields.splits.map((s) => s.percent));
  if (problem) ctx.addIssue({ code: 'custom', path: ['splits'], message: `${problem}.` });
}

export const activityFields = activityFieldsObject.superRefine(checkActivity);
export type ActivityFields = z.input<typeof activityFields>;
export type ActivityFieldsParsed = z.output<typeof activityFields>;

export const activity = activityFieldsObject.extend({
  id,
  /** Empty when every partner of the activity has since been deleted. */
  partnerIds: z.array(id),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof activity>;

/** Which activities a list, an export or a partner tab covers. Every filter is optional. */
export const activityFilter = z.object({
  /** Activities that touch this range (inclusive) are included. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  partnerIds: z.array(id).max(500).default([]),
  kinds: z.array(z.enum(activityKinds)).max(activityKinds.length).default([]),
  statuses: z.array(z.enum(activityStatuses)).max(activityStatuses.length).default([]),
});
export type ActivityFilter = z.input<typeof activityFilter>;

const conflictBase = z.object({ activityIds: z.array(z.number().int()), message: z.string() });
export const calendarConflict = z.discriminatedUnion('kind', [
  conflictBase.extend({
    kind: z.literal('overlap'),
    channel: z.string(),
    audience: z.string(),
    startDate: z.string(),
    endDate: z.string(),
  }),
  conflictBase.extend({
    kind: z.literal('audience-overload'),
    audience: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    activityCount: z.number().int(),
    limit: z.number().int(),
  }),
  conflictBase.extend({
    kind: z.literal('budget-over-plan'),
    partnerId: z.number().int(),
    fiscalYear: z.number().int(),
    quarter: z.number().int(),
    plannedMinor: z.number().int(),
    spentMinor: z.number().int(),
    overByMinor: z.number().int(),
  }),
]);
export type CalendarConflictRecord = z.infer<typeof calendarConflict>;

export const fiscalQuarterNumber = z
  .number()
  .int()
  .min(1, 'Quarters are 1 to 4')
  .max(4, 'Quarters are 1 to 4');
const fiscalYearNumber = z
  .number({ message: 'Enter a fiscal year' })
  .int()
  .min(1900, 'Use a year like 2027')
  .max(2200, 'Use a year like 2027');

/** A partner's planned marketing budget for one fiscal quarter, with what activities already book. */
export const quarterBudget = z.object({
  partnerId: id,
  fiscalYear: z.number().int(),
  quarter: z.number().int(),
  /** Null when no plan is set for this quarter. */
  plannedMinor: z.number().int().nullable(),
  /** The partner's split share of the activities starting in this quarter (cancelled left out). */
  scheduledMinor: z.number().int(),
});
export type QuarterBudget = z.infer<typeof quarterBudget>;

export const setQuarterBudgetInput = z.object({
  partnerId: id,
  fiscalYear: fiscalYearNumber,
  quarter: fiscalQuarterNumber,
  /** Null removes the plan. */
  plannedMinor: z
    .number({ message: 'Enter an amount' })
    .int('Use whole cents')
    .min(0, 'A budget cannot be negative')
    .max(maxBudgetMinor, 'That budget is too large')
    .nullable(),
});

export * from './calendar-files.ts';

export const calendarMethods = {
  'calendar.list': query(activityFilter, z.array(activity)),
  'calendar.get': query(byId, activity),
  'calendar.create': mutation(activityFields, activity),
  'calendar.update': mutation(z.object({ id, fields: activityFields }), activity),
  /** Moves an activity to a new start date, keeping its length. */
  'calendar.move': mutation(z.object({ id, startDate: isoDate }), activity),
  'calendar.delete': mutation(byId, nothing),
  /** Every conflict of the whole calendar; with a range, those that touch it. */
  'calendar.conflicts': query(
    z.object({ from: isoDate.optional(), to: isoDate.optional() }),
    z.array(calendarConflict),
  ),
  'calendar.budgets': query(
    z.object({ partnerId: id.optional(), fiscalYear: fiscalYearNumber.optional() }),
    z.array(quarterBudget),
  ),
  'calendar.setBudget': mutation(setQuarterBudgetInput, nothing),
  'calendar.exportIcs': query(activityFilter, generatedFile),
  'calendar.exportCsv': query(activityFilter, generatedFile),
  /** Reads a CSV file of activities and reports every row error without writing anything. */
  'calendar.checkCsv': query(z.object({ csv: csvText }), activityCsvCheck),
  /**
   * Imports a CSV file in one transaction. With errors it writes nothing, unless
   * importValidRows is true: then the valid rows are imported and the others reported.
   */
  'calendar.importCsv': mutation(
    z.object({ csv: csvText, importValidRows: z.boolean().default(false) }),
    activityCsvCheck.extend({ imported: z.number().int() }),
  ),
} as const;
