import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { partners } from './partners.ts';

/** The joint marketing calendar is program-level: activities hang off the workbook. */
export const marketingActivities = sqliteTable(
  'marketing_activities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    channel: text('channel').notNull().default(''),
    audience: text('audience').notNull().default(''),
    startDate: text('start_date').notNull(),
    /** Inclusive. */
    endDate: text('end_date').notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    owner: text('owner').notNull().default(''),
    status: text('status').notNull().default('planned'),
    budgetMinor: integer('budget_minor').notNull().default(0),
    /** Our organisation's share of the budget; the partners' shares live on the join rows. */
    ourSharePercent: real('our_share_percent').notNull().default(100),
    expectedLeads: integer('expected_leads'),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    // With the status: each partner's last activity is read from the index alone.
    index('marketing_activities_start_idx').on(t.startDate, t.status),
    index('marketing_activities_end_idx').on(t.endDate),
    check('marketing_activities_dates', sql`${t.endDate} >= ${t.startDate}`),
    check('marketing_activities_budget_nonneg', sql`${t.budgetMinor} >= 0`),
    check(
      'marketing_activities_our_share',
      sql`${t.ourSharePercent} >= 0 AND ${t.ourSharePercent} <= 100`,
    ),
    check(
      'marketing_activities_leads_nonneg',
      sql`${t.expectedLeads} IS NULL OR ${t.expectedLeads} >= 0`,
    ),
  ],
);

export const marketingActivityPartners = sqliteTable(
  'marketing_activity_partners',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => marketingActivities.id, { onDelete: 'cascade' }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    /** Order of the partners as entered, so splits read back the way they were typed. */
    position: integer('position').notNull().default(0),
    sharePercent: real('share_percent').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.partnerId] }),
    index('marketing_activity_partners_partner_idx').on(t.partnerId),
    check(
      'marketing_activity_partners_share',
      sql`${t.sharePercent} >= 0 AND ${t.sharePercent} <= 100`,
    ),
  ],
);

/** A partner's planned marketing budget for one fiscal quarter. */
export const partnerQuarterBudgets = sqliteTable(
  'partner_quarter_budgets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    fiscalYear: integer('fiscal_year').notNull(),
    quarter: integer('quarter').notNull(),
    budgetMinor: integer('budget_minor').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('partner_quarter_budgets_unique').on(t.partnerId, t.fiscalYear, t.quarter),
    check('partner_quarter_budgets_quarter', sql`${t.quarter} BETWEEN 1 AND 4`),
    check('partner_quarter_budgets_nonneg', sql`${t.budgetMinor} >= 0`),
  ],
);
