import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLargeWorkbook } from '../../db/generator/large-workbook.ts';
import { defaultMigrationsFolder } from '../../db/migrations-info.ts';
import { probeWorkbookFile } from '../../db/probe.ts';
import { appSchemaVersion, makeBackend, ok } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const options = {
  migrationsFolder: defaultMigrationsFolder,
  appSchemaVersion,
  seed: 7,
  today: '2026-11-21',
  partners: 120,
};

/** Every table but the settings row, whose workbook id is unique by design. */
function dataDump(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('workbook_settings', '__drizzle_migrations') ORDER BY name",
      )
      .all() as { name: string }[];
    return tables
      .map(
        ({ name }) =>
          `${name}:${JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all())}`,
      )
      .join('\n');
  } finally {
    db.close();
  }
}

describe('the large-workbook generator', () => {
  it('writes the volumes the benchmarks need, in a healthy workbook the app opens', async () => {
    const dir = tempDir();
    const path = join(dir, 'large.pwb');
    const report = await generateLargeWorkbook(path, options);
    expect(report).toMatchObject({
      partners: 120,
      risks: 480,
      activities: 1200,
      actuals: 120 * 36,
    });
    expect(report.contacts).toBeGreaterThanOrEqual(120);
    expect(report.meetings).toBeGreaterThan(0);
    expect(probeWorkbookFile(path, { appSchemaVersion, deep: true })).toMatchObject({ ok: true });

    const backend = makeBackend(dir);
    await ok(backend, 'workbook.open', { path });
    const listed = await ok(backend, 'partners.list', { search: '', includeArchived: true });
    expect(listed).toHaveLength(120);
    backend.close();
  });

  it('is deterministic: the same seed and day give the same rows', async () => {
    const dir = tempDir();
    await generateLargeWorkbook(join(dir, 'a.pwb'), options);
    await generateLargeWorkbook(join(dir, 'b.pwb'), options);
    await generateLargeWorkbook(join(dir, 'c.pwb'), { ...options, seed: 8 });
    expect(dataDump(join(dir, 'a.pwb'))).toBe(dataDump(join(dir, 'b.pwb')));
    expect(dataDump(join(dir, 'a.pwb'))).not.toBe(dataDump(join(dir, 'c.pwb')));
  });
});
