import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMigrationsFolder } from '../../db/migrations-info.ts';
import type { Envelope } from '../../shared/contract/index.ts';
import { ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { backendIn, createIn, partnerNames } from './backend-helpers.ts';
import { bundleChildren, exited, jsonLines, startChild } from './child-processes.ts';

const tempDir = useTempDirs();
const diskFull = 'The disk is full, so this change was not saved. Free some space and try again.';
const notWritten = 'The workbook file could not be written, so this change was not saved.';
const bigNotes = (i: number) => `${i} `.repeat(6_000).slice(0, 20_000);

let bundle: Awaited<ReturnType<typeof bundleChildren>>;
beforeAll(async () => {
  bundle = await bundleChildren();
});
afterAll(() => bundle.dispose());

describe('a disk that fills up', () => {
  it('refuses the write with a sentence, keeps the data, and saves again once there is room', async () => {
    const dir = tempDir();
    const backend = backendIn(dir, { postOpenDelayMs: 0 });
    const path = join(dir, 'client.pwb');
    await createIn(backend, path);
    await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const { sqlite } = backend.state.require().connection;
    const before = canonicalDump(path);

    // SQLite's page limit stands in for the disk: the file may not grow by a single page.
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`);
    const refused = await backend.call('partners.create', {
      name: 'Initech',
      type: 'content',
      notes: bigNotes(1),
    });
    expect(refused).toEqual({ ok: false, error: { code: 'io', message: diskFull } });
    const csv = ['name,type', ...Array.from({ length: 40 }, (_, i) => `Row ${i},content`)].join(
      '\n',
    );
    const refusedImport = await backend.call('partners.importCsv', {
      csvText: csv,
      mapping: ['name', 'type'],
    });
    expect(refusedImport).toMatchObject({ ok: false, error: { code: 'io', message: diskFull } });
    expect(canonicalDump(path)).toBe(before);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');

    sqlite.pragma('max_page_count = 1073741823');
    await ok(backend, 'partners.create', { name: 'Initech', type: 'content', notes: bigNotes(1) });
    await ok(backend, 'workbook.close', {});
    await ok(backend, 'workbook.open', { path });
    expect(await partnerNames(backend)).toEqual(['Globex', 'Initech']);
    backend.close();
  });

  it('reports a real short write (the file size limit of the process) and loses nothing acknowledged', async () => {
    const dir = tempDir();
    const backend = backendIn(dir);
    const path = join(dir, 'client.pwb');
    await createIn(backend, path);
    await ok(backend, 'workbook.close', {});

    // The process may not write any file past 256 KiB: the write-ahead log hits that after a few edits.
    const limit = Math.max(256 * 1024, statSync(path).size + 64 * 1024);
    const child = startChild(
      bundle.holder,
      ['edit', path, join(dir, 'child-data'), defaultMigrationsFolder],
      {
        maxFileBytes: limit,
      },
    );
    const lines = jsonLines(child);
    await expect(lines.next()).resolves.toMatchObject({ ok: true });
    const saved: string[] = [];
    let failure: Envelope<unknown> | null = null;
    for (let i = 0; i < 200 && !failure; i++) {
      child.stdin?.write(
        `${JSON.stringify({ cmd: 'write', name: `Partner ${i}`, notes: bigNotes(i) })}\n`,
      );
      const answer = await lines.next<Envelope<unknown>>();
      if (answer.ok) saved.push(`Partner ${i}`);
      else failure = answer;
    }
    expect(saved.length).toBeGreaterThan(0);
    // The kernel refuses the write past the limit (EFBIG): SQLite reports SQLITE_IOERR_WRITE.
    expect(failure).toEqual({ ok: false, error: { code: 'io', message: notWritten } });
    child.stdin?.write(`${JSON.stringify({ cmd: 'write', name: 'Small', notes: '' })}\n`);
    const small = await lines.next<Envelope<unknown>>();
    if (small.ok) saved.push('Small');
    child.stdin?.write(`${JSON.stringify({ cmd: 'close' })}\n`);
    await lines.next();
    await exited(child);

    await ok(backend, 'workbook.open', { path });
    expect(
      backend.state.require().connection.sqlite.pragma('integrity_check', { simple: true }),
    ).toBe('ok');
    expect(await partnerNames(backend)).toEqual([...saved].sort());
    await ok(backend, 'partners.create', {
      name: 'After the cleanup',
      type: 'content',
      notes: bigNotes(9),
    });
    backend.close();
  });
});
