import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { createInsertSchema } from 'drizzle-zod';
import { z } from '../../shared/contract/zod.ts';
import * as schema from '../schema/index.ts';

/** The whole-workbook JSON format. Bump when the envelope (not the tables) changes shape. */
export const JSON_FORMAT = 'partnership-workbook';
export const JSON_FORMAT_VERSION = 1;

export interface ExchangeTable {
  /** The SQL name, used as the key in the file. */
  name: string;
  table: SQLiteTable;
  /** Columns stored as bytes in SQLite and as base64 text in the file. */
  blobColumns: string[];
  row: z.ZodType;
}

/** Every table of the schema, parents before children, so an import can insert in this order. */
export function exchangeTables(): ExchangeTable[] {
  const tables = (Object.values(schema) as unknown[]).filter(
    (t): t is SQLiteTable => t instanceof SQLiteTable,
  );
  const byName = new Map(tables.map((t) => [getTableConfig(t).name, t]));
  const ordered: SQLiteTable[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    const table = byName.get(name);
    if (!table || ordered.includes(table) || visiting.has(name)) return;
    visiting.add(name);
    for (const fk of getTableConfig(table).foreignKeys)
      visit(getTableConfig(fk.reference().foreignTable).name);
    ordered.push(table);
  };
  [...byName.keys()].sort().forEach(visit);

  return ordered.map((table) => {
    const config = getTableConfig(table);
    const blobColumns = config.columns
      .filter((c) => c.columnType.includes('Blob'))
      .map((c) => c.name);
    const blobOverrides = Object.fromEntries(
      Object.entries(table)
        .filter(([, column]) => blobColumns.includes((column as { name?: string }).name ?? ''))
        .map(([key]) => [
          key,
          z
            .string()
            .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected base64 text')
            .nullable()
            .optional(),
        ]),
    );
    const row = createInsertSchema(table, blobOverrides).strict();
    return { name: config.name, table, blobColumns, row };
  });
}

/** The zod schema of a whole export; its JSON Schema is committed as docs/workbook-export.schema.json. */
export function exportSchema() {
  const tables = exchangeTables();
  return z
    .object({
      format: z.literal(JSON_FORMAT),
      formatVersion: z.literal(JSON_FORMAT_VERSION),
      /** The number of database migrations the exporting app knew. */
      schemaVersion: z.number().int().min(1),
      generator: z.string(),
      tables: z.object(Object.fromEntries(tables.map((t) => [t.name, z.array(t.row)]))).partial(),
    })
    .strict();
}
