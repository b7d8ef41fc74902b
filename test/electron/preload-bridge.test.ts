import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron.ts'));

import {
  ipcChannels,
  methodNames,
  type Envelope,
  type MenuEvent,
  type ShellBridge,
  type WorkbookBridge,
} from '../../shared/contract/index.ts';
import type { Backend } from '../../electron/backend/backend.ts';
import { registerShellIpc } from '../../electron/main/ipc.ts';
import { TrustedContents } from '../../electron/main/trusted-senders.ts';
import {
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  type FakeBrowserWindow,
} from './fake-electron.ts';
import { makeElectronBackend, trustedWindow } from './shell-fixtures.ts';

// The preload, as a renderer would see it, wired to the real main-process handlers and backend:
// ipcRenderer.invoke/send are routed into ipcMain as Electron would route them from our window.
describe('preload bridge → ipcMain → backend', () => {
  let dir: string;
  let backend: Backend;
  let window: FakeBrowserWindow;
  const reached: { method: string; input: unknown }[] = [];
  const changed: unknown[] = [];
  let workbook: WorkbookBridge;
  let shell: ShellBridge;
  let untyped: Record<string, (input: unknown) => Promise<Envelope<unknown>>>;

  beforeAll(async () => {
    // One directory for the whole file: the tests below share the backend and its files.
    dir = mkdtempSync(join(tmpdir(), 'pwb-preload-'));
    backend = makeElectronBackend(dir);
    const trusted = new TrustedContents();
    registerShellIpc({
      backend: {
        call: (method, input) => (reached.push({ method, input }), backend.call(method, input)),
      },
      trusted,
      onWorkbookChanged: (info) => changed.push(info),
    });
    window = await trustedWindow(trusted);
    const frame = window.webContents.mainFrame;
    ipcRenderer.invoke.mockImplementation((channel, ...args) =>
      ipcMain.invokeFrom(window.webContents, frame, channel, ...args),
    );
    ipcRenderer.send.mockImplementation((channel, ...args) =>
      ipcMain.sendFrom(window.webContents, frame, channel, ...args),
    );

    // electron.vite.config.ts defines this constant for the real build; see preload-build.test.ts.
    vi.stubGlobal('__PWB_METHOD_NAMES__', methodNames);
    await import('../../electron/preload/index.ts');
    workbook = contextBridge.exposed.get('workbook') as WorkbookBridge;
    shell = contextBridge.exposed.get('workbookShell') as ShellBridge;
    untyped = workbook as unknown as typeof untyped;
  });
  afterAll(() => {
    backend.close();
    vi.unstubAllGlobals();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exposes exactly window.workbook and window.workbookShell, never ipcRenderer', () => {
    expect([...contextBridge.exposed.keys()].sort()).toEqual(['workbook', 'workbookShell']);
    for (const api of contextBridge.exposed.values()) {
      expect(api).not.toBe(ipcRenderer);
      for (const value of Object.values(api as object)) {
        expect(value).not.toBe(ipcRenderer);
        expect(value).not.toBe(ipcRenderer.invoke);
        expect(value).not.toBe(ipcRenderer.send);
        expect(typeof value).toBe('function');
      }
    }
    expect(Object.keys(shell).sort()).toEqual([
      'onMenu',
      'pickOpenPath',
      'pickSavePath',
      'workbookChanged',
    ]);
  });

  it('has one function per contract method, and nothing else', () => {
    expect(Object.keys(workbook).sort()).toEqual([...methodNames].sort());
  });

  it('reaches the backend for every contract method', async () => {
    reached.length = 0;
    for (const method of methodNames) {
      const fn = untyped[method];
      if (!fn) throw new Error(`no bridge function for ${method}`);
      const result = await fn({});
      expect(typeof result.ok, method).toBe('boolean');
      if (!result.ok) expect(result.error.code, method).not.toBe('unknown_method');
    }
    expect(reached.map((r) => r.method)).toEqual(methodNames);
  });

  it('round-trips app.info from the real backend', async () => {
    const result = await workbook['app.info']({});
    expect(result).toMatchObject({ ok: true, value: { host: 'electron', version: '0.0.0-test' } });
  });

  it('returns the router validation error, with fields, for bad input', async () => {
    const result = await workbook['workbook.open']({ path: 'relative/client.pwb' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(Object.keys(result.error.fields ?? {})).toContain('path');
    }
  });

  it('creates a real workbook file through the bridge', async () => {
    const path = join(dir, 'contoso.pwb');
    const created = await workbook['workbook.create']({
      path,
      orgName: 'Northwind',
      clientName: 'Contoso',
      currency: 'EUR',
    });
    expect(created).toMatchObject({ ok: true, value: { path, readOnly: false } });
    expect(existsSync(path)).toBe(true);
    const current = await workbook['workbook.current']({});
    expect(current).toMatchObject({ ok: true, value: { path } });
    expect((await workbook['workbook.close']({})).ok).toBe(true);
  });

  it('pickOpenPath and pickSavePath reach the native dialogs', async () => {
    expect(await shell.pickOpenPath()).toBe('/home/user/client.pwb');
    expect(await shell.pickSavePath('Governance pack', 'pdf')).toBe('/home/user/pack.pdf');
    expect(dialog.showSaveDialog.mock.lastCall?.[1]).toMatchObject({
      defaultPath: 'Governance pack.pdf',
    });
  });

  it('workbookChanged reaches the shell', () => {
    shell.workbookChanged({ title: 'Contoso', path: '/data/contoso.pwb' });
    shell.workbookChanged(null);
    expect(changed).toEqual([{ title: 'Contoso', path: '/data/contoso.pwb' }, null]);
  });

  it('delivers menu events, holding the ones that arrive before anyone listens', () => {
    const early: MenuEvent = { command: 'openRecent', path: '/data/from-os.pwb' };
    ipcRenderer.emit(ipcChannels.menu, {}, early);
    const seen: MenuEvent[] = [];
    const unsubscribe = shell.onMenu((event) => seen.push(event));
    expect(seen).toEqual([early]);

    ipcRenderer.emit(ipcChannels.menu, {}, { command: 'new' });
    unsubscribe();
    ipcRenderer.emit(ipcChannels.menu, {}, { command: 'open' });
    const later: MenuEvent[] = [];
    const unsubscribeLater = shell.onMenu((event) => later.push(event));
    expect(seen).toEqual([early, { command: 'new' }]);
    expect(later).toEqual([{ command: 'open' }]);
    unsubscribeLater();
  });
});
