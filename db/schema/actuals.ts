import { sql, type SQL } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { partners } from './partners.ts';

const nonNegative = (column: AnySQLiteColumn): SQL => sql`${column} IS NULL OR ${column} >= 0`;

/**
 * A partner's recorded figures for one month (M10). A null column was not recorded, which is not
 * the same as 0: the scorecard leaves it out instead of scoring it as nothing. Money columns are
 * integer minor units of the workbook currency.
 */
export const actuals = sqliteTable(
  'actuals',
  {
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    leads: integer('leads'),
    qualifiedLeads: integer('qualified_leads'),
    deals: integer('deals'),
    attributedRevenue: integer('attributed_revenue'),
    influencedRevenue: integer('influenced_revenue'),
    spend: integer('spend'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.period] }),
    // Covers the program's monthly totals (dashboard, pack): a month's rows without the table.
    index('actuals_period_idx').on(
      t.period,
      t.leads,
      t.qualifiedLeads,
      t.deals,
      t.attributedRevenue,
    ),
    check('actuals_period', sql`${t.period} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`),
    check('actuals_leads_nonneg', nonNegative(t.leads)),
    check('actuals_qualified_nonneg', nonNegative(t.qualifiedLeads)),
    check('actuals_deals_nonneg', nonNegative(t.deals)),
    check('actuals_attributed_nonneg', nonNegative(t.attributedRevenue)),
    check('actuals_influenced_nonneg', nonNegative(t.influencedRevenue)),
    check('actuals_spend_nonneg', nonNegative(t.spend)),
  ],
);

/**
 * A scorecard criterion's actual typed for one partner and month (criteria whose source is
 * "manual", such as compliance or customer satisfaction). Keyed by the criterion's key, so a
 * renamed criterion keeps its history.
 */
export const scorecardInputs = sqliteTable(
  'scorecard_inputs',
  {
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    criterionKey: text('criterion_key').notNull(),
    value: real('value').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.period, t.criterionKey] }),
    index('scorecard_inputs_period_idx').on(t.period),
    check('scorecard_inputs_period', sql`${t.period} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`),
  ],
);
