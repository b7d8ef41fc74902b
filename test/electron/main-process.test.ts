import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron.ts'));

import { defaultMigrationsFolder } from '../../db/migrations-info.ts';
import { RENDERER_CSP } from '../../electron/backend/csp.ts';
import { ipcChannels } from '../../shared/contract/index.ts';
import {
  app,
  dialog,
  FakeBrowserWindow,
  ipcMain,
  Menu,
  protocol,
  session,
} from './fake-electron.ts';

/**
 * A checkout as `npm start` sees it: built renderer, migrations, and the native binary in
 * .native/electron. Here "Electron" is Node, so the Node build of better-sqlite3 is the right one.
 */
function fakeCheckout(root: string): void {
  const bsq = dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
  mkdirSync(join(root, '.native', 'electron'), { recursive: true });
  cpSync(
    join(bsq, 'build', 'Release', 'better_sqlite3.node'),
    join(root, '.native', 'electron', 'better_sqlite3.node'),
  );
  cpSync(defaultMigrationsFolder, join(root, 'db', 'migrations'), { recursive: true });
  mkdirSync(join(root, 'out', 'renderer'), { recursive: true });
  writeFileSync(join(root, 'out', 'renderer', 'index.html'), '<!doctype html><title>PW</title>');
}

function menuSent(window: FakeBrowserWindow): unknown[] {
  return window.webContents.sent
    .filter((m) => m.channel === ipcChannels.menu)
    .map((m) => m.args[0]);
}

describe('the main process, started as Electron would start it', () => {
  const root = mkdtempSync(join(tmpdir(), 'pwb-main-'));
  const appDir = join(root, 'app');
  const userData = join(root, 'user-data');
  const firstFile = join(root, 'from-launch.pwb');
  let window: FakeBrowserWindow;

  const call = (method: string, input: unknown) =>
    ipcMain.invokeFrom(
      window.webContents,
      window.webContents.mainFrame,
      ipcChannels.call,
      method,
      input,
    );

  beforeAll(async () => {
    fakeCheckout(appDir);
    app.paths = { appPath: appDir, userData };
    const argv = process.argv;
    process.argv = [...argv, firstFile];
    try {
      await import('../../electron/main/index.ts');
    } finally {
      process.argv = argv;
    }
    expect(FakeBrowserWindow.all).toEqual([]);
    app.becomeReady();
    window = await vi.waitFor(() => {
      expect(FakeBrowserWindow.all).toHaveLength(1);
      return FakeBrowserWindow.all[0] as FakeBrowserWindow;
    });
  });
  afterAll(() => {
    app.emit('will-quit');
    rmSync(root, { recursive: true, force: true });
  });

  it('makes app:// a standard, secure scheme before ready, and takes the single-instance lock', () => {
    expect(protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
        }),
      },
    ]);
    expect(protocol.privileged[0]?.privileges?.bypassCSP).toBeUndefined();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('serves the built renderer on app:// with the CSP', async () => {
    const handler = protocol.handlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler?.(new Request('app://app/index.html'));
    if (!response) return;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(await response.text()).toContain('<title>PW</title>');
  });

  it('denies permissions on the default session', () => {
    const check = session.defaultSession.permissionCheckHandler;
    expect(check?.(null, 'media', 'app://app', {})).toBe(false);
  });

  it('opens one hardened window on our page, with the built preload', () => {
    expect(window.loadURL).toHaveBeenCalledWith('app://app/index.html');
    expect(window.options.webPreferences).toMatchObject({
      preload: join(appDir, 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('answers the renderer through the real backend, in userData', async () => {
    expect(await call('app.info', {})).toMatchObject({
      ok: true,
      value: { host: 'electron', dataDir: userData },
    });
    expect(await call('workbook.open', { path: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('passes the workbook named on the command line to the page once it has loaded', () => {
    expect(menuSent(window)).toContainEqual({ command: 'openRecent', path: firstFile });
  });

  it('a second launch focuses this window and hands over its workbook', () => {
    app.emit('second-instance', {}, ['/opt/pwb/pwb', 'other.pwb'], '/home/ana');
    expect(menuSent(window)).toContainEqual({
      command: 'openRecent',
      path: join('/home/ana', 'other.pwb'),
    });
  });

  it('macOS open-file is taken over and handed to the page', () => {
    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, '/Users/ana/fabrikam.pwb');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(menuSent(window)).toContainEqual({
      command: 'openRecent',
      path: '/Users/ana/fabrikam.pwb',
    });
  });

  it('titles the window after the workbook and lists it in Open Recent', async () => {
    const path = join(root, 'contoso.pwb');
    const created = await call('workbook.create', {
      path,
      orgName: 'Northwind',
      clientName: 'Contoso',
      currency: 'EUR',
    });
    expect(created).toMatchObject({ ok: true });
    expect(existsSync(path)).toBe(true);

    ipcMain.sendFrom(
      window.webContents,
      window.webContents.mainFrame,
      ipcChannels.workbookChanged,
      { title: 'Contoso', path },
    );
    expect(window.title).toBe('Contoso — Partnership Workbook');
    expect(app.addRecentDocument).toHaveBeenCalledWith(path);
    await vi.waitFor(() => {
      const template = Menu.setApplicationMenu.mock.lastCall?.[0] as {
        template: MenuItemConstructorOptions[];
      };
      const file = template.template.find((m) => m.label === 'File')
        ?.submenu as MenuItemConstructorOptions[];
      const recent = file.find((m) => m.label === 'Open Recent')
        ?.submenu as MenuItemConstructorOptions[];
      expect(recent.map((m) => m.label)).toContain(`Contoso — ${path}`);
    });

    ipcMain.sendFrom(
      window.webContents,
      window.webContents.mainFrame,
      ipcChannels.workbookChanged,
      null,
    );
    expect(window.title).toBe('Partnership Workbook');
  });

  it('closes the workbook when the app quits', async () => {
    expect(await call('workbook.current', {})).toMatchObject({
      ok: true,
      value: { title: expect.any(String) },
    });
    app.emit('will-quit');
    expect(await call('workbook.current', {})).toEqual({ ok: true, value: null });
  });
});
