import { defaultMigrationsFolder, readSchemaVersion } from '../../db/migrations-info.ts';
import { createBackend, type Backend } from '../backend/backend.ts';
import { appVersion, defaultDataDir } from '../backend/paths.ts';

/** The backend as the browser host and the command line run it: plain Node, the Node build of better-sqlite3. */
export function createNodeBackend(dataDir: string = defaultDataDir()): Backend {
  return createBackend({
    dataDir,
    host: 'browser',
    version: appVersion(),
    migrationsFolder: defaultMigrationsFolder,
    appSchemaVersion: readSchemaVersion(defaultMigrationsFolder),
  });
}
