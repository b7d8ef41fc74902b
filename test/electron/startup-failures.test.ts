import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './fake-electron.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

type Fake = typeof FakeElectron;

/** A fresh main process per test: the module registry is reset, so 'electron' is a new fake too. */
async function launch(prepare: (fake: Fake) => void): Promise<Fake> {
  vi.resetModules();
  // Mocked modules survive resetModules: register the mock again so it is built from the fresh fake.
  vi.doMock('electron', () => import('./fake-electron.ts'));
  const fake = await import('./fake-electron.ts');
  prepare(fake);
  await import('../../electron/main/index.ts');
  fake.app.becomeReady();
  return fake;
}

describe('startup refusals', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pwb-startup-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('a second instance quits at once and opens nothing', async () => {
    const fake = await launch((f) => f.app.requestSingleInstanceLock.mockReturnValue(false));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.all).toEqual([]);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('without the Electron build of better-sqlite3, explains the fix and quits before opening a window', async () => {
    const fake = await launch(
      (f) => (f.app.paths = { appPath: root, userData: join(root, 'data') }),
    );
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    const [title, message] = fake.dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toBe('Partnership Workbook cannot start');
    expect(message).toContain('npm run native:electron');
    expect(fake.FakeBrowserWindow.all).toEqual([]);
  });

  it('a binary that is not a loadable module is refused the same way', async () => {
    mkdirSync(join(root, '.native', 'electron'), { recursive: true });
    writeFileSync(join(root, '.native', 'electron', 'better_sqlite3.node'), 'not a shared library');
    const fake = await launch(
      (f) => (f.app.paths = { appPath: root, userData: join(root, 'data') }),
    );
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    expect(fake.dialog.showErrorBox.mock.calls[0]?.[1]).toMatch(/could not be loaded/);
    expect(fake.FakeBrowserWindow.all).toEqual([]);
  });

  it('a packaged app missing its resources asks for a reinstall', async () => {
    // Electron sets process.resourcesPath; Node has none.
    Object.defineProperty(process, 'resourcesPath', {
      value: join(root, 'resources'),
      configurable: true,
    });
    try {
      const fake = await launch((f) => {
        f.app.paths = {
          appPath: join(root, 'resources', 'app.asar'),
          userData: join(root, 'data'),
        };
        f.app.isPackaged = true;
      });
      await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
      const message = fake.dialog.showErrorBox.mock.calls[0]?.[1];
      expect(message).toContain(join(root, 'resources', 'native', 'better_sqlite3.node'));
      expect(message).toMatch(/reinstall/);
    } finally {
      Reflect.deleteProperty(process, 'resourcesPath');
    }
  });
});
