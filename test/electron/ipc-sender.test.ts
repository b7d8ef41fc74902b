import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron.ts'));

import { ipcChannels } from '../../shared/contract/index.ts';
import type { Backend } from '../../electron/backend/backend.ts';
import { refusedCall, registerShellIpc } from '../../electron/main/ipc.ts';
import { TrustedContents } from '../../electron/main/trusted-senders.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import {
  dialog,
  FakeBrowserWindow,
  FakeWebContents,
  FakeWebFrame,
  ipcMain,
} from './fake-electron.ts';
import { makeElectronBackend, trustedWindow } from './shell-fixtures.ts';

const tempDir = useTempDirs();

describe('IPC sender validation', () => {
  let backend: Backend;
  let reached: string[];
  let trusted: TrustedContents;
  let dispose: () => void;
  const changed = vi.fn();

  beforeEach(() => {
    backend = makeElectronBackend(tempDir());
    reached = [];
    trusted = new TrustedContents();
    dispose = registerShellIpc({
      backend: { call: (method, input) => (reached.push(method), backend.call(method, input)) },
      trusted,
      onWorkbookChanged: changed,
    });
    changed.mockClear();
    dialog.showOpenDialog.mockClear();
    dialog.showSaveDialog.mockClear();
  });
  afterEach(() => {
    dispose();
    backend.close();
    FakeBrowserWindow.all = [];
  });

  it('registers exactly one handler for all contract calls, plus the shell dialogs', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [ipcChannels.call, ipcChannels.pickOpen, ipcChannels.pickSave].sort(),
    );
    expect(ipcMain.listenerCount(ipcChannels.workbookChanged)).toBe(1);
  });

  it('hands a call from our window to the backend', async () => {
    const window = await trustedWindow(trusted);
    const result = await ipcMain.invokeFrom(
      window.webContents,
      window.webContents.mainFrame,
      ipcChannels.call,
      'app.info',
      {},
    );
    expect(result).toMatchObject({ ok: true, value: { host: 'electron', version: '0.0.0-test' } });
    expect(reached).toEqual(['app.info']);
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:5173/',
    'file:///home/user/evil.html',
    'app://evil/index.html',
    'app://app.evil/index.html',
    'about:blank',
    'data:text/html,<script>1</script>',
    '',
  ])('refuses a call from our window when its frame shows %s', async (url) => {
    const window = await trustedWindow(trusted);
    window.webContents.mainFrame.url = url;
    const result = await ipcMain.invokeFrom(
      window.webContents,
      window.webContents.mainFrame,
      ipcChannels.call,
      'app.info',
      {},
    );
    expect(result).toEqual(refusedCall);
    expect(reached).toEqual([]);
  });

  it('refuses a call from a subframe, even one on our origin', async () => {
    const window = await trustedWindow(trusted);
    const subframe = new FakeWebFrame('app://app/index.html', window.webContents.mainFrame);
    expect(
      await ipcMain.invokeFrom(window.webContents, subframe, ipcChannels.call, 'app.info', {}),
    ).toEqual(refusedCall);
    expect(reached).toEqual([]);
  });

  it('refuses a top-level frame that is not the main frame of the sender, a detached frame, or none', async () => {
    const window = await trustedWindow(trusted);
    const other = new FakeWebFrame('app://app/index.html');
    expect(
      await ipcMain.invokeFrom(window.webContents, other, ipcChannels.call, 'app.info', {}),
    ).toEqual(refusedCall);
    expect(
      await ipcMain.invokeFrom(window.webContents, null, ipcChannels.call, 'app.info', {}),
    ).toEqual(refusedCall);
    window.webContents.mainFrame.detached = true;
    expect(
      await ipcMain.invokeFrom(
        window.webContents,
        window.webContents.mainFrame,
        ipcChannels.call,
        'app.info',
        {},
      ),
    ).toEqual(refusedCall);
    expect(reached).toEqual([]);
  });

  it('refuses a WebContents we did not create, and one of ours once destroyed', async () => {
    const stranger = new FakeWebContents();
    stranger.mainFrame.url = 'app://app/index.html';
    expect(
      await ipcMain.invokeFrom(stranger, stranger.mainFrame, ipcChannels.call, 'app.info', {}),
    ).toEqual(refusedCall);

    const window = await trustedWindow(trusted);
    window.destroy();
    expect(trusted.has(window.webContents as unknown as WebContents)).toBe(false);
    expect(
      await ipcMain.invokeFrom(
        window.webContents,
        window.webContents.mainFrame,
        ipcChannels.call,
        'app.info',
        {},
      ),
    ).toEqual(refusedCall);
    expect(reached).toEqual([]);
  });

  it('answers a malformed method name with an error envelope, not a throw', async () => {
    const window = await trustedWindow(trusted);
    const frame = window.webContents.mainFrame;
    expect(
      await ipcMain.invokeFrom(window.webContents, frame, ipcChannels.call, 42, {}),
    ).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(
      await ipcMain.invokeFrom(window.webContents, frame, ipcChannels.call, 'constructor', {}),
    ).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
  });

  it('opens no dialog for an untrusted sender and returns null', async () => {
    const window = await trustedWindow(trusted);
    window.webContents.mainFrame.url = 'https://evil.example/';
    const frame = window.webContents.mainFrame;
    expect(await ipcMain.invokeFrom(window.webContents, frame, ipcChannels.pickOpen)).toBeNull();
    expect(
      await ipcMain.invokeFrom(window.webContents, frame, ipcChannels.pickSave, 'x', 'pdf'),
    ).toBeNull();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('shows native dialogs with the right filters for our window', async () => {
    const window = await trustedWindow(trusted);
    const frame = window.webContents.mainFrame;
    expect(await ipcMain.invokeFrom(window.webContents, frame, ipcChannels.pickOpen)).toBe(
      '/home/user/client.pwb',
    );
    expect(dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['pwb'] }, { extensions: ['*'] }],
    });

    const expected = {
      workbook: 'pwb',
      pdf: 'pdf',
      csv: 'csv',
      json: 'json',
      ics: 'ics',
      png: 'png',
      svg: 'svg',
    };
    for (const [kind, ext] of Object.entries(expected)) {
      const path = await ipcMain.invokeFrom(
        window.webContents,
        frame,
        ipcChannels.pickSave,
        '../../Board pack',
        kind,
      );
      expect(path).toBe(`/home/user/pack.${ext}`);
      expect(dialog.showSaveDialog.mock.lastCall?.[1]).toMatchObject({
        defaultPath: `Board pack.${ext}`,
        filters: [{ extensions: [ext] }],
      });
    }
    expect(
      await ipcMain.invokeFrom(window.webContents, frame, ipcChannels.pickSave, 'x', 'exe'),
    ).toBeNull();
  });

  it('updates the shell on workbookChanged only from our window and only with a well-formed payload', async () => {
    const window = await trustedWindow(trusted);
    const frame = window.webContents.mainFrame;
    ipcMain.sendFrom(window.webContents, frame, ipcChannels.workbookChanged, {
      title: 'Contoso',
      path: '/data/contoso.pwb',
    });
    ipcMain.sendFrom(window.webContents, frame, ipcChannels.workbookChanged, null);
    ipcMain.sendFrom(window.webContents, frame, ipcChannels.workbookChanged, {
      title: 'x',
      path: 'relative.pwb',
    });
    ipcMain.sendFrom(window.webContents, frame, ipcChannels.workbookChanged, 'Contoso');
    const subframe = new FakeWebFrame('app://app/index.html', frame);
    ipcMain.sendFrom(window.webContents, subframe, ipcChannels.workbookChanged, {
      title: 'Evil',
      path: '/evil.pwb',
    });

    expect(changed.mock.calls).toEqual([
      [{ title: 'Contoso', path: '/data/contoso.pwb' }, window],
      [null, window],
    ]);
  });
});
