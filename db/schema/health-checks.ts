import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { partners } from './partners.ts';

/**
 * M12 bilateral health check: both sides rate the partnership on the seven pillars of source 000.
 * Each check is kept, so repeated checks form the partnership's history.
 */
export const healthChecks = sqliteTable(
  'health_checks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    ourRespondent: text('our_respondent').notNull().default(''),
    theirRespondent: text('their_respondent').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('health_checks_partner_idx').on(t.partnerId, t.date)],
);

/** One side's score of one pillar; a pillar a side did not rate has no row. */
export const healthCheckRatings = sqliteTable(
  'health_check_ratings',
  {
    checkId: integer('check_id')
      .notNull()
      .references(() => healthChecks.id, { onDelete: 'cascade' }),
    side: text('side').notNull(),
    pillar: text('pillar').notNull(),
    score: integer('score').notNull(),
    rationale: text('rationale').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.checkId, t.side, t.pillar] }),
    check('health_check_ratings_side', sql`${t.side} IN ('ours', 'theirs')`),
    check('health_check_ratings_score', sql`${t.score} BETWEEN 1 AND 5`),
    check(
      'health_check_ratings_pillar',
      sql`${t.pillar} IN ('purpose', 'governance', 'culture', 'incentives', 'knowledge', 'technology', 'resilience')`,
    ),
  ],
);
