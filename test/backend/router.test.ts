import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/contract/index.ts';
import { handlers } from '../../electron/backend/backend.ts';
import { backendWithWorkbook, makeBackend, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

describe('the router', () => {
  it('has exactly one handler per contract method, each marked read or write', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
    for (const name of methodNames) expect(['read', 'write']).toContain(contract[name].kind);
  });

  it('answers an unknown method with an error envelope', async () => {
    const backend = makeBackend(tempDir());
    await expect(backend.call('partners.explode', {})).resolves.toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'Unknown method "partners.explode".' },
    });
  });

  it('refuses workbook methods when no workbook is open', async () => {
    const backend = makeBackend(tempDir());
    const result = await backend.call('partners.list', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'no_workbook', message: 'Open or create a workbook first.' },
    });
  });

  it('reports invalid input per field and leaves the database unchanged', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const before = canonicalDump(path);

    const result = await backend.call('partners.create', {
      name: '  ',
      type: 'pirate',
      website: 'ftp://x',
      audienceSize: -3,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.fields).toMatchObject({
      name: 'Name is required',
      type: 'Pick a partnership type',
      website: 'Enter a full web address starting with http:// or https://',
      audienceSize: 'Audience size cannot be negative',
    });
    expect(canonicalDump(path)).toBe(before);
  });

  it('rolls a failing write back whole', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const before = canonicalDump(path);
    const result = await backend.call('partners.update', {
      id: 999,
      fields: { name: 'Ghost', type: 'content' },
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That partner no longer exists.' },
    });
    expect(canonicalDump(path)).toBe(before);
  });

  it('refuses every write on a read-only workbook in one place', async () => {
    const dir = tempDir();
    const { backend, path } = await backendWithWorkbook(dir);
    await ok(backend, 'workbook.close', {});
    const info = await ok(backend, 'workbook.open', { path, readOnly: true });
    expect(info.readOnly).toBe(true);
    const before = canonicalDump(path);
    const result = await backend.call('partners.create', { name: 'Globex', type: 'integration' });
    expect(result).toMatchObject({ ok: false, error: { code: 'read_only' } });
    await expect(ok(backend, 'partners.list', {})).resolves.toEqual([]);
    expect(canonicalDump(path)).toBe(before);
  });

  it('treats user text as data: markup and SQL are stored and returned literally', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const hostile = `<img src=x onerror=alert(1)>'); DROP TABLE partners; -- 🚀 شريك`;
    const created = await ok(backend, 'partners.create', {
      name: hostile,
      type: 'content',
      notes: hostile,
    });
    const found = await ok(backend, 'partners.list', { search: 'DROP TABLE' });
    expect(found.map((p) => p.id)).toEqual([created.id]);
    expect(found[0]?.name).toBe(hostile);
  });
});
