import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partnerFields } from '../../shared/contract/index.ts';
import { appSchemaVersion, ok } from '../fixtures/backend.ts';
import { badFiles, sha256 } from '../fixtures/bad-files.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { backendIn, createIn, partnerNames, settled } from './backend-helpers.ts';

const tempDir = useTempDirs();

const refused: [string, (dir: string, valid: string) => string, RegExp][] = [
  ['a zero-length file', (dir) => badFiles.empty(dir), /is empty \(0 bytes\)/],
  ['random bytes', (dir) => badFiles.randomBytes(dir), /it is not a SQLite database/],
  ['a truncated file', (dir, valid) => badFiles.truncated(valid, dir), /it looks truncated/],
  [
    'an invalid page size',
    (dir, valid) => badFiles.badPageSize(valid, dir),
    /its header is invalid/,
  ],
  [
    'a newer file format',
    (dir, valid) => badFiles.newerSchema(valid, dir, appSchemaVersion + 1),
    /saved by a newer version of Partnership Workbook/,
  ],
];

/** A workbook with 300 partners and a backup of it, closed. */
async function workbookWithBackup(dir: string) {
  const backend = backendIn(dir, { postOpenDelayMs: 0 });
  const path = join(dir, 'client.pwb');
  await createIn(backend, path);
  const { connection, repos } = backend.state.require();
  connection.sqlite.transaction(() => {
    for (let i = 0; i < 300; i++)
      repos.partners.create(partnerFields.parse({ name: `Partner ${i}`, type: 'content' }));
  })();
  await settled(backend);
  const backup = await ok(backend, 'backups.create', {});
  await ok(backend, 'workbook.close', {});
  return { backend, path, backup };
}

describe('a file that cannot be opened, when a backup exists', () => {
  it.each(refused)(
    '%s: refused with a sentence, bytes kept, restore offered',
    async (_label, make, sentence) => {
      const dir = tempDir();
      const { backend, path, backup } = await workbookWithBackup(dir);
      copyFileSync(make(dir, path), path);
      const before = sha256(path);

      const result = await backend.call('workbook.open', { path });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'bad_file', message: expect.stringMatching(sentence) },
      });
      expect(sha256(path)).toBe(before);
      expect(existsSync(`${path}-wal`)).toBe(false);
      const offered = await ok(backend, 'backups.list', { path });
      expect(offered.backups.map((b) => b.id)).toContain(backup.id);

      await ok(backend, 'backups.restore', { backupId: backup.id, path });
      expect(await partnerNames(backend)).toHaveLength(300);
      backend.close();
    },
  );

  it('a bit-flipped page: opened, then read-only with a sentence, and restorable from the open workbook', async () => {
    const dir = tempDir();
    const { backend, path, backup } = await workbookWithBackup(dir);
    copyFileSync(badFiles.bitFlippedPage(path, dir), path);
    const before = sha256(path);

    await ok(backend, 'workbook.open', { path });
    await settled(backend);
    await expect(ok(backend, 'workbook.current', {})).resolves.toMatchObject({
      integrity: 'damaged',
      readOnly: true,
      readOnlyReason: expect.stringMatching(/^"client\.pwb" is damaged \(integrity check: /),
    });
    expect((await ok(backend, 'backups.list', {})).backups.map((b) => b.id)).toContain(backup.id);
    await ok(backend, 'backups.restore', { backupId: backup.id });
    await expect(ok(backend, 'workbook.current', {})).resolves.toMatchObject({ readOnly: false });
    expect(await partnerNames(backend)).toHaveLength(300);
    const setAside = (await ok(backend, 'backups.list', {})).backups.find(
      (b) => b.reason === 'set-aside',
    );
    expect(setAside).toBeDefined();
    expect(
      sha256(join((await ok(backend, 'backups.list', {})).folder ?? '', setAside?.id ?? '')),
    ).toBe(before);
    backend.close();
  });
});
