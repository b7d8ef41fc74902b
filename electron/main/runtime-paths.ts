import { join } from 'node:path';

export interface RuntimeLocation {
  isPackaged: boolean;
  /** app.getAppPath(): the checkout in development, resources/app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
  userData: string;
}

export interface RuntimePaths {
  rendererDir: string;
  preload: string;
  migrationsFolder: string;
  /** better-sqlite3 built for Electron's ABI; node_modules keeps the Node build for tests. */
  nativeBinding: string;
  windowStateFile: string;
}

/**
 * Everything the shell loads from disk, from app.getAppPath() rather than the bundle's own URL
 * (bundling moves files). Packaged, migrations and the native binary are extraResources outside the
 * asar, as build/electron-builder.yml places them.
 */
export function runtimePaths(location: RuntimeLocation): RuntimePaths {
  const { appPath, resourcesPath, isPackaged } = location;
  return {
    rendererDir: join(appPath, 'out', 'renderer'),
    preload: join(appPath, 'out', 'preload', 'index.cjs'),
    migrationsFolder: isPackaged
      ? join(resourcesPath, 'migrations')
      : join(appPath, 'db', 'migrations'),
    nativeBinding: isPackaged
      ? join(resourcesPath, 'native', 'better_sqlite3.node')
      : join(appPath, '.native', 'electron', 'better_sqlite3.node'),
    windowStateFile: join(location.userData, 'window-state.json'),
  };
}
