import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lockPathFor, readWorkbookLock } from '../../db/lock.ts';
import { defaultMigrationsFolder } from '../../db/migrations-info.ts';
import type { Envelope, WorkbookInfo } from '../../shared/contract/index.ts';
import { ok } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { backendIn, createIn, partnerNames } from './backend-helpers.ts';
import { bundleChildren, exited, jsonLines, startChild } from './child-processes.ts';

const tempDir = useTempDirs();
let holderScript = '';
let dispose: () => void = () => undefined;
const running: ChildProcess[] = [];

beforeAll(async () => {
  const bundle = await bundleChildren();
  holderScript = bundle.holder;
  dispose = bundle.dispose;
});
afterAll(() => dispose());
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

/** Another app process holding the workbook, driven over stdin. */
function holder(mode: 'edit' | 'read-only', path: string, dir: string) {
  const child = startChild(holderScript, [
    mode,
    path,
    join(dir, `data-${running.length}`),
    defaultMigrationsFolder,
  ]);
  running.push(child);
  const lines = jsonLines(child);
  const opened = lines.next<Envelope<WorkbookInfo>>();
  const ask = async <T>(command: object): Promise<Envelope<T>> => {
    child.stdin?.write(`${JSON.stringify(command)}\n`);
    return lines.next<Envelope<T>>();
  };
  return { child, opened, ask };
}

async function closedWorkbook(dir: string): Promise<string> {
  const backend = backendIn(dir);
  const path = join(dir, 'client.pwb');
  await createIn(backend, path);
  await ok(backend, 'workbook.close', {});
  return path;
}

describe('one writer per workbook, across real processes', () => {
  it('answers a second process "open elsewhere", and lets it open read-only instead', async () => {
    const dir = tempDir();
    const path = await closedWorkbook(dir);
    const writer = holder('edit', path, dir);
    await expect(writer.opened).resolves.toMatchObject({ ok: true, value: { readOnly: false } });
    expect(readWorkbookLock(path)).toMatchObject({ pid: writer.child.pid, hostname: hostname() });

    const second = holder('edit', path, dir);
    const refused = await second.opened;
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(
          new RegExp(
            `^"client\\.pwb" is open in another window of Partnership Workbook \\(process ${writer.child.pid}\\) since .+\\. Open it read-only, or close it there first\\.$`,
          ),
        ),
      },
    });
    const here = await backendIn(dir).call('workbook.open', { path });
    expect(here).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const reader = holder('read-only', path, dir);
    const readOnly = await reader.opened;
    expect(readOnly).toMatchObject({ ok: true, value: { readOnly: true } });
    expect(readOnly.ok && readOnly.value.readOnlyReason).toMatch(
      /^Opened read-only: "client\.pwb" is open in another window/,
    );
    await expect(reader.ask({ cmd: 'write', name: 'From the reader' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'read_only' },
    });
    await expect(writer.ask({ cmd: 'write', name: 'From the writer' })).resolves.toMatchObject({
      ok: true,
    });
    const seen = await reader.ask<{ name: string }[]>({ cmd: 'list' });
    expect(seen.ok && seen.value.map((p) => p.name)).toEqual(['From the writer']);
  });

  it('recovers the lock of a writer that was killed, with its acknowledged edit intact', async () => {
    const dir = tempDir();
    const path = await closedWorkbook(dir);
    const writer = holder('edit', path, dir);
    await writer.opened;
    await expect(
      writer.ask({ cmd: 'write', name: 'Saved before the crash' }),
    ).resolves.toMatchObject({ ok: true });
    writer.child.kill('SIGKILL');
    await exited(writer.child);
    expect(readWorkbookLock(path)?.pid).toBe(writer.child.pid);

    const backend = backendIn(dir);
    await ok(backend, 'workbook.open', { path });
    expect(readWorkbookLock(path)?.pid).toBe(process.pid);
    expect(await partnerNames(backend)).toEqual(['Saved before the crash']);
    backend.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('releases the lock when the writer closes the workbook', async () => {
    const dir = tempDir();
    const path = await closedWorkbook(dir);
    const writer = holder('edit', path, dir);
    await writer.opened;
    expect(existsSync(lockPathFor(path))).toBe(true);
    await writer.ask({ cmd: 'close' });
    await exited(writer.child);
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('makes exactly one of four processes opening at once the writer, also over a stale lock', async () => {
    const dir = tempDir();
    const path = await closedWorkbook(dir);
    for (const round of ['no lock', 'a stale lock']) {
      if (round === 'a stale lock') {
        const dead = spawnSync(process.execPath, [
          '-e',
          'process.stdout.write(String(process.pid))',
        ]);
        writeFileSync(
          lockPathFor(path),
          JSON.stringify({
            app: 'partnership-workbook',
            pid: Number(dead.stdout.toString()),
            hostname: hostname(),
            processStartedAt: new Date().toISOString(),
            lockedAt: new Date().toISOString(),
            nonce: 'crashed',
          }),
        );
      }
      const racers = [0, 1, 2, 3].map(() => holder('edit', path, dir));
      const results = await Promise.all(racers.map((r) => r.opened));
      const winners = results.filter((r) => r.ok);
      expect(winners, round).toHaveLength(1);
      expect(
        results.filter((r) => !r.ok && r.error.code === 'conflict'),
        round,
      ).toHaveLength(3);
      const winner = racers[results.findIndex((r) => r.ok)];
      expect(readWorkbookLock(path)?.pid, round).toBe(winner?.child.pid);
      await winner?.ask({ cmd: 'close' });
      for (const racer of racers) racer.child.kill('SIGKILL');
    }
  });
});
