import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../db/open.ts';
import { WorkbookGuard } from '../../electron/backend/backups.ts';
import {
  IntegrityWorker,
  integrityWorkerLocation,
} from '../../electron/backend/integrity-worker-client.ts';
import { appSchemaVersion, ok } from '../fixtures/backend.ts';
import { badFiles } from '../fixtures/bad-files.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { defaultMigrationsFolder } from '../../db/migrations-info.ts';
import { backendIn, createIn, settled } from './backend-helpers.ts';

const tempDir = useTempDirs();

/** Records the PRAGMAs the backend's own connection runs. */
function pragmasOn(backend: ReturnType<typeof backendIn>): string[] {
  const sqlite = backend.state.require().connection.sqlite;
  const seen: string[] = [];
  const pragma = sqlite.pragma.bind(sqlite);
  sqlite.pragma = ((source: string, options?: { simple?: boolean }) => {
    seen.push(source);
    return pragma(source, options);
  }) as typeof sqlite.pragma;
  return seen;
}

async function closedWorkbook(dir: string): Promise<string> {
  const backend = backendIn(dir, { postOpenDelayMs: 60_000 });
  const path = join(dir, 'client.pwb');
  await createIn(backend, path);
  for (let i = 0; i < 50; i++)
    await ok(backend, 'partners.create', { name: `Partner ${i}`, type: 'content' });
  await ok(backend, 'workbook.close', {});
  return path;
}

describe('the on-open check and backup, off the backend thread', () => {
  it('runs the check and verifies the on-open backup in a worker, and reports the result', async () => {
    const dir = tempDir();
    const path = await closedWorkbook(dir);
    const backend = backendIn(dir, { postOpenDelayMs: 0 });
    const opened = await ok(backend, 'workbook.open', { path });
    expect(opened.integrity).toBe('checking');
    const pragmas = pragmasOn(backend);
    await settled(backend);
    await expect(ok(backend, 'workbook.current', {})).resolves.toMatchObject({
      integrity: 'ok',
      readOnly: false,
    });
    // The backend's connection never read the whole file: the worker did, on its own connection.
    expect(pragmas.filter((p) => /quick_check|integrity_check/.test(p))).toEqual([]);
    const { backups } = await ok(backend, 'backups.list', {});
    expect(backups.map((b) => b.reason)).toEqual(['open']);
    backend.close();
  });

  it('finds a damaged page from the worker and turns the workbook read-only', async () => {
    const dir = tempDir();
    const damaged = await badFiles.bitFlippedPage(await closedWorkbook(dir), dir);
    const backend = backendIn(dir, { postOpenDelayMs: 0 });
    await ok(backend, 'workbook.open', { path: damaged });
    const pragmas = pragmasOn(backend);
    await settled(backend);
    await expect(ok(backend, 'workbook.current', {})).resolves.toMatchObject({
      integrity: 'damaged',
      readOnly: true,
    });
    expect(pragmas.filter((p) => p.includes('quick_check'))).toEqual([]);
    backend.close();
  });

  it('checks on its own thread when the worker cannot start', async () => {
    const dir = tempDir();
    const damaged = await badFiles.bitFlippedPage(await closedWorkbook(dir), dir);
    const broken = new IntegrityWorker(undefined, {
      file: join(dir, 'no-such-worker.mjs'),
      options: {},
    });
    await expect(broken.quickCheck(damaged)).rejects.toThrow();
    const connection = await openWorkbook(damaged, {
      migrationsFolder: defaultMigrationsFolder,
      appSchemaVersion,
    });
    const guard = new WorkbookGuard(connection, {
      folder: join(dir, 'backups'),
      postOpenDelayMs: 0,
      intervalMs: 3_600_000,
      automaticBackups: false,
      worker: broken,
    });
    await guard.settled();
    expect(guard.integrity).toBe('damaged');
    expect(connection.readOnly).toBe(true);
    guard.stop();
    connection.close();
  });

  it('answers a quick check of a healthy file from the worker thread', async () => {
    const dir = tempDir();
    const path = await closedWorkbook(dir);
    const worker = new IntegrityWorker(undefined, integrityWorkerLocation());
    await expect(worker.quickCheck(path)).resolves.toBe('ok');
    await expect(worker.verifyCopy(path)).resolves.toBeNull();
    worker.stop();
  });
});
