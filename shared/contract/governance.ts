import { z } from './zod.ts';
import { id, isoDate } from './common.ts';
import { query } from './define.ts';
import { actionItem } from './meetings.ts';
import { risk } from './risks.ts';

/** An item someone flagged for the next steering meeting to decide. */
export const decisionRequest = z.object({
  source: z.enum(['action', 'question']),
  id,
  partnerId: id.nullable(),
  partnerName: z.string().nullable(),
  /** What the committee is asked to decide. */
  question: z.string(),
  /** The action's title or the question's context. */
  detail: z.string(),
  /** Who raised it or owns the action. */
  owner: z.string(),
  dueDate: z.string().nullable(),
  raisedOn: z.string(),
});
export type DecisionRequest = z.infer<typeof decisionRequest>;

export const overdueReport = z.object({
  today: z.string(),
  /** Open or in-progress actions whose due date has passed, oldest first. */
  actions: z.array(actionItem),
  /** Risks that are not closed and whose review date has passed, oldest first. */
  riskReviews: z.array(risk),
});
export type OverdueReport = z.infer<typeof overdueReport>;

const scope = {
  /** Absent: the whole program. Null: program-level records only. A number: one partnership. */
  partnerId: id.nullable().optional(),
};

export const governanceMethods = {
  /** Overdue actions and risk reviews, for the dashboard, the partner page and the pack. */
  'governance.overdue': query(z.object({ ...scope, today: isoDate.optional() }), overdueReport),
  /** Flagged actions and open questions, oldest first: the pack leads with these. */
  'governance.decisionsRequested': query(z.object(scope), z.array(decisionRequest)),
} as const;
