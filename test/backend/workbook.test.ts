import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendWithWorkbook, makeBackend, ok } from '../fixtures/backend.ts';
import { sha256 } from '../fixtures/bad-files.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

describe('workbook lifecycle through the router', () => {
  it('creates, edits settings, closes and reopens with everything kept', async () => {
    const dir = tempDir();
    const { backend, path } = await backendWithWorkbook(dir);
    await ok(backend, 'settings.update', {
      orgName: 'Northwind Advisory',
      clientName: 'Contoso',
      programName: 'Alliances 2027',
      currency: 'usd',
      fiscalYearStartMonth: 4,
      confidentiality: 'Confidential',
      audienceSize: 50_000,
    });
    await ok(backend, 'settings.setLogo', { mimeType: 'image/png', base64: 'iVBORw0KGgo=' });
    await ok(backend, 'workbook.close', {});
    await expect(ok(backend, 'workbook.current', {})).resolves.toBeNull();

    const info = await ok(backend, 'workbook.open', { path });
    expect(info).toMatchObject({
      title: 'Alliances 2027',
      fileName: 'client.pwb',
      readOnly: false,
    });
    await expect(ok(backend, 'settings.get', {})).resolves.toMatchObject({
      currency: 'USD',
      fiscalYearStartMonth: 4,
      audienceSize: 50_000,
      hasLogo: true,
    });
    await expect(ok(backend, 'settings.getLogo', {})).resolves.toEqual({
      mimeType: 'image/png',
      base64: 'iVBORw0KGgo=',
    });
  });

  it('validates settings next to each field', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const result = await backend.call('settings.update', {
      orgName: '',
      clientName: 'x',
      currency: 'EURO',
      fiscalYearStartMonth: 13,
      audienceSize: -1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields).toMatchObject({
      orgName: 'Your organisation is required',
      currency: 'Use a three-letter ISO currency code such as EUR, USD or GBP',
      fiscalYearStartMonth: 'Pick a month',
      audienceSize: 'Audience size cannot be negative',
    });
  });

  it('updates one module parameter without resetting the others', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const before = await ok(backend, 'settings.get', {});
    const tuned = { ...before.params, weeklyActivityLimitPerAudience: 7 };
    await ok(backend, 'settings.updateParams', tuned);
    const after = await ok(backend, 'settings.updateParams', { weeklyActivityLimitPerAudience: 4 });
    expect(after.params).toEqual({ ...tuned, weeklyActivityLimitPerAudience: 4 });
    const refused = await backend.call('settings.updateParams', {
      weeklyActivityLimitPerAudience: 0,
    });
    expect(refused.ok).toBe(false);
  });

  it('saves a real copy with the backup API and continues in the copy', async () => {
    const dir = tempDir();
    const { backend, path } = await backendWithWorkbook(dir);
    await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const copy = join(dir, 'copy.pwb');
    const info = await ok(backend, 'workbook.saveAs', { path: copy });
    expect(info.path).toBe(copy);
    await ok(backend, 'partners.create', { name: 'Only in the copy', type: 'content' });
    await expect(ok(backend, 'partners.list', {})).resolves.toHaveLength(2);

    await ok(backend, 'workbook.open', { path });
    await expect(ok(backend, 'partners.list', {})).resolves.toHaveLength(1);
    const refused = await backend.call('workbook.saveAs', { path: copy });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('remembers recent workbooks in the data directory, with titles kept current', async () => {
    const dir = tempDir();
    const { backend, path } = await backendWithWorkbook(dir);
    await ok(backend, 'settings.update', {
      orgName: 'Us',
      clientName: 'Renamed Client',
      currency: 'EUR',
      fiscalYearStartMonth: 1,
      audienceSize: 0,
    });
    await ok(backend, 'workbook.close', {});
    const again = makeBackend(dir);
    await expect(ok(again, 'workbook.recent', {})).resolves.toEqual([
      expect.objectContaining({ path, title: 'Renamed Client', exists: true }),
    ]);
    await ok(again, 'workbook.forgetRecent', { path });
    await expect(ok(again, 'workbook.recent', {})).resolves.toEqual([]);
    expect(existsSync(path)).toBe(true);
  });

  it('puts a forgotten recent workbook back in its place on Undo', async () => {
    const dir = tempDir();
    const backend = makeBackend(dir);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => join(dir, `${name}.pwb`)) as [
      string,
      string,
      string,
    ];
    const paths = [a, b, c];
    for (const [i, path] of paths.entries())
      await ok(backend, 'workbook.create', {
        path,
        orgName: 'Us',
        clientName: `Client ${i}`,
        currency: 'EUR',
      });
    const listed = async () => (await ok(backend, 'workbook.recent', {})).map((e) => e.path);
    const before = await listed();
    expect(before).toEqual([...paths].reverse());

    const forgotten = await ok(backend, 'workbook.forgetRecent', { path: b });
    expect(forgotten).toMatchObject({ path: b, title: 'Client 1', position: 1 });
    expect(await listed()).toEqual([c, a]);
    if (forgotten === null) throw new Error('nothing forgotten');
    await expect(ok(backend, 'workbook.forgetRecent', { path: b })).resolves.toBeNull();

    await ok(backend, 'workbook.restoreRecent', forgotten);
    expect(await listed()).toEqual(before);
    // Restoring twice does not list it twice.
    await ok(backend, 'workbook.restoreRecent', forgotten);
    expect(await listed()).toEqual(before);
  });

  it('refuses a bad file without touching it and keeps the current workbook closed', async () => {
    const dir = tempDir();
    const backend = makeBackend(dir);
    const path = join(dir, 'notes.pwb');
    writeFileSync(path, 'not a database');
    const before = sha256(path);
    const result = await backend.call('workbook.open', { path });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'bad_file',
        message: '"notes.pwb" is not a Partnership Workbook file: it is not a SQLite database.',
      },
    });
    expect(sha256(path)).toBe(before);
    await expect(ok(backend, 'workbook.current', {})).resolves.toBeNull();
  });

  it('lists folders and workbook files for the browser host picker', async () => {
    const dir = tempDir();
    const { backend } = await backendWithWorkbook(dir);
    writeFileSync(join(dir, 'readme.txt'), 'x');
    const listing = await ok(backend, 'files.list', { dir });
    expect(listing.entries.map((e) => [e.name, e.kind])).toEqual([
      ['data', 'dir'],
      ['client.pwb', 'file'],
    ]);
  });
});
