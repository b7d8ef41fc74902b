import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partnerFields } from '../../shared/contract/index.ts';
import { ok } from '../fixtures/backend.ts';
import { badFiles, sha256 } from '../fixtures/bad-files.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import type { Backend } from '../../electron/backend/backend.ts';
import { backendIn, createIn, settled } from './backend-helpers.ts';

const tempDir = useTempDirs();

/** A closed workbook with 300 partners (several pages), and a copy of it with one bit flipped. */
async function damagedCopy(dir: string): Promise<string> {
  const backend = backendIn(dir, { postOpenDelayMs: 60_000 });
  const path = join(dir, 'valid.pwb');
  await createIn(backend, path);
  const { connection, repos } = backend.state.require();
  connection.sqlite.transaction(() => {
    for (let i = 0; i < 300; i++)
      repos.partners.create(
        partnerFields.parse({ name: `Partner ${i}`, type: 'content', notes: 'n'.repeat(300) }),
      );
  })();
  await ok(backend, 'workbook.close', {});
  return badFiles.bitFlippedPage(path, dir);
}

const tryWrite = (backend: Backend) =>
  backend.call('partners.create', { name: 'Written after damage', type: 'content' });

describe('the integrity check after the first screen', () => {
  it('opens a file with a damaged page at once, then turns it read-only with a sentence', async () => {
    const dir = tempDir();
    const path = await damagedCopy(dir);
    const before = sha256(path);
    const backend = backendIn(dir, { postOpenDelayMs: 20 });

    const opened = await ok(backend, 'workbook.open', { path });
    expect(opened).toMatchObject({ integrity: 'checking', readOnly: false });
    await settled(backend);
    const current = await ok(backend, 'workbook.current', {});
    expect(current).toMatchObject({ integrity: 'damaged', readOnly: true });
    expect(current?.readOnlyReason).toMatch(
      /^"bit-flipped\.pwb" is damaged \(integrity check: .+\)\. It is open read-only so nothing more is written to it; restore it from a backup\.$/,
    );
    await expect(tryWrite(backend)).resolves.toMatchObject({
      ok: false,
      error: { code: 'read_only', message: current?.readOnlyReason },
    });
    // No backup of a damaged file is kept (it would fail its own check anyway).
    expect((await ok(backend, 'backups.list', {})).backups).toEqual([]);
    await ok(backend, 'workbook.close', {});
    expect(sha256(path)).toBe(before);
  });

  it('runs at once when a write comes before it, so a damaged file is never written', async () => {
    const dir = tempDir();
    const path = await damagedCopy(dir);
    const before = sha256(path);
    const backend = backendIn(dir, { postOpenDelayMs: 60_000 });
    await ok(backend, 'workbook.open', { path });
    await expect(tryWrite(backend)).resolves.toMatchObject({
      ok: false,
      error: { code: 'read_only' },
    });
    await expect(ok(backend, 'workbook.current', {})).resolves.toMatchObject({
      integrity: 'damaged',
    });
    backend.close();
    expect(sha256(path)).toBe(before);
  });

  it('lets the first write of a healthy file through after checking it', async () => {
    const dir = tempDir();
    const backend = backendIn(dir, { postOpenDelayMs: 60_000 });
    await createIn(backend, join(dir, 'client.pwb'));
    await expect(ok(backend, 'workbook.current', {})).resolves.toMatchObject({
      integrity: 'checking',
    });
    await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    await expect(ok(backend, 'workbook.current', {})).resolves.toMatchObject({
      integrity: 'ok',
      readOnly: false,
    });
    backend.close();
  });

  it('still answers while the check is pending: the open call does not wait for it', async () => {
    const dir = tempDir();
    const path = await damagedCopy(dir);
    const backend = backendIn(dir, { postOpenDelayMs: 60_000 });
    const started = performance.now();
    await ok(backend, 'workbook.open', { path });
    await ok(backend, 'settings.get', {});
    expect(performance.now() - started).toBeLessThan(5_000);
    await expect(ok(backend, 'workbook.current', {})).resolves.toMatchObject({
      integrity: 'checking',
    });
    backend.close();
  });
});
