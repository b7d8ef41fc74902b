import { copyFileSync, existsSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackupFiles } from '../../db/backup.ts';
import { ok } from '../fixtures/backend.ts';
import { badFiles, sha256 } from '../fixtures/bad-files.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { backendIn, createIn, partnerNames, settled } from './backend-helpers.ts';

const tempDir = useTempDirs();

describe('automatic backups', () => {
  it('backs up after open returns, not before, and lists it with time and size', async () => {
    const dir = tempDir();
    const backend = backendIn(dir, { postOpenDelayMs: 50 });
    const path = join(dir, 'client.pwb');
    await createIn(backend, path);
    await ok(backend, 'workbook.close', {});

    const info = await ok(backend, 'workbook.open', { path });
    expect(info.integrity).toBe('checking');
    // Closed 50 ms after create, so only this open's backup will exist, and not yet.
    await expect(ok(backend, 'backups.list', {})).resolves.toMatchObject({ backups: [] });
    await settled(backend);

    const after = await ok(backend, 'backups.list', {});
    expect(after.backups.map((b) => b.reason)).toEqual(['open']);
    expect(after.backups[0]).toMatchObject({
      reason: 'open',
      sizeBytes: expect.any(Number),
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(after.backups[0]?.sizeBytes).toBeGreaterThan(4096);
    expect(after.folder).toBe(join(dir, 'data', 'backups', after.workbookId ?? ''));
    await expect(ok(backend, 'workbook.current', {})).resolves.toMatchObject({ integrity: 'ok' });
    backend.close();
  });

  it('backs up on the interval only when something was written since the last backup', async () => {
    const dir = tempDir();
    const backend = backendIn(dir, { postOpenDelayMs: 0 });
    await createIn(backend, join(dir, 'client.pwb'));
    await settled(backend);
    const guard = backend.state.workbook?.guard;
    if (!guard) throw new Error('no workbook');

    await expect(guard.tick()).resolves.toBeNull();
    await ok(backend, 'partners.list', {});
    await expect(guard.tick()).resolves.toBeNull();
    await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    await expect(guard.tick()).resolves.toMatchObject({ reason: 'interval' });
    await expect(guard.tick()).resolves.toBeNull();
    backend.close();
  });

  it('runs the interval timer by itself while edits happen', async () => {
    const dir = tempDir();
    const backend = backendIn(dir, { postOpenDelayMs: 0, backupIntervalMs: 40 });
    await createIn(backend, join(dir, 'client.pwb'));
    await settled(backend);
    await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const deadline = Date.now() + 10_000;
    let reasons: string[] = [];
    while (Date.now() < deadline && !reasons.includes('interval')) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      reasons = (await ok(backend, 'backups.list', {})).backups.map((b) => b.reason);
    }
    expect(reasons).toContain('interval');
    backend.close();
  });

  it('keeps at most the newest 10 when all are from today', async () => {
    const dir = tempDir();
    const backend = backendIn(dir, { postOpenDelayMs: 0 });
    await createIn(backend, join(dir, 'client.pwb'));
    await settled(backend);
    for (let i = 0; i < 12; i++) await ok(backend, 'backups.create', {});
    const list = await ok(backend, 'backups.list', {});
    expect(list.backups).toHaveLength(10);
    expect(list.backups.every((b) => b.reason === 'manual')).toBe(true);
    backend.close();
  });

  it('reports a backup that cannot be written, and the workbook keeps working', async () => {
    const dir = tempDir();
    const backend = backendIn(dir, { postOpenDelayMs: 0 });
    await createIn(backend, join(dir, 'client.pwb'));
    await settled(backend);
    const folder = (await ok(backend, 'backups.list', {})).folder ?? '';
    renameSync(folder, `${folder}-moved`);
    writeFileSync(folder, 'a file where the backups folder should be');

    const failed = await backend.call('backups.create', {});
    expect(failed).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/^The backup could not be made: /) },
    });
    const list = await ok(backend, 'backups.list', {});
    expect(list.lastError).toMatch(/^The backup could not be made: /);
    await ok(backend, 'partners.create', { name: 'Still saved', type: 'content' });
    expect(await partnerNames(backend)).toEqual(['Still saved']);
    backend.close();
  });
});

describe('restore from a backup', () => {
  it('restores, backing up the current state first, so the restore can be undone', async () => {
    const dir = tempDir();
    const backend = backendIn(dir, { postOpenDelayMs: 0 });
    const path = join(dir, 'client.pwb');
    await createIn(backend, path);
    await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const early = await ok(backend, 'backups.create', {});
    await ok(backend, 'partners.create', { name: 'Initech', type: 'content' });

    const info = await ok(backend, 'backups.restore', { backupId: early.id });
    expect(info).toMatchObject({ path, readOnly: false });
    expect(await partnerNames(backend)).toEqual(['Globex']);

    const list = await ok(backend, 'backups.list', {});
    const undo = list.backups.find((b) => b.reason === 'before-restore');
    expect(undo).toBeDefined();
    await ok(backend, 'backups.restore', { backupId: undo?.id ?? '' });
    expect(await partnerNames(backend)).toEqual(['Globex', 'Initech']);
    backend.close();
  });

  it('offers the backups of a file that is refused, and restores it without losing its bytes', async () => {
    const dir = tempDir();
    const backend = backendIn(dir, { postOpenDelayMs: 0 });
    const path = join(dir, 'client.pwb');
    await createIn(backend, path);
    await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const good = await ok(backend, 'backups.create', {});
    await ok(backend, 'workbook.close', {});

    copyFileSync(badFiles.truncated(path, dir), path);
    const damagedHash = sha256(path);
    const refused = await backend.call('workbook.open', { path });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_file' } });
    expect(sha256(path)).toBe(damagedHash);
    expect(existsSync(join(dir, '.client.pwb.lock'))).toBe(false);

    const offered = await ok(backend, 'backups.list', { path });
    expect(offered.backups.map((b) => b.id)).toContain(good.id);
    const info = await ok(backend, 'backups.restore', { backupId: good.id, path });
    expect(info.path).toBe(path);
    expect(await partnerNames(backend)).toEqual(['Globex']);

    const setAside = listBackupFiles(offered.folder ?? '').find((b) => b.reason === 'set-aside');
    expect(setAside && sha256(setAside.path)).toBe(damagedHash);
    backend.close();
  });

  it('refuses a backup id that is not in the list, and one that names another path', async () => {
    const dir = tempDir();
    const backend = backendIn(dir, { postOpenDelayMs: 0 });
    await createIn(backend, join(dir, 'client.pwb'));
    const missing = await backend.call('backups.restore', {
      backupId: '2020-01-01T00-00-00-000Z-manual.pwb',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const traversal = await backend.call('backups.restore', { backupId: '../../client.pwb' });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(readdirSync(dir).filter((name) => name.endsWith('.pwb'))).toEqual(['client.pwb']);
    backend.close();
  });
});
