import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuCommands, type MenuEvent } from '../../shared/contract/index.ts';
import { buildMenuTemplate, type MenuContext } from '../../electron/main/menu-template.ts';

function build(overrides: Partial<MenuContext> = {}) {
  const sent: MenuEvent[] = [];
  const template = buildMenuTemplate({
    platform: 'linux',
    isDev: false,
    appName: 'Partnership Workbook',
    recent: [],
    send: (event) => sent.push(event),
    ...overrides,
  });
  return { template, sent };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function menu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = template.find((item) => item.label === label);
  if (!found || !Array.isArray(found.submenu)) throw new Error(`no ${label} menu`);
  return found.submenu;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)(
    'binds the workbook shortcuts on %s',
    (platform) => {
      const { template, sent } = build({ platform });
      const byAccelerator = new Map(
        items(template)
          .filter((i) => i.accelerator && i.click)
          .map((i) => [i.accelerator, i]),
      );
      const expected: Record<string, MenuEvent> = {
        'CmdOrCtrl+N': { command: 'new' },
        'CmdOrCtrl+O': { command: 'open' },
        'CmdOrCtrl+Shift+S': { command: 'saveAs' },
        'CmdOrCtrl+W': { command: 'close' },
        'CmdOrCtrl+P': { command: 'exportPdf' },
        'CmdOrCtrl+Shift+D': { command: 'toggleDark' },
        'CmdOrCtrl+,': { command: 'settings' },
      };
      for (const [accelerator, event] of Object.entries(expected)) {
        sent.length = 0;
        click(byAccelerator.get(accelerator));
        expect(sent, accelerator).toEqual([event]);
      }
    },
  );

  it('uses no accelerator twice', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const accelerators = items(build({ platform, isDev: true }).template)
        .map((i) => i.accelerator)
        .filter(Boolean);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('only sends commands the renderer knows', () => {
    const { template, sent } = build({ recent: [{ path: '/a.pwb', title: 'A', exists: true }] });
    for (const item of items(template)) click(item);
    expect(sent.length).toBeGreaterThan(5);
    for (const event of sent) expect(menuCommands).toContain(event.command);
  });

  it('has quit in File on Windows and Linux, in the app menu on macOS', () => {
    const linux = build({ platform: 'linux' }).template;
    expect(menu(linux, 'File').find((i) => i.role === 'quit')?.accelerator).toBe('Ctrl+Q');
    const mac = build({ platform: 'darwin' }).template;
    expect(mac[0]?.label).toBe('Partnership Workbook');
    expect(menu(mac, 'Partnership Workbook').some((i) => i.role === 'quit')).toBe(true);
    expect(menu(mac, 'File').some((i) => i.role === 'quit')).toBe(false);
  });

  it('uses Electron roles for editing', () => {
    const roles = menu(build().template, 'Edit')
      .map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers reload and developer tools only in development, zoom always', () => {
    const roles = (isDev: boolean) =>
      menu(build({ isDev }).template, 'View')
        .map((i) => i.role)
        .filter(Boolean);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']),
    );
    for (const isDev of [false, true])
      expect(roles(isDev)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
  });

  it('lists existing recent workbooks, each opening its path', () => {
    const { template, sent } = build({
      recent: [
        { path: '/data/contoso.pwb', title: 'Contoso', exists: true },
        { path: '/gone/old.pwb', title: 'Old', exists: false },
        { path: '/data/fabrikam.pwb', title: '', exists: true },
      ],
    });
    const recent = menu(menu(template, 'File'), 'Open Recent');
    expect(recent.map((i) => i.label)).toEqual([
      'Contoso — /data/contoso.pwb',
      '/data/fabrikam.pwb',
    ]);
    click(recent[1]);
    expect(sent).toEqual([{ command: 'openRecent', path: '/data/fabrikam.pwb' }]);
  });

  it('says so when there are no recent workbooks', () => {
    const recent = menu(menu(build().template, 'File'), 'Open Recent');
    expect(recent).toEqual([{ label: 'No recent workbooks', enabled: false }]);
  });
});
