import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbookExportJsonSchema } from '../../db/exchange/json-schema.ts';
import { generateLargeWorkbook } from '../../db/generator/large-workbook.ts';
import { defaultMigrationsFolder } from '../../db/migrations-info.ts';
import { appSchemaVersion, makeBackend, ok } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function populated(dir: string) {
  const path = join(dir, 'source.pwb');
  await generateLargeWorkbook(path, {
    partners: 40,
    seed: 3,
    today: '2026-11-21',
    migrationsFolder: defaultMigrationsFolder,
    appSchemaVersion,
  });
  const backend = makeBackend(dir);
  await ok(backend, 'workbook.open', { path });
  await ok(backend, 'settings.setLogo', {
    mimeType: 'image/png',
    base64: 'iVBORw0KGgoAAAANSUhEUg==',
  });
  return { backend, path };
}

describe('whole-workbook JSON export and import', () => {
  it('round-trips: export, import into a new file, export again gives the same JSON', async () => {
    const dir = tempDir();
    const { backend } = await populated(dir);
    const first = await ok(backend, 'workbook.exportJson', {});
    expect(first.rows).toBeGreaterThan(40 * 36);

    const copy = join(dir, 'imported.pwb');
    const info = await ok(backend, 'workbook.importJson', { jsonText: first.json ?? '', to: copy });
    expect(info.path).toBe(copy);
    await expect(ok(backend, 'settings.getLogo', {})).resolves.toEqual({
      mimeType: 'image/png',
      base64: 'iVBORw0KGgoAAAANSUhEUg==',
    });
    const second = await ok(backend, 'workbook.exportJson', {});
    expect(second.json).toBe(first.json);
  });

  it('writes the export to a file and imports from a file path', async () => {
    const dir = tempDir();
    const { backend } = await populated(dir);
    const out = join(dir, 'export.json');
    const written = await ok(backend, 'workbook.exportJson', { path: out });
    expect(written).toMatchObject({ path: out, json: null });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      format: 'partnership-workbook',
      schemaVersion: appSchemaVersion,
    });
    const info = await ok(backend, 'workbook.importJson', {
      sourcePath: out,
      to: join(dir, 'from-file.pwb'),
    });
    await expect(
      ok(backend, 'partners.list', { search: '', includeArchived: true }),
    ).resolves.toHaveLength(40);
    expect(info.fileName).toBe('from-file.pwb');
  });

  it('reports every problem with its JSON path and writes nothing', async () => {
    const dir = tempDir();
    const { backend } = await populated(dir);
    const data = JSON.parse((await ok(backend, 'workbook.exportJson', {})).json ?? '{}') as {
      tables: Record<string, Record<string, unknown>[]>;
    };
    const partners = data.tables.partners ?? [];
    (partners[3] as Record<string, unknown>).name = 42;
    (partners[5] as Record<string, unknown>).colour = 'teal';
    const target = join(dir, 'bad.pwb');
    const result = await backend.call('workbook.importJson', {
      jsonText: JSON.stringify(data),
      to: target,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(
      /^The file has 2 problem\(s\)\. First, at tables\.partners\[3\]\.name:/,
    );
    expect(Object.keys(result.error.fields ?? {})).toEqual([
      'tables.partners[3].name',
      'tables.partners[5]',
    ]);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses files that are not exports, newer exports, and existing targets', async () => {
    const dir = tempDir();
    const backend = makeBackend(dir);
    const to = join(dir, 'new.pwb');
    const notJson = await backend.call('workbook.importJson', { jsonText: '{oops', to });
    expect(notJson).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^The file is not valid JSON/) },
    });
    const other = await backend.call('workbook.importJson', { jsonText: '{"hello":1}', to });
    expect(other).toMatchObject({
      ok: false,
      error: { message: 'This JSON file is not a Partnership Workbook export.' },
    });
    const newer = await backend.call('workbook.importJson', {
      jsonText: JSON.stringify({
        format: 'partnership-workbook',
        formatVersion: 1,
        schemaVersion: appSchemaVersion + 1,
        generator: 'x',
        tables: {},
      }),
      to,
    });
    expect(newer).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/newer version/) },
    });
    writeFileSync(to, 'precious');
    const taken = await backend.call('workbook.importJson', { jsonText: '{}', to });
    expect(taken).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(readFileSync(to, 'utf8')).toBe('precious');
  });

  it('keeps the committed JSON Schema in step with the tables (npm run schema:json)', () => {
    const committed = readFileSync(
      new URL('../../docs/workbook-export.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(workbookExportJsonSchema());
  });
});
