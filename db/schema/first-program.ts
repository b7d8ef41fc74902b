import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { marketingActivities } from './calendar.ts';
import { decisions, meetings } from './meetings.ts';
import { partners } from './partners.ts';

/**
 * The founder's guided start (M16): one row per workbook. The records it makes (partners, fit,
 * agreement, meetings, the campaign) live in their own tables; this keeps the step and links.
 */
export const firstProgram = sqliteTable(
  'first_program',
  {
    id: integer('id').primaryKey(),
    step: text('step').notNull(),
    /** JSON array of the steps done, in checklist order. */
    completed: text('completed').notNull().default('[]'),
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    firstCallMeetingId: integer('first_call_meeting_id').references(() => meetings.id, {
      onDelete: 'set null',
    }),
    kickoffMeetingId: integer('kickoff_meeting_id').references(() => meetings.id, {
      onDelete: 'set null',
    }),
    campaignActivityId: integer('campaign_activity_id').references(() => marketingActivities.id, {
      onDelete: 'set null',
    }),
    reviewMeetingId: integer('review_meeting_id').references(() => meetings.id, {
      onDelete: 'set null',
    }),
    decisionId: integer('decision_id').references(() => decisions.id, { onDelete: 'set null' }),
    legalReview: text('legal_review'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('first_program_single_row', sql`${t.id} = 1`)],
);
