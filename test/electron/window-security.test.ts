import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session, WebContents } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron.ts'));

import { APP_ENTRY_URL } from '../../electron/main/app-protocol-path.ts';
import { createMainWindow } from '../../electron/main/main-window.ts';
import { TrustedContents } from '../../electron/main/trusted-senders.ts';
import {
  denyAllPermissions,
  denyNavigation,
  secureWebPreferences,
} from '../../electron/main/web-security.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { FakeBrowserWindow, FakeWebContents, session } from './fake-electron.ts';

const tempDir = useTempDirs();

function openMainWindow(dir = tempDir()) {
  const trusted = new TrustedContents();
  const windowStateFile = join(dir, 'window-state.json');
  const window = createMainWindow({
    preload: '/app/out/preload/index.cjs',
    windowStateFile,
    trusted,
  }) as unknown as FakeBrowserWindow;
  return { window, trusted, windowStateFile };
}

const preventable = () => ({ preventDefault: vi.fn() });

describe('the main window', () => {
  afterEach(() => {
    FakeBrowserWindow.all = [];
  });

  it('runs the renderer isolated, sandboxed, without Node, with web security on', () => {
    const { window } = openMainWindow();
    expect(window.options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    });
    expect(window.options.webPreferences).toEqual(
      secureWebPreferences('/app/out/preload/index.cjs'),
    );
  });

  it('loads our page from app://, shows only when ready, and is trusted for IPC', async () => {
    const { window, trusted } = openMainWindow();
    expect(window.options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(window.visible).toBe(false);
    await window.loadURL.mock.results[0]?.value;
    expect(window.visible).toBe(true);
    expect(trusted.has(window.webContents as unknown as WebContents)).toBe(true);
  });

  it('refuses every navigation, redirect, webview and new window', () => {
    const { window } = openMainWindow();
    const contents = window.webContents;
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      for (const url of ['https://evil.example/', 'app://app/index.html', 'file:///etc/passwd']) {
        const event = preventable();
        contents.emit(name, event, url);
        expect(event.preventDefault, `${name} ${url}`).toHaveBeenCalled();
      }
    }
    for (const url of ['https://evil.example/', 'app://app/index.html', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('keeps the workbook title instead of the page <title>', () => {
    const { window } = openMainWindow();
    const event = preventable();
    window.emit('page-title-updated', event, 'Vite app');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('remembers its size and position, and restores them on a visible display', () => {
    const dir = tempDir();
    const first = openMainWindow(dir);
    expect(first.window.options).toMatchObject({ width: 1280, height: 820 });
    first.window.emit('close');
    expect(JSON.parse(readFileSync(first.windowStateFile, 'utf8'))).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: false,
    });
    const second = openMainWindow(dir);
    expect(second.window.options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });

    writeFileSync(
      second.windowStateFile,
      JSON.stringify({ bounds: { x: 9000, y: 9000, width: 800, height: 600 }, maximized: false }),
    );
    expect(openMainWindow(dir).window.options).toMatchObject({
      x: 560,
      y: 225,
      width: 800,
      height: 600,
    });
    writeFileSync(second.windowStateFile, '{ not json');
    expect(openMainWindow(dir).window.options).toMatchObject({ width: 1280, height: 820 });
  });
});

describe('hardening helpers', () => {
  it('denyNavigation works on any WebContents (print windows too)', () => {
    const contents = new FakeWebContents();
    denyNavigation(contents as unknown as WebContents);
    const event = preventable();
    contents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
  });

  it('denies every permission request and check', () => {
    const fake = session.defaultSession;
    denyAllPermissions(fake as unknown as Session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'hid',
      'unknown',
    ]) {
      const callback = vi.fn();
      fake.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(fake.permissionCheckHandler?.({}, permission, 'app://app', {}), permission).toBe(
        false,
      );
    }
    expect(fake.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
    const streams = vi.fn();
    fake.displayMediaRequestHandler?.({}, streams);
    expect(streams).toHaveBeenCalledWith(null);
  });
});
