import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { partners } from './partners.ts';

/** M6 meetings; partner_id null for program-level meetings (e.g. the program steering committee). */
export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull().default(''),
    date: text('date').notNull(),
    /** JSON array of names. */
    attendees: text('attendees').notNull().default('[]'),
    agenda: text('agenda').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('meetings_partner_idx').on(t.partnerId), index('meetings_date_idx').on(t.date)],
);

/** Commitments; the meeting link is cleared when a meeting is deleted, the action stays. */
export const actionItems = sqliteTable(
  'action_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    owner: text('owner').notNull().default(''),
    dueDate: text('due_date'),
    status: text('status').notNull().default('open'),
    forDecision: integer('for_decision', { mode: 'boolean' }).notNull().default(false),
    decisionQuestion: text('decision_question').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('action_items_partner_idx').on(t.partnerId),
    index('action_items_meeting_idx').on(t.meetingId),
    index('action_items_due_idx').on(t.status, t.dueDate),
  ],
);

export const decisions = sqliteTable(
  'decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    decision: text('decision').notNull(),
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    decidedBy: text('decided_by').notNull(),
    rationale: text('rationale').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('decisions_partner_idx').on(t.partnerId),
    index('decisions_meeting_idx').on(t.meetingId),
    index('decisions_date_idx').on(t.date),
  ],
);

export const openQuestions = sqliteTable(
  'open_questions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    question: text('question').notNull(),
    context: text('context').notNull().default(''),
    raisedBy: text('raised_by').notNull().default(''),
    forDecision: integer('for_decision', { mode: 'boolean' }).notNull().default(false),
    status: text('status').notNull().default('open'),
    answer: text('answer').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('open_questions_partner_idx').on(t.partnerId),
    index('open_questions_meeting_idx').on(t.meetingId),
  ],
);
