import { sql, type SQL } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { partners } from './partners.ts';

const isMonth = (column: AnySQLiteColumn): SQL =>
  sql`${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`;

/**
 * The KPI hierarchy (M10): strategic → tactical → operational through parent_id. Deleting a KPI
 * deletes the KPIs under it; a KPI linked to a partner goes with the partner.
 */
export const kpis = sqliteTable(
  'kpis',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => kpis.id, {
      onDelete: 'cascade',
    }),
    name: text('name').notNull(),
    level: text('level').notNull(),
    category: text('category').notNull(),
    direction: text('direction').notNull().default('higher'),
    unit: text('unit').notNull().default(''),
    description: text('description').notNull().default(''),
    defaultTarget: real('default_target'),
    weight: real('weight').notNull().default(1),
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('kpis_parent_idx').on(t.parentId),
    index('kpis_partner_idx').on(t.partnerId),
    check('kpis_level', sql`${t.level} IN ('strategic', 'tactical', 'operational')`),
    check(
      'kpis_category',
      sql`${t.category} IN ('reach', 'engagement', 'leads_conversion', 'revenue', 'operational')`,
    ),
    check('kpis_direction', sql`${t.direction} IN ('higher', 'lower')`),
    check('kpis_weight_nonneg', sql`${t.weight} >= 0`),
    check('kpis_not_own_parent', sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
  ],
);

/** A month's own target, replacing the KPI's default target for that month. */
export const kpiTargets = sqliteTable(
  'kpi_targets',
  {
    kpiId: integer('kpi_id')
      .notNull()
      .references(() => kpis.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    target: real('target').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kpiId, t.period] }),
    check('kpi_targets_period', isMonth(t.period)),
  ],
);

/** A KPI's figure for a month: per partner, or program-wide when partner_id is null. */
export const kpiValues = sqliteTable(
  'kpi_values',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kpiId: integer('kpi_id')
      .notNull()
      .references(() => kpis.id, { onDelete: 'cascade' }),
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    value: real('value').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    // NULLs are distinct in a UNIQUE index, so program-wide figures get their own partial index.
    uniqueIndex('kpi_values_partner_unique')
      .on(t.kpiId, t.partnerId, t.period)
      .where(sql`${t.partnerId} IS NOT NULL`),
    uniqueIndex('kpi_values_program_unique')
      .on(t.kpiId, t.period)
      .where(sql`${t.partnerId} IS NULL`),
    index('kpi_values_period_idx').on(t.period),
    index('kpi_values_partner_idx').on(t.partnerId),
    check('kpi_values_period', isMonth(t.period)),
  ],
);
