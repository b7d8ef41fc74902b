import { join } from 'node:path';
import type { WebContents } from 'electron';
import { createBackend, type Backend } from '../../electron/backend/backend.ts';
import { defaultMigrationsFolder, readSchemaVersion } from '../../db/migrations-info.ts';
import { APP_ENTRY_URL } from '../../electron/main/app-protocol-path.ts';
import type { TrustedContents } from '../../electron/main/trusted-senders.ts';
import { FakeBrowserWindow } from './fake-electron.ts';

/** The real backend as the Electron shell configures it, on real SQLite files under dir. */
export function makeElectronBackend(dir: string): Backend {
  return createBackend({
    dataDir: join(dir, 'user-data'),
    host: 'electron',
    version: '0.0.0-test',
    migrationsFolder: defaultMigrationsFolder,
    appSchemaVersion: readSchemaVersion(defaultMigrationsFolder),
  });
}

/** One of our windows, showing our page, registered as trusted. */
export async function trustedWindow(trusted: TrustedContents): Promise<FakeBrowserWindow> {
  const window = new FakeBrowserWindow({});
  trusted.add(window.webContents as unknown as WebContents);
  await window.loadURL(APP_ENTRY_URL);
  return window;
}
