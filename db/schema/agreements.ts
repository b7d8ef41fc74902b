import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { partners } from './partners.ts';

/** One agreement per partner (M3). Undecided yes/no terms are NULL; lists are JSON arrays. */
export const agreements = sqliteTable(
  'agreements',
  {
    partnerId: integer('partner_id')
      .primaryKey()
      .references(() => partners.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('none'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    scope: text('scope').notNull().default(''),
    revenueModel: text('revenue_model'),
    revenueSharePercent: real('revenue_share_percent'),
    referralCommissionPercent: real('referral_commission_percent'),
    referralCommissionMonths: integer('referral_commission_months'),
    leadAttribution: text('lead_attribution').notNull().default(''),
    exclusive: integer('exclusive', { mode: 'boolean' }),
    excludedParties: text('excluded_parties').notNull().default('[]'),
    exclusivityMonths: integer('exclusivity_months'),
    logoUse: integer('logo_use', { mode: 'boolean' }),
    logoUsePlaces: text('logo_use_places').notNull().default('[]'),
    brandApprovalRequired: integer('brand_approval_required', { mode: 'boolean' }),
    terminationNoticeDays: integer('termination_notice_days'),
    dataShared: integer('data_shared', { mode: 'boolean' }),
    dataSharingTerms: text('data_sharing_terms').notNull().default(''),
    ipOwnership: text('ip_ownership').notNull().default(''),
    exitPlan: text('exit_plan').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('agreements_status_idx').on(t.status),
    check(
      'agreements_dates',
      sql`${t.endDate} IS NULL OR ${t.startDate} IS NULL OR ${t.endDate} >= ${t.startDate}`,
    ),
    check(
      'agreements_percents',
      sql`(${t.revenueSharePercent} IS NULL OR ${t.revenueSharePercent} BETWEEN 0 AND 100) AND (${t.referralCommissionPercent} IS NULL OR ${t.referralCommissionPercent} BETWEEN 0 AND 100)`,
    ),
    check(
      'agreements_notice',
      sql`${t.terminationNoticeDays} IS NULL OR ${t.terminationNoticeDays} >= 0`,
    ),
  ],
);

/** What each side owes under the agreement. */
export const agreementDeliverables = sqliteTable(
  'agreement_deliverables',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    side: text('side').notNull(),
    description: text('description').notNull(),
    dueDate: text('due_date'),
    status: text('status').notNull().default('planned'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('agreement_deliverables_partner_idx').on(t.partnerId),
    check('agreement_deliverables_side', sql`${t.side} IN ('ours', 'theirs')`),
  ],
);
