import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbook, openWorkbook } from '../../db/open.ts';
import { probeWorkbookFile, quickCheckProblem } from '../../db/probe.ts';
import { APPLICATION_ID } from '../../db/file-header.ts';
import { defaultMigrationsFolder } from '../../db/migrations-info.ts';
import { appSchemaVersion } from '../fixtures/backend.ts';
import { badFiles, sha256 } from '../fixtures/bad-files.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const options = { migrationsFolder: defaultMigrationsFolder, appSchemaVersion };
const tempDir = useTempDirs();

async function makeWorkbook(dir: string): Promise<string> {
  const path = join(dir, 'valid.pwb');
  const wb = await createWorkbook(path, {
    ...options,
    orgName: 'Us',
    clientName: 'Them',
    currency: 'EUR',
  });
  wb.close();
  return path;
}

describe('workbook files', () => {
  it('creates a real SQLite file marked as ours, in WAL mode, at the current schema', async () => {
    const dir = tempDir();
    const path = await makeWorkbook(dir);
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(raw.pragma('user_version', { simple: true })).toBe(appSchemaVersion);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('SELECT org_name, client_name FROM workbook_settings').get()).toEqual({
      org_name: 'Us',
      client_name: 'Them',
    });
    raw.close();
    expect(probeWorkbookFile(path, { ...options, deep: true })).toMatchObject({
      ok: true,
      schemaVersion: appSchemaVersion,
    });
  });

  it('refuses to create over an existing file', async () => {
    const dir = tempDir();
    const path = await makeWorkbook(dir);
    const before = sha256(path);
    await expect(
      createWorkbook(path, { ...options, orgName: 'a', clientName: 'b', currency: 'EUR' }),
    ).rejects.toThrow(/already exists/);
    expect(sha256(path)).toBe(before);
  });

  it('reopens with pragmas applied and foreign keys enforced', async () => {
    const dir = tempDir();
    const path = await makeWorkbook(dir);
    const wb = await openWorkbook(path, options);
    expect(wb.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(wb.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(() =>
      wb.sqlite.prepare("INSERT INTO partner_contacts (partner_id, name) VALUES (999, 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
    wb.close();
  });

  const cases: [string, (dir: string, valid: string) => string, RegExp][] = [
    ['a text file', (dir) => badFiles.text(dir), /not a SQLite database/],
    ['an empty file', (dir) => badFiles.empty(dir), /is empty/],
    ['random bytes', (dir) => badFiles.randomBytes(dir), /not a SQLite database/],
    [
      "another program's SQLite file",
      (dir) => badFiles.foreignSqlite(dir),
      /not a Partnership Workbook/,
    ],
    ['a truncated workbook', (dir, valid) => badFiles.truncated(valid, dir), /damaged/],
    [
      'a workbook with an invalid page size',
      (dir, valid) => badFiles.badPageSize(valid, dir),
      /damaged: its header is invalid/,
    ],
    [
      'a workbook from a newer version',
      (dir, valid) => badFiles.newerSchema(valid, dir, appSchemaVersion + 5),
      /newer version/,
    ],
  ];

  it.each(cases)(
    'refuses %s with a clear sentence and leaves its bytes identical',
    async (_label, make, message) => {
      const dir = tempDir();
      const valid = await makeWorkbook(dir);
      const path = make(dir, valid);
      const before = sha256(path);
      const filesBefore = readdirSync(dir).sort();

      const check = probeWorkbookFile(path, { ...options, deep: true });
      expect(check.ok).toBe(false);
      expect(check.message).toMatch(message);
      await expect(openWorkbook(path, options)).rejects.toThrow(message);

      expect(sha256(path)).toBe(before);
      expect(readdirSync(dir).sort()).toEqual(filesBefore);
    },
  );

  it('finds a bit flipped inside a page with the integrity check, and never writes that file', async () => {
    const dir = tempDir();
    const valid = await makeWorkbook(dir);
    const wb = await openWorkbook(valid, options);
    const insert = wb.sqlite.prepare(
      "INSERT INTO partners (name, type, stage, notes, created_at, updated_at) VALUES (?, 'content', 'identified', ?, 'now', 'now')",
    );
    for (let i = 0; i < 300; i++) insert.run(`Partner ${i}`, 'n'.repeat(300));
    wb.close();
    const path = badFiles.bitFlippedPage(valid, dir);
    const before = sha256(path);

    // The cheap probe of an open only reads the header and the settings; the deep one reads every page.
    expect(probeWorkbookFile(path, options).ok).toBe(true);
    const deep = probeWorkbookFile(path, { ...options, deep: true });
    expect(deep).toMatchObject({ ok: false });
    expect(deep.message).toMatch(
      /^"bit-flipped\.pwb" is damaged \(.+\)\. Restore it from a backup\.$/,
    );

    const opened = await openWorkbook(path, options);
    expect(quickCheckProblem(opened.sqlite, 'bit-flipped.pwb')).toMatch(
      /^"bit-flipped\.pwb" is damaged \(integrity check: .+\)\. It is open read-only so nothing more is written to it; restore it from a backup\.$/,
    );
    opened.close();
    expect(sha256(path)).toBe(before);
  });

  it('reports a missing file', () => {
    const check = probeWorkbookFile('/nonexistent/dir/x.pwb', options);
    expect(check).toMatchObject({
      ok: false,
      message: 'There is no file at /nonexistent/dir/x.pwb.',
    });
  });

  it('opens read-only without changing the file', async () => {
    const dir = tempDir();
    const path = await makeWorkbook(dir);
    const before = sha256(path);
    const wb = await openWorkbook(path, { ...options, readOnly: true });
    expect(wb.readOnly).toBe(true);
    expect(() => wb.sqlite.prepare("UPDATE workbook_settings SET org_name = 'x'").run()).toThrow(
      /readonly/,
    );
    wb.close();
    expect(sha256(path)).toBe(before);
    expect(existsSync(path)).toBe(true);
  });
});
