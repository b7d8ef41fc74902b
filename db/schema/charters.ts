import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { partners } from './partners.ts';

/**
 * M5: the working draft of each charter. One per partnership (unique partner_id), plus one program
 * charter (partner_id null; SQLite treats NULLs as distinct, so the repository keeps it single).
 * Committee, RACI and escalation rows are JSON arrays, validated by the contract on every write.
 */
export const charters = sqliteTable(
  'charters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    strategicIntent: text('strategic_intent').notNull().default(''),
    scope: text('scope').notNull().default(''),
    successDefinition: text('success_definition').notNull().default(''),
    /** JSON array of committee members. */
    members: text('members').notNull().default('[]'),
    /** JSON array of RACI decision rows. */
    decisions: text('decisions').notNull().default('[]'),
    checkInCadence: text('check_in_cadence'),
    quarterlyReview: integer('quarterly_review', { mode: 'boolean' }).notNull().default(false),
    annualAudit: integer('annual_audit', { mode: 'boolean' }).notNull().default(false),
    cadenceNotes: text('cadence_notes').notNull().default(''),
    /** JSON array of escalation levels, in order. */
    escalation: text('escalation').notNull().default('[]'),
    conflictResolution: text('conflict_resolution').notNull().default(''),
    reportingProtocol: text('reporting_protocol').notNull().default(''),
    /** The number the draft gets when approved. */
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('charters_partner_unique').on(t.partnerId)],
);

/** Approved versions: frozen snapshots of a charter's content, never edited. */
export const charterVersions = sqliteTable(
  'charter_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    charterId: integer('charter_id')
      .notNull()
      .references(() => charters.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    approvedOn: text('approved_on').notNull(),
    approvedBy: text('approved_by').notNull(),
    /** JSON snapshot of the charter content as approved. */
    content: text('content').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('charter_versions_number_unique').on(t.charterId, t.version),
    index('charter_versions_charter_idx').on(t.charterId),
  ],
);
