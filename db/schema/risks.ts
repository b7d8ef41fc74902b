import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { partners } from './partners.ts';

/** M4: one row per risk; partner_id is null for a program-wide risk. */
export const risks = sqliteTable(
  'risks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    category: text('category').notNull(),
    likelihood: integer('likelihood').notNull(),
    impact: integer('impact').notNull(),
    treatment: text('treatment').notNull().default('mitigate'),
    mitigation: text('mitigation').notNull().default(''),
    contingency: text('contingency').notNull().default(''),
    owner: text('owner').notNull().default(''),
    status: text('status').notNull().default('open'),
    nextReviewDate: text('next_review_date'),
    residualLikelihood: integer('residual_likelihood'),
    residualImpact: integer('residual_impact'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('risks_partner_idx').on(t.partnerId),
    index('risks_review_idx').on(t.status, t.nextReviewDate),
    check('risks_likelihood_range', sql`${t.likelihood} BETWEEN 1 AND 5`),
    check('risks_impact_range', sql`${t.impact} BETWEEN 1 AND 5`),
    check(
      'risks_residual_range',
      sql`(${t.residualLikelihood} IS NULL AND ${t.residualImpact} IS NULL) OR (${t.residualLikelihood} BETWEEN 1 AND 5 AND ${t.residualImpact} BETWEEN 1 AND 5)`,
    ),
  ],
);
