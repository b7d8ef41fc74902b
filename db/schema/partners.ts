import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const partners = sqliteTable(
  'partners',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    type: text('type').notNull(),
    stage: text('stage').notNull(),
    maturity: text('maturity').notNull().default('exploratory'),
    tier: text('tier').notNull().default(''),
    segment: text('segment').notNull().default(''),
    region: text('region').notNull().default(''),
    website: text('website').notNull().default(''),
    audienceSize: integer('audience_size'),
    ownerOurs: text('owner_ours').notNull().default(''),
    ownerTheirs: text('owner_theirs').notNull().default(''),
    goalOurs: text('goal_ours').notNull().default(''),
    goalTheirs: text('goal_theirs').notNull().default(''),
    /** JSON array of strings. */
    tags: text('tags').notNull().default('[]'),
    notes: text('notes').notNull().default(''),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('partners_name_idx').on(t.name),
    index('partners_stage_idx').on(t.stage),
    check('partners_audience_nonneg', sql`${t.audienceSize} IS NULL OR ${t.audienceSize} >= 0`),
  ],
);

export const partnerContacts = sqliteTable(
  'partner_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    side: text('side').notNull().default('theirs'),
  },
  (t) => [index('partner_contacts_partner_idx').on(t.partnerId)],
);
