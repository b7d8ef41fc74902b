import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-protocol-path.ts';
import type { TrustedContents } from './trusted-senders.ts';
import { denyNavigation, secureWebPreferences } from './web-security.ts';
import { offerExternalLinks } from './open-external-electron.ts';
import { loadWindowState, MIN_SIZE, placeWindow, saveWindowState } from './window-state.ts';
import { APP_NAME } from './workbook-changed.ts';

export interface MainWindowOptions {
  preload: string;
  windowStateFile: string;
  trusted: TrustedContents;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map(
    (display) => display.workArea,
  );
  const placed = placeWindow(loadWindowState(options.windowStateFile), workAreas);

  const window = new BrowserWindow({
    ...placed.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preload),
  });
  options.trusted.add(window.webContents);
  denyNavigation(window.webContents);
  offerExternalLinks(window.webContents, window);
  // The title follows the open workbook (workbookChanged), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (placed.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    saveWindowState(options.windowStateFile, {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
  });

  void window.loadURL(APP_ENTRY_URL);
  return window;
}
