import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  acquireWorkbookLock,
  judgeLock,
  lockPathFor,
  readWorkbookLock,
  type LockOwner,
} from '../../db/lock.ts';
import { processStartTime, selfStartTime } from '../../db/lock-process.ts';
import { fileSystemTypeOf, networkDriveWarning, parseMounts } from '../../db/lock-network-fs.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

function owner(overrides: Partial<LockOwner>): LockOwner {
  return {
    app: 'partnership-workbook',
    pid: process.pid,
    hostname: hostname(),
    processStartedAt: new Date(selfStartTime()).toISOString(),
    lockedAt: new Date().toISOString(),
    nonce: 'n',
    ...overrides,
  };
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('the single-writer lock file', () => {
  it('is created next to the workbook, names this process, and goes away on release', () => {
    const path = join(tempDir(), 'client.pwb');
    const lock = acquireWorkbookLock(path);
    expect(lock.lockPath).toBe(join(path, '..', '.client.pwb.lock'));
    expect(readWorkbookLock(path)).toMatchObject({
      app: 'partnership-workbook',
      pid: process.pid,
      hostname: hostname(),
    });
    lock.release();
    expect(existsSync(lockPathFor(path))).toBe(false);
    lock.release();
  });

  it('refuses a second writer, even a second backend in this same process', () => {
    const path = join(tempDir(), 'client.pwb');
    const lock = acquireWorkbookLock(path);
    expect(() => acquireWorkbookLock(path)).toThrow(
      /^"client\.pwb" is open in another window of Partnership Workbook \(process \d+\) since .+\. Open it read-only, or close it there first\.$/,
    );
    lock.release();
    acquireWorkbookLock(path).release();
  });

  it('takes over the lock of a process that is gone', () => {
    const path = join(tempDir(), 'client.pwb');
    writeFileSync(lockPathFor(path), JSON.stringify(owner({ pid: deadPid() })));
    const lock = acquireWorkbookLock(path);
    expect(readWorkbookLock(path)?.pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock whose pid now belongs to a later process (a reused pid)', () => {
    const path = join(tempDir(), 'client.pwb');
    const parent = process.ppid;
    expect(processStartTime(parent)).not.toBeNull();
    const stale = owner({ pid: parent, processStartedAt: '2001-01-01T00:00:00.000Z' });
    writeFileSync(lockPathFor(path), JSON.stringify(stale));
    expect(judgeLock(stale, lockPathFor(path))).toBe('stale');
    acquireWorkbookLock(path).release();

    const live = owner({
      pid: parent,
      processStartedAt: new Date(processStartTime(parent) ?? 0).toISOString(),
    });
    expect(judgeLock(live, lockPathFor(path))).toBe('held');
  });

  it('respects a lock from another computer, naming it', () => {
    const path = join(tempDir(), 'client.pwb');
    writeFileSync(
      lockPathFor(path),
      JSON.stringify(owner({ hostname: 'meeting-room-pc', pid: 1 })),
    );
    expect(() => acquireWorkbookLock(path)).toThrow(
      /open in Partnership Workbook on the computer "meeting-room-pc" since/,
    );
  });

  it('waits for an unreadable lock being written, and clears one left empty by a crash', () => {
    const path = join(tempDir(), 'client.pwb');
    const lockPath = lockPathFor(path);
    writeFileSync(lockPath, '');
    expect(() => acquireWorkbookLock(path)).toThrow(/is being opened by another window right now/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPath, old, old);
    acquireWorkbookLock(path).release();
  });

  it('releases only its own lock', () => {
    const path = join(tempDir(), 'client.pwb');
    const lock = acquireWorkbookLock(path);
    const someoneElse = JSON.stringify(owner({ hostname: 'other', nonce: 'theirs' }));
    writeFileSync(lock.lockPath, someoneElse);
    lock.release();
    expect(readFileSync(lock.lockPath, 'utf8')).toBe(someoneElse);
  });

  it('reports a missing folder and an unwritable one in words', () => {
    expect(() => acquireWorkbookLock('/nonexistent-folder-pwb/x.pwb')).toThrow(
      'The folder of "x.pwb" does not exist.',
    );
  });
});

describe('network drives', () => {
  const mounts = [
    'sysfs /sys sysfs rw 0 0',
    '/dev/sda1 / ext4 rw 0 0',
    'server:/export /mnt/share nfs4 rw 0 0',
    '//nas/clients /media/nas\\040clients cifs rw 0 0',
    'alice@host: /home/alice/remote fuse.sshfs rw 0 0',
  ].join('\n');

  it('finds the file system that holds a folder', () => {
    const parsed = parseMounts(mounts);
    expect(fileSystemTypeOf('/home/alice/clients', parsed)).toBe('ext4');
    expect(fileSystemTypeOf('/mnt/share/acme', parsed)).toBe('nfs4');
    expect(fileSystemTypeOf('/mnt/shared', parsed)).toBe('ext4');
    expect(fileSystemTypeOf('/media/nas clients/2026', parsed)).toBe('cifs');
  });

  it('warns for NFS, SMB, sshfs and Windows UNC paths only', () => {
    const linux = (path: string) => networkDriveWarning({ path, platform: 'linux', mounts });
    expect(linux('/mnt/share/acme')).toMatch(/network drive/);
    expect(linux('/media/nas clients')).toMatch(/network drive/);
    expect(linux('/home/alice/remote/x')).toMatch(/network drive/);
    expect(linux('/home/alice/clients')).toBeNull();
    const windows = (path: string) =>
      networkDriveWarning({ path, platform: 'win32', mounts: null });
    expect(windows('\\\\fileserver\\clients\\acme.pwb')).toMatch(/network drive/);
    expect(windows('C:\\Users\\ana\\acme.pwb')).toBeNull();
  });
});
