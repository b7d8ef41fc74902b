import { z } from './zod.ts';
import { byId, id, isoDate, nothing, requiredText, text } from './common.ts';
import { mutation, query } from './define.ts';
import { meetingKinds } from '../domain/meeting-agendas.ts';
import { decisionKinds } from '../domain/diagnostics-facts.ts';

export {
  meetingKindLabels,
  meetingKinds,
  meetingKindShortLabels,
  type MeetingKind,
} from '../domain/meeting-agendas.ts';
export { decisionKinds, type DecisionKind } from '../domain/diagnostics-facts.ts';

export const decisionKindLabels: Record<(typeof decisionKinds)[number], string> = {
  renew: 'Renew',
  adjust: 'Adjust',
  expand: 'Expand',
  exit: 'Exit',
  other: 'Other',
};

export const actionStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const questionStatuses = ['open', 'resolved'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];
export const questionStatusLabels: Record<QuestionStatus, string> = {
  open: 'Open',
  resolved: 'Resolved',
};

/** Absent: everything. Null: program-level records only. A number: that partner's records. */
const partnerScope = id.nullable().optional();

// ---- meetings

export const meetingFields = z.object({
  partnerId: id.nullable().default(null),
  kind: z.enum(meetingKinds, { message: 'Pick a kind of meeting' }),
  title: text(200).default(''),
  date: isoDate,
  attendees: z.array(requiredText('Attendee', 200)).max(60, 'At most 60 attendees').default([]),
  /** Left out on create: the template agenda for the kind is filled in. */
  agenda: text(20000).optional(),
  notes: text(50000).default(''),
});
export type MeetingFields = z.input<typeof meetingFields>;

export const meeting = z.object({
  id,
  partnerId: id.nullable(),
  partnerName: z.string().nullable(),
  kind: z.enum(meetingKinds),
  title: z.string(),
  date: z.string(),
  attendees: z.array(z.string()),
  agenda: z.string(),
  notes: z.string(),
  actionCount: z.number().int(),
  openActionCount: z.number().int(),
  decisionCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meeting>;

// ---- action items

/** Runs even when other fields are invalid, so every problem shows at once. */
const questionCheckable = {
  when: (payload: { value: unknown }) =>
    z.object({ forDecision: z.boolean(), decisionQuestion: z.string() }).safeParse(payload.value)
      .success,
};

export const actionFields = z
  .object({
    partnerId: id.nullable().default(null),
    meetingId: id.nullable().default(null),
    title: requiredText('Action', 300),
    owner: text(200).default(''),
    dueDate: isoDate.nullable().default(null),
    status: z.enum(actionStatuses, { message: 'Pick a status' }).default('open'),
    /** Raised for a decision at the next steering meeting. */
    forDecision: z.boolean().default(false),
    decisionQuestion: text(1000).default(''),
  })
  .superRefine((action, ctx) => {
    if (action.forDecision && action.decisionQuestion === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['decisionQuestion'],
        message: 'Write the question the committee should decide',
      });
    }
  }, questionCheckable);
export type ActionFields = z.input<typeof actionFields>;

export const actionItem = z.object({
  id,
  partnerId: id.nullable(),
  partnerName: z.string().nullable(),
  meetingId: id.nullable(),
  /** "QBR · 2026-03-31", for showing where the action was agreed. */
  meetingLabel: z.string().nullable(),
  title: z.string(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  status: z.enum(actionStatuses),
  forDecision: z.boolean(),
  decisionQuestion: z.string(),
  /** Open or in progress with a due date before `today`. */
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionItem = z.infer<typeof actionItem>;

// ---- decisions

export const decisionFields = z.object({
  partnerId: id.nullable().default(null),
  meetingId: id.nullable().default(null),
  decision: requiredText('Decision', 1000),
  kind: z.enum(decisionKinds, { message: 'Pick a kind of decision' }),
  date: isoDate,
  decidedBy: requiredText('Decided by'),
  rationale: text(8000).default(''),
});
export type DecisionFields = z.input<typeof decisionFields>;

export const decisionRecord = z.object({
  id,
  partnerId: id.nullable(),
  partnerName: z.string().nullable(),
  meetingId: id.nullable(),
  meetingLabel: z.string().nullable(),
  decision: z.string(),
  kind: z.enum(decisionKinds),
  date: z.string(),
  decidedBy: z.string(),
  rationale: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DecisionRecord = z.infer<typeof decisionRecord>;

/** A decision can answer an item that was flagged for decision; that clears the flag. */
export const decisionRequestRef = z.object({
  source: z.enum(['action', 'question']),
  id,
});
export type DecisionRequestRef = z.infer<typeof decisionRequestRef>;

// ---- open questions

export const questionFields = z.object({
  partnerId: id.nullable().default(null),
  meetingId: id.nullable().default(null),
  question: requiredText('Question', 1000),
  context: text(4000).default(''),
  raisedBy: text(200).default(''),
  forDecision: z.boolean().default(false),
  status: z.enum(questionStatuses, { message: 'Pick a status' }).default('open'),
  answer: text(4000).default(''),
});
export type QuestionFields = z.input<typeof questionFields>;

export const openQuestion = z.object({
  id,
  partnerId: id.nullable(),
  partnerName: z.string().nullable(),
  meetingId: id.nullable(),
  question: z.string(),
  context: z.string(),
  raisedBy: z.string(),
  forDecision: z.boolean(),
  status: z.enum(questionStatuses),
  answer: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OpenQuestion = z.infer<typeof openQuestion>;

export const meetingDetail = meeting.extend({
  actions: z.array(actionItem),
  decisions: z.array(decisionRecord),
  questions: z.array(openQuestion),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;

const scopedList = z.object({ partnerId: partnerScope });
const todayInput = { today: isoDate.optional() };

export const meetingMethods = {
  'meetings.list': query(scopedList, z.array(meeting)),
  'meetings.get': query(byId.extend(todayInput), meetingDetail),
  'meetings.create': mutation(meetingFields, meeting),
  'meetings.update': mutation(z.object({ id, fields: meetingFields }), meeting),
  /** Actions, decisions and questions of the meeting are kept, without the link. */
  'meetings.delete': mutation(byId, nothing),

  'actions.list': query(
    scopedList.extend({ meetingId: id.optional(), ...todayInput }),
    z.array(actionItem),
  ),
  'actions.create': mutation(actionFields, actionItem),
  'actions.update': mutation(z.object({ id, fields: actionFields }), actionItem),
  'actions.setStatus': mutation(
    z.object({ id, status: z.enum(actionStatuses, { message: 'Pick a status' }) }),
    actionItem,
  ),
  'actions.delete': mutation(byId, nothing),

  'decisions.list': query(scopedList, z.array(decisionRecord)),
  'decisions.create': mutation(
    decisionFields.extend({ resolves: decisionRequestRef.nullable().default(null) }),
    decisionRecord,
  ),
  'decisions.update': mutation(z.object({ id, fields: decisionFields }), decisionRecord),
  'decisions.delete': mutation(byId, nothing),

  'questions.list': query(scopedList, z.array(openQuestion)),
  'questions.create': mutation(questionFields, openQuestion),
  'questions.update': mutation(z.object({ id, fields: questionFields }), openQuestion),
  'questions.delete': mutation(byId, nothing),
} as const;
