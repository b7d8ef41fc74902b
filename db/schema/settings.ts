import { sql } from 'drizzle-orm';
import { blob, check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Exactly one row (id = 1): the workbook's own settings. */
export const workbookSettings = sqliteTable(
  'workbook_settings',
  {
    id: integer('id').primaryKey(),
    workbookId: text('workbook_id').notNull(),
    orgName: text('org_name').notNull(),
    clientName: text('client_name').notNull(),
    programName: text('program_name').notNull().default(''),
    currency: text('currency').notNull().default('EUR'),
    fiscalYearStartMonth: integer('fiscal_year_start_month').notNull().default(1),
    confidentiality: text('confidentiality').notNull().default(''),
    audienceSize: integer('audience_size').notNull().default(0),
    logo: blob('logo', { mode: 'buffer' }),
    logoMimeType: text('logo_mime_type'),
    /** JSON of the module parameters; validated by the contract's moduleParams on read. */
    params: text('params').notNull().default('{}'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check('settings_single_row', sql`${t.id} = 1`),
    check('settings_fiscal_month', sql`${t.fiscalYearStartMonth} BETWEEN 1 AND 12`),
  ],
);
