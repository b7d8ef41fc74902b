import { app, dialog, Menu, protocol, session, type BrowserWindow } from 'electron';
import { readSchemaVersion } from '../../db/migrations-info.ts';
import { ipcChannels, type MenuEvent, type RecentWorkbook } from '../../shared/contract/index.ts';
import { createBackend } from '../backend/backend.ts';
import type { PdfPrinter } from '../backend/printer.ts';
import { createAppProtocolHandler } from './app-protocol.ts';
import { APP_ORIGIN, APP_SCHEME } from './app-protocol-path.ts';
import { createElectronPrinter } from './electron-printer.ts';
import { registerShellIpc } from './ipc.ts';
import { createMainWindow } from './main-window.ts';
import { buildMenuTemplate } from './menu-template.ts';
import { checkNativeBinding } from './native-binding.ts';
import { runtimePaths } from './runtime-paths.ts';
import { TrustedContents } from './trusted-senders.ts';
import { denyAllPermissions } from './web-security.ts';
import { APP_NAME, windowTitle } from './workbook-changed.ts';

export interface Shell {
  /** A workbook the OS asked us to open (file association, second launch, macOS open-file). */
  openWorkbook(path: string): void;
  /** Brings the window forward, reopening it if it was closed (macOS keeps the app running). */
  focus(): void;
  readonly printer: PdfPrinter;
}

/** Starts everything after app 'ready'. Returns null when the app cannot run (already explained to the user). */
export async function startShell(): Promise<Shell | null> {
  const paths = runtimePaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    userData: app.getPath('userData'),
  });
  const problem = checkNativeBinding(paths.nativeBinding, app.isPackaged);
  if (problem) {
    dialog.showErrorBox('Partnership Workbook cannot start', problem);
    app.quit();
    return null;
  }

  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.rendererDir));

  // The router checks handler output against the contract except in production builds.
  if (app.isPackaged) process.env.NODE_ENV = 'production';
  const backend = createBackend({
    dataDir: app.getPath('userData'),
    host: 'electron',
    version: app.getVersion(),
    migrationsFolder: paths.migrationsFolder,
    appSchemaVersion: readSchemaVersion(paths.migrationsFolder),
    nativeBinding: paths.nativeBinding,
  });
  const trusted = new TrustedContents();
  const printer = createElectronPrinter({ preload: paths.preload, trusted });
  // The pack route is printed from the same app:// origin, in a hidden window with the same bridge.
  backend.setPrintService({
    printer,
    pageUrl: (hashPath) => `${APP_ORIGIN}/index.html#${hashPath}`,
  });

  let window: BrowserWindow | null = null;
  let pageReady = false;
  // Menu commands and OS file opens wait here until the page (and its preload) has loaded.
  const queued: MenuEvent[] = [];
  const send = (event: MenuEvent): void => {
    if (window && pageReady) window.webContents.send(ipcChannels.menu, event);
    else queued.push(event);
  };

  const refreshMenu = async (): Promise<void> => {
    const recent = await backend.call('workbook.recent', {});
    const template = buildMenuTemplate({
      platform: process.platform,
      isDev: !app.isPackaged,
      appName: APP_NAME,
      recent: recent.ok ? (recent.value as RecentWorkbook[]) : [],
      send,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const openWindow = (): BrowserWindow => {
    const created = createMainWindow({
      preload: paths.preload,
      windowStateFile: paths.windowStateFile,
      trusted,
    });
    pageReady = false;
    created.webContents.on('did-start-loading', () => (pageReady = false));
    created.webContents.on('did-finish-load', () => {
      pageReady = true;
      for (const event of queued.splice(0)) created.webContents.send(ipcChannels.menu, event);
    });
    created.on('closed', () => (window = null));
    window = created;
    return created;
  };

  registerShellIpc({
    backend,
    trusted,
    onWorkbookChanged(info, target) {
      target.setTitle(windowTitle(info));
      if (info) {
        app.addRecentDocument(info.path);
        if (process.platform === 'darwin') target.setRepresentedFilename(info.path);
      }
      void refreshMenu();
    },
  });

  app.on('will-quit', () => {
    void printer.close();
    backend.close();
  });

  await refreshMenu();
  openWindow();

  return {
    printer,
    openWorkbook(path) {
      send({ command: 'openRecent', path });
    },
    focus() {
      const target = window ?? openWindow();
      if (target.isMinimized()) target.restore();
      target.focus();
    },
  };
}
