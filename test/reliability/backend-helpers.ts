import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend.ts';
import type { BackendOptions } from '../../electron/backend/state.ts';
import { defaultMigrationsFolder } from '../../db/migrations-info.ts';
import { appSchemaVersion, ok } from '../fixtures/backend.ts';

/** A backend on a data directory inside dir, with the timing options a test wants. */
export function backendIn(dir: string, overrides: Partial<BackendOptions> = {}): Backend {
  return createBackend({
    dataDir: join(dir, 'data'),
    host: 'browser',
    version: '0.0.0-test',
    migrationsFolder: defaultMigrationsFolder,
    appSchemaVersion,
    ...overrides,
  });
}

export async function createIn(backend: Backend, path: string): Promise<void> {
  await ok(backend, 'workbook.create', {
    path,
    orgName: 'Northwind Advisory',
    clientName: 'Contoso',
    currency: 'EUR',
  });
}

/** Waits for the open workbook's post-open check and backup. */
export async function settled(backend: Backend): Promise<void> {
  await backend.state.workbook?.guard.settled();
}

export async function partnerNames(backend: Backend): Promise<string[]> {
  const list = await ok(backend, 'partners.list', { includeArchived: true });
  return list.map((p) => p.name).sort();
}
