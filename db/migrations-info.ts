import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where drizzle-kit writes migrations; hosts that bundle the backend pass their own copy's path. */
export const defaultMigrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The schema version a build knows: the number of migrations in the drizzle-kit journal. */
export function readSchemaVersion(migrationsFolder: string): number {
  const journal = JSON.parse(
    readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as {
    entries: unknown[];
  };
  return journal.entries.length;
}
