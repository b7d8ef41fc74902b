import { join } from 'node:path';
import { defaultMigrationsFolder, readSchemaVersion } from '../../db/migrations-info.ts';
import { generateLargeWorkbook } from '../../db/generator/large-workbook.ts';
import { createBackend, type Backend } from '../../electron/backend/backend.ts';
import type { BenchContext } from './harness.ts';

const cache = new Map<number, Promise<string>>();

/** The benchmark workbook: 5,000 partners (500 in quick mode), generated once per run. */
export function largeWorkbook(
  ctx: BenchContext,
  partners = ctx.quick ? 500 : 5000,
): Promise<string> {
  let made = cache.get(partners);
  if (!made) {
    const path = join(ctx.workDir, `large-${partners}.pwb`);
    made = generateLargeWorkbook(path, {
      partners,
      seed: 1,
      today: '2026-11-21',
      migrationsFolder: defaultMigrationsFolder,
      appSchemaVersion: readSchemaVersion(defaultMigrationsFolder),
    }).then(() => path);
    cache.set(partners, made);
  }
  return made;
}

export function benchBackend(ctx: BenchContext, name: string): Backend {
  return createBackend({
    dataDir: join(ctx.workDir, `${name}-data`),
    host: 'browser',
    version: 'bench',
    migrationsFolder: defaultMigrationsFolder,
    appSchemaVersion: readSchemaVersion(defaultMigrationsFolder),
  });
}

export async function must<T>(
  promise: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}
