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

/** One shared value proposition canvas per partnership (M8), created on its first edit. */
export const valueCanvases = sqliteTable(
  'value_canvases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    customerSegment: text('customer_segment').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('value_canvases_partner_idx').on(t.partnerId)],
);

export const valueCanvasItems = sqliteTable(
  'value_canvas_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    canvasId: integer('canvas_id')
      .notNull()
      .references(() => valueCanvases.id, { onDelete: 'cascade' }),
    zone: text('zone').notNull(),
    text: text('text').notNull(),
    /** 1..n within (canvas, zone); for jobs, pains and gains the importance rank. */
    rank: integer('rank').notNull(),
    /** 'ours' or 'theirs' for products and services; null elsewhere. */
    side: text('side'),
    /** 'functional', 'social' or 'emotional' for customer jobs; null elsewhere. */
    jobKind: text('job_kind'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('value_canvas_items_canvas_idx').on(t.canvasId, t.zone, t.rank),
    check(
      'value_canvas_items_zone',
      sql`${t.zone} IN ('job', 'gain', 'pain', 'product', 'gain_creator', 'pain_reliever')`,
    ),
    check('value_canvas_items_rank', sql`${t.rank} >= 1`),
  ],
);

/** A pain reliever → pain or gain creator → gain link; the repository checks the pairing. */
export const valueCanvasLinks = sqliteTable(
  'value_canvas_links',
  {
    fromItemId: integer('from_item_id')
      .notNull()
      .references(() => valueCanvasItems.id, { onDelete: 'cascade' }),
    toItemId: integer('to_item_id')
      .notNull()
      .references(() => valueCanvasItems.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.fromItemId, t.toItemId] }),
    index('value_canvas_links_to_idx').on(t.toItemId),
  ],
);

/** The program's ecosystem map (M9): nodes with their position on the map. */
export const ecosystemNodes = sqliteTable(
  'ecosystem_nodes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    label: text('label').notNull().default(''),
    /** A partner appears on the map at most once; deleting the partner keeps its node, unlinked. */
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    x: real('x').notNull().default(0),
    y: real('y').notNull().default(0),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('ecosystem_nodes_partner_idx').on(t.partnerId)],
);

export const ecosystemEdges = sqliteTable(
  'ecosystem_edges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => ecosystemNodes.id, { onDelete: 'cascade' }),
    targetId: integer('target_id')
      .notNull()
      .references(() => ecosystemNodes.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    strength: integer('strength').notNull().default(3),
    label: text('label').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('ecosystem_edges_source_idx').on(t.sourceId),
    index('ecosystem_edges_target_idx').on(t.targetId),
    check('ecosystem_edges_strength', sql`${t.strength} BETWEEN 1 AND 5`),
    check('ecosystem_edges_ends', sql`${t.sourceId} <> ${t.targetId}`),
  ],
);
