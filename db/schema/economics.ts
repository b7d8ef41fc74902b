import { sql, type SQL } from 'drizzle-orm';
import {
  check,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { partners } from './partners.ts';

const percent = (column: AnySQLiteColumn): SQL => sql`(${column} BETWEEN 0 AND 100)`;
const nonNegative = (column: AnySQLiteColumn): SQL => sql`${column} IS NULL OR ${column} >= 0`;

/**
 * M13: one partner's revenue-share terms. Tiers and bonuses are JSON arrays validated by the
 * contract on every write; money is integer minor units, rates are percentages.
 */
export const revenueShareTerms = sqliteTable(
  'revenue_share_terms',
  {
    partnerId: integer('partner_id')
      .primaryKey()
      .references(() => partners.id, { onDelete: 'cascade' }),
    tiers: text('tiers').notNull(),
    bonuses: text('bonuses').notNull().default('[]'),
    floor: integer('floor'),
    cap: integer('cap'),
    expensePercent: real('expense_percent').notNull().default(0),
    fixedExpenses: integer('fixed_expenses').notNull().default(0),
    referralEnabled: integer('referral_enabled', { mode: 'boolean' }).notNull().default(false),
    referralPercent: real('referral_percent').notNull().default(20),
    referralMonths: integer('referral_months').notNull().default(12),
    referralMonthlyRevenue: integer('referral_monthly_revenue').notNull().default(0),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check(
      'revenue_share_terms_percents',
      sql`${percent(t.expensePercent)} AND ${percent(t.referralPercent)}`,
    ),
    check(
      'revenue_share_terms_floor_cap',
      sql`${t.floor} IS NULL OR ${t.cap} IS NULL OR ${t.floor} <= ${t.cap}`,
    ),
    check(
      'revenue_share_terms_money',
      sql`(${nonNegative(t.floor)}) AND (${nonNegative(t.cap)}) AND ${t.fixedExpenses} >= 0 AND ${t.referralMonthlyRevenue} >= 0`,
    ),
    check('revenue_share_terms_months', sql`${t.referralMonths} BETWEEN 1 AND 120`),
  ],
);

/**
 * Funnel forecast inputs: one per partner, plus the program's own (partner_id null). NULLs are
 * distinct in a UNIQUE index, so the program row has a partial unique index of its own.
 */
export const forecasts = sqliteTable(
  'forecasts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    startPeriod: text('start_period').notNull(),
    months: integer('months').notNull(),
    baseLeadsPerMonth: real('base_leads_per_month').notNull(),
    rampShape: text('ramp_shape').notNull().default('none'),
    rampMonths: integer('ramp_months').notNull().default(0),
    monthlyGrowthPercent: real('monthly_growth_percent').notNull().default(0),
    /** JSON array of twelve factors, January first. */
    seasonality: text('seasonality').notNull(),
    qualificationPercent: real('qualification_percent').notNull(),
    closePercent: real('close_percent').notNull(),
    dealValue: integer('deal_value').notNull(),
    recurringEnabled: integer('recurring_enabled', { mode: 'boolean' }).notNull().default(false),
    mrrPerCustomer: integer('mrr_per_customer').notNull().default(0),
    monthlyChurnPercent: real('monthly_churn_percent').notNull().default(0),
    startingCustomers: real('starting_customers').notNull().default(0),
    /** JSON object: per uncertain input, null or { kind, low, high }. */
    uncertainty: text('uncertainty').notNull().default('{}'),
    trials: integer('trials').notNull().default(10000),
    seed: integer('seed').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('forecasts_partner_unique').on(t.partnerId),
    uniqueIndex('forecasts_program_unique')
      .on(sql`(${t.partnerId} IS NULL)`)
      .where(sql`${t.partnerId} IS NULL`),
    check('forecasts_months', sql`${t.months} BETWEEN 12 AND 36`),
    check('forecasts_start', sql`${t.startPeriod} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`),
    check('forecasts_ramp', sql`${t.rampShape} IN ('none', 'linear', 's_curve')`),
    check(
      'forecasts_percents',
      sql`${percent(t.qualificationPercent)} AND ${percent(t.closePercent)} AND ${percent(t.monthlyChurnPercent)}`,
    ),
    check(
      'forecasts_amounts',
      sql`${t.baseLeadsPerMonth} >= 0 AND ${t.dealValue} >= 0 AND ${t.mrrPerCustomer} >= 0 AND ${t.startingCustomers} >= 0`,
    ),
    check('forecasts_trials', sql`${t.trials} BETWEEN 100 AND 100000`),
  ],
);

/** The workbook's scenario multipliers, one row per scenario; missing rows use the defaults. */
export const forecastScenarios = sqliteTable(
  'forecast_scenarios',
  {
    name: text('name').primaryKey(),
    leads: real('leads').notNull(),
    conversion: real('conversion').notNull(),
    value: real('value').notNull(),
    churn: real('churn').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check('forecast_scenarios_name', sql`${t.name} IN ('conservative', 'base', 'optimistic')`),
    check(
      'forecast_scenarios_multipliers',
      sql`${t.leads} >= 0 AND ${t.conversion} >= 0 AND ${t.value} >= 0 AND ${t.churn} >= 0`,
    ),
  ],
);

/** Unit-economics assumptions per partner and for the program (partner_id null). */
export const unitEconomics = sqliteTable(
  'unit_economics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    grossMarginPercent: real('gross_margin_percent').notNull().default(70),
    monthlyChurnPercent: real('monthly_churn_percent').notNull().default(2),
    monthlyRevenuePerCustomer: integer('monthly_revenue_per_customer'),
    spendOverride: integer('spend_override'),
    newCustomersOverride: integer('new_customers_override'),
    revenueOverride: integer('revenue_override'),
    paidCac: integer('paid_cac'),
    influenceWeightPercent: real('influence_weight_percent').notNull().default(50),
    buildInHouseCost: integer('build_in_house_cost'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('unit_economics_partner_unique').on(t.partnerId),
    uniqueIndex('unit_economics_program_unique')
      .on(sql`(${t.partnerId} IS NULL)`)
      .where(sql`${t.partnerId} IS NULL`),
    check(
      'unit_economics_percents',
      sql`${percent(t.grossMarginPercent)} AND ${percent(t.monthlyChurnPercent)} AND ${percent(t.influenceWeightPercent)}`,
    ),
    check(
      'unit_economics_money',
      sql`(${nonNegative(t.monthlyRevenuePerCustomer)}) AND (${nonNegative(t.spendOverride)}) AND (${nonNegative(t.newCustomersOverride)}) AND (${nonNegative(t.revenueOverride)}) AND (${nonNegative(t.paidCac)}) AND (${nonNegative(t.buildInHouseCost)})`,
    ),
  ],
);
