import Database from 'better-sqlite3';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupFolderFor,
  backupsToDelete,
  listBackupFiles,
  parseBackupName,
  verifyWorkbookCopy,
  writeVerifiedBackup,
} from '../../db/backup.ts';
import { replaceWithBackup } from '../../db/backup-restore.ts';
import { APPLICATION_ID } from '../../db/file-header.ts';
import { defaultMigrationsFolder } from '../../db/migrations-info.ts';
import { createWorkbook, openWorkbook } from '../../db/open.ts';
import { appSchemaVersion } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const options = { migrationsFolder: defaultMigrationsFolder, appSchemaVersion };
const tempDir = useTempDirs();

async function workbookWithPartners(dir: string, count: number) {
  const wb = await createWorkbook(join(dir, 'client.pwb'), {
    ...options,
    orgName: 'Us',
    clientName: 'Them',
    currency: 'EUR',
  });
  const insert = wb.sqlite.prepare(
    "INSERT INTO partners (name, type, stage, notes, created_at, updated_at) VALUES (?, 'content', 'identified', ?, 'now', 'now')",
  );
  wb.sqlite.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(`Partner ${i}`, 'x'.repeat(200));
  })();
  return wb;
}

describe('backups through the SQLite backup API', () => {
  it('writes a self-contained, integrity-checked copy, named by time and reason', async () => {
    const dir = tempDir();
    const wb = await workbookWithPartners(dir, 50);
    const folder = join(dir, 'backups', 'wb-1');
    const at = new Date('2026-05-01T10:42:07.123Z');
    const file = await writeVerifiedBackup(wb.sqlite, { folder, reason: 'manual', now: at });

    expect(file.name).toBe('2026-05-01T10-42-07-123Z-manual.pwb');
    expect(parseBackupName(file.name)).toEqual({ createdAt: at, reason: 'manual' });
    expect(readdirSync(folder)).toEqual([file.name]);
    const copy = new Database(file.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(copy.prepare('SELECT count(*) AS n FROM partners').get()).toEqual({ n: 50 });
    copy.close();
    expect(verifyWorkbookCopy(file.path)).toBeNull();
    wb.close();
    expect(canonicalDump(file.path)).toBe(canonicalDump(join(dir, 'client.pwb')));
  });

  it('captures writes made on the same connection while the backup runs', async () => {
    const dir = tempDir();
    const wb = await workbookWithPartners(dir, 2000);
    const running = writeVerifiedBackup(wb.sqlite, {
      folder: join(dir, 'b'),
      reason: 'interval',
    });
    wb.sqlite.prepare("UPDATE partners SET notes = 'during' WHERE id = 1").run();
    const file = await running;
    const copy = new Database(file.path, { readonly: true });
    expect(copy.prepare('SELECT notes FROM partners WHERE id = 1').get()).toEqual({
      notes: 'during',
    });
    copy.close();
    wb.close();
  });

  it('refuses to keep the copy of a damaged database, and leaves nothing behind', async () => {
    const dir = tempDir();
    const wb = await workbookWithPartners(dir, 300);
    wb.close();
    const path = join(dir, 'client.pwb');
    const bytes = readFileSync(path);
    const probe = new Database(path, { readonly: true });
    const root = probe
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'partners'")
      .get() as {
      rootpage: number;
    };
    probe.close();
    const offset = (root.rootpage - 1) * 4096 + 3;
    bytes[offset] = (bytes[offset] ?? 0) ^ 0x10;
    writeFileSync(path, bytes);
    const damaged = new Database(path);
    const folder = join(dir, 'backups');
    await expect(writeVerifiedBackup(damaged, { folder, reason: 'open' })).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/^The backup could not be made: the copy failed its check/),
    });
    damaged.close();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('keeps the newest 10 plus the newest of each of the last 7 days', () => {
    const now = new Date(2026, 4, 20, 18, 0, 0);
    const files = [];
    // Every 8 hours for 12 days back: 36 backups.
    for (let i = 0; i < 36; i++) {
      const createdAt = new Date(now.getTime() - i * 8 * 3600_000);
      files.push({ name: `b${i}`, createdAt });
    }
    const doomed = new Set(backupsToDelete(files, now));
    const kept = files.filter((f) => !doomed.has(f.name));
    expect(kept.slice(0, 10).map((f) => f.name)).toEqual(files.slice(0, 10).map((f) => f.name));
    const keptDays = new Set(kept.map((f) => f.createdAt.toDateString()));
    for (let back = 0; back < 7; back++) {
      const day = new Date(now);
      day.setDate(day.getDate() - back);
      expect(keptDays.has(day.toDateString()), day.toDateString()).toBe(true);
    }
    const oldest = new Date(now);
    oldest.setDate(oldest.getDate() - 7);
    oldest.setHours(0, 0, 0, 0);
    expect(kept.every((f) => f.createdAt >= oldest)).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(17);
    expect(backupsToDelete(files.slice(0, 10), now)).toEqual([]);
  });

  it('never lets a workbook id name a folder outside the backups root', () => {
    const root = '/data/backups';
    expect(backupFolderFor(root, '0f7c2a9e-1111-4222-8333-444455556666')).toBe(
      '/data/backups/0f7c2a9e-1111-4222-8333-444455556666',
    );
    for (const hostile of ['../../etc', '/abs', 'a/b', '', 'x'.repeat(65), 'C:\\win']) {
      const folder = backupFolderFor(root, hostile);
      expect(folder.startsWith('/data/backups/id-'), hostile).toBe(true);
      expect(folder.split('/')).toHaveLength(4);
    }
  });

  it('backs up an older file before migrating it, in its own folder', async () => {
    const dir = tempDir();
    const oldMigrations = join(dir, 'migrations-v1');
    cpSync(defaultMigrationsFolder, oldMigrations, { recursive: true });
    const journalPath = join(oldMigrations, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: unknown[] };
    writeFileSync(
      journalPath,
      JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }),
    );
    const path = join(dir, 'old.pwb');
    const old = await createWorkbook(path, {
      migrationsFolder: oldMigrations,
      appSchemaVersion: 1,
      orgName: 'Us',
      clientName: 'Them',
      currency: 'EUR',
    });
    const workbookId = old.workbookId;
    old.close();

    const root = join(dir, 'backups');
    const upgraded = await openWorkbook(path, { ...options, backupRoot: root });
    expect(upgraded.schemaVersion).toBe(appSchemaVersion);
    upgraded.close();
    const backups = listBackupFiles(backupFolderFor(root, workbookId));
    expect(backups.map((b) => b.reason)).toEqual(['before-migration']);
    const backup = new Database(backups[0]?.path ?? '', { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });

  it('puts a backup in place of a file and drops the old write-ahead log', async () => {
    const dir = tempDir();
    const wb = await workbookWithPartners(dir, 3);
    const backup = await writeVerifiedBackup(wb.sqlite, {
      folder: join(dir, 'b'),
      reason: 'manual',
    });
    wb.sqlite.prepare('DELETE FROM partners').run();
    wb.close();
    const path = join(dir, 'client.pwb');
    writeFileSync(`${path}-wal`, 'a leftover journal that must never be replayed');
    await replaceWithBackup(backup.path, path);
    expect(existsSync(`${path}-wal`)).toBe(false);
    const restored = await openWorkbook(path, options);
    expect(restored.sqlite.prepare('SELECT count(*) AS n FROM partners').get()).toEqual({ n: 3 });
    restored.close();
    expect(readdirSync(dir).filter((n) => n.includes('restoring'))).toEqual([]);
  });
});
