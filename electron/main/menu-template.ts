import type { MenuItemConstructorOptions } from 'electron';
import type { MenuEvent, RecentWorkbook } from '../../shared/contract/index.ts';

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Unpackaged (`npm start`): adds reload and developer tools. */
  isDev: boolean;
  appName: string;
  recent: readonly Pick<RecentWorkbook, 'path' | 'title' | 'exists'>[];
  send(event: MenuEvent): void;
}

const MAX_RECENT_ITEMS = 10;

function recentSubmenu(ctx: MenuContext): MenuItemConstructorOptions[] {
  const items = ctx.recent
    .filter((entry) => entry.exists)
    .slice(0, MAX_RECENT_ITEMS)
    .map((entry): MenuItemConstructorOptions => ({
      label: entry.title ? `${entry.title} — ${entry.path}` : entry.path,
      click: () => ctx.send({ command: 'openRecent', path: entry.path }),
    }));
  return items.length > 0 ? items : [{ label: 'No recent workbooks', enabled: false }];
}

/**
 * The application menu as data, so accelerators and commands are testable without Electron.
 * Workbook commands go to the renderer as MenuEvents; editing and zoom use Electron's roles.
 */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const command = (
    label: string,
    event: MenuEvent,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.send(event),
  });
  const settings = command(mac ? 'Settings…' : 'Settings', { command: 'settings' }, 'CmdOrCtrl+,');

  const appMenu: MenuItemConstructorOptions = {
    label: ctx.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', accelerator: 'Cmd+Q' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New Workbook…', { command: 'new' }, 'CmdOrCtrl+N'),
      command('Open…', { command: 'open' }, 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentSubmenu(ctx) },
      { type: 'separator' },
      command('Save As…', { command: 'saveAs' }, 'CmdOrCtrl+Shift+S'),
      command('Export PDF…', { command: 'exportPdf' }, 'CmdOrCtrl+P'),
      { type: 'separator' },
      command('Close Workbook', { command: 'close' }, 'CmdOrCtrl+W'),
      ...(mac
        ? []
        : [
            { type: 'separator' } as const,
            settings,
            { type: 'separator' } as const,
            { role: 'quit', accelerator: 'Ctrl+Q' } as const,
          ]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Toggle Dark Mode', { command: 'toggleDark' }, 'CmdOrCtrl+Shift+D'),
      { type: 'separator' },
      ...(ctx.isDev
        ? [
            { role: 'reload' } as const,
            { role: 'forceReload' } as const,
            { role: 'toggleDevTools' } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  return [
    ...(mac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
  ];
}
