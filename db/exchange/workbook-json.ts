import { asc, getTableColumns } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { rmSync } from 'node:fs';
import { AppError } from '../../shared/contract/index.ts';
import {
  createWorkbook,
  type OpenOptions,
  type WorkbookConnection,
  type WorkbookDb,
} from '../open.ts';
import { exchangeTables, exportSchema, JSON_FORMAT, JSON_FORMAT_VERSION } from './json-format.ts';

export interface WorkbookJson {
  format: typeof JSON_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  generator: string;
  tables: Record<string, Record<string, unknown>[]>;
}

/** Every row of every table, in primary-key order, blobs as base64: stable, so exports diff cleanly. */
export function exportWorkbookJson(
  db: WorkbookDb,
  schemaVersion: number,
  generator: string,
): WorkbookJson {
  const tables: WorkbookJson['tables'] = {};
  for (const { name, table, blobColumns } of exchangeTables()) {
    const columns = getTableColumns(table);
    const keys = Object.values(columns).filter((c) => c.primary);
    const order = keys.length > 0 ? keys : (getTableConfig(table).primaryKeys[0]?.columns ?? []);
    const rows = db
      .select()
      .from(table)
      .orderBy(...order.map((c) => asc(c)))
      .all() as Record<string, unknown>[];
    tables[name] = rows.map((row) => {
      if (blobColumns.length === 0) return row;
      const copy = { ...row };
      for (const [key, column] of Object.entries(columns)) {
        if (blobColumns.includes(column.name) && copy[key] instanceof Uint8Array) {
          copy[key] = Buffer.from(copy[key]).toString('base64');
        }
      }
      return copy;
    });
  }
  return {
    format: JSON_FORMAT,
    formatVersion: JSON_FORMAT_VERSION,
    schemaVersion,
    generator,
    tables,
  };
}

const MAX_REPORTED = 50;

/**
 * Validates a whole file first (every problem with its JSON path), and only then writes it, in one
 * transaction, into a NEW workbook file; a failure removes the half-made file.
 */
export async function importWorkbookJson(
  jsonText: string,
  path: string,
  options: OpenOptions,
): Promise<WorkbookConnection> {
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(jsonText);
  } catch (error) {
    throw new AppError('invalid_input', `The file is not valid JSON: ${(error as Error).message}`);
  }
  const head = parsedJson as { format?: unknown; schemaVersion?: unknown };
  if (head?.format !== JSON_FORMAT) {
    throw new AppError('invalid_input', 'This JSON file is not a Partnership Workbook export.');
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > options.appSchemaVersion) {
    throw new AppError(
      'invalid_input',
      `This export comes from a newer version of Partnership Workbook (format ${head.schemaVersion}; this app reads up to ${options.appSchemaVersion}). Update the app to import it.`,
    );
  }
  const checked = exportSchema().safeParse(parsedJson);
  if (!checked.success) {
    const fields: Record<string, string> = {};
    for (const issue of checked.error.issues.slice(0, MAX_REPORTED)) {
      fields[jsonPath(issue.path)] = issue.message;
    }
    const [firstPath, firstMessage] = Object.entries(fields)[0] ?? ['$', 'invalid'];
    throw new AppError(
      'invalid_input',
      `The file has ${checked.error.issues.length} problem(s). First, at ${firstPath}: ${firstMessage}`,
      fields,
    );
  }

  const connection = await createWorkbook(path, {
    ...options,
    orgName: 'import',
    clientName: 'import',
    currency: 'EUR',
  });
  try {
    const { sqlite, db } = connection;
    const data = checked.data.tables as Record<string, Record<string, unknown>[] | undefined>;
    sqlite.pragma('foreign_keys = ON');
    sqlite.transaction(() => {
      // The new file's placeholder settings give way to the imported ones.
      sqlite.prepare('DELETE FROM workbook_settings').run();
      sqlite.pragma('defer_foreign_keys = ON');
      for (const { name, table, blobColumns } of exchangeTables()) {
        const rows = data[name] ?? [];
        const columns = getTableColumns(table);
        for (let i = 0; i < rows.length; i += 500) {
          const chunk = rows.slice(i, i + 500).map((row) => {
            if (blobColumns.length === 0) return row;
            const copy = { ...row };
            for (const [key, column] of Object.entries(columns)) {
              if (blobColumns.includes(column.name) && typeof copy[key] === 'string') {
                copy[key] = Buffer.from(copy[key], 'base64');
              }
            }
            return copy;
          });
          if (chunk.length > 0)
            db.insert(table)
              .values(chunk as never)
              .run();
        }
      }
    })();
    const settings = sqlite.prepare('SELECT count(*) AS n FROM workbook_settings').get() as {
      n: number;
    };
    if (settings.n !== 1)
      throw new AppError(
        'invalid_input',
        'The file has no workbook settings (tables.workbook_settings must hold one row).',
      );
    return connection;
  } catch (error) {
    connection.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError(
      'invalid_input',
      `The file could not be imported: ${(error as Error).message}`,
    );
  }
}

/** `tables.partners[3].name` for ['tables', 'partners', 3, 'name']. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, key) =>
        typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
      '',
    ) || '$'
  );
}
