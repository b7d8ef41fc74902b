import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { partners } from './partners.ts';

/** One fit assessment per partner (M2); its scores and red flags hang off it. */
export const fitAssessments = sqliteTable('fit_assessments', {
  partnerId: integer('partner_id')
    .primaryKey()
    .references(() => partners.id, { onDelete: 'cascade' }),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** A criterion row exists once it has a score or a note; a missing row means not scored. */
export const fitScores = sqliteTable(
  'fit_scores',
  {
    partnerId: integer('partner_id')
      .notNull()
      .references(() => fitAssessments.partnerId, { onDelete: 'cascade' }),
    criterion: text('criterion').notNull(),
    score: integer('score'),
    note: text('note').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.criterion] }),
    check('fit_scores_range', sql`${t.score} IS NULL OR ${t.score} BETWEEN 1 AND 5`),
  ],
);

export const fitRedFlags = sqliteTable(
  'fit_red_flags',
  {
    partnerId: integer('partner_id')
      .notNull()
      .references(() => fitAssessments.partnerId, { onDelete: 'cascade' }),
    flag: text('flag').notNull(),
    raised: integer('raised', { mode: 'boolean' }).notNull().default(false),
    note: text('note').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.flag] }),
    index('fit_red_flags_raised_idx').on(t.flag, t.raised),
  ],
);
