import {
  BrowserWindow,
  dialog,
  ipcMain,
  type IpcMainEvent,
  type IpcMainInvokeEvent,
} from 'electron';
import { ipcChannels, type Envelope } from '../../shared/contract/index.ts';
import type { Router } from '../backend/router.ts';
import {
  isSaveKind,
  openFilters,
  saveFilters,
  suggestedFileName,
  withExtension,
} from './file-dialogs.ts';
import type { TrustedContents } from './trusted-senders.ts';
import { parseWorkbookChanged, type WorkbookChangedInfo } from './workbook-changed.ts';

export interface ShellIpcOptions {
  backend: Router;
  trusted: TrustedContents;
  onWorkbookChanged(info: WorkbookChangedInfo | null, window: BrowserWindow): void;
}

export const refusedCall: Envelope<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'This request was refused: it did not come from the Partnership Workbook window.',
  },
};

function ownerWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

/**
 * All of the renderer's access to main. One handler carries every contract method to the router
 * (which validates input); three more serve the shell. Each checks the sender before anything else.
 */
export function registerShellIpc(options: ShellIpcOptions): () => void {
  const { backend, trusted } = options;

  ipcMain.handle(
    ipcChannels.call,
    async (event, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
      if (!trusted.isTrusted(event)) return refusedCall;
      if (typeof method !== 'string') {
        return {
          ok: false,
          error: { code: 'unknown_method', message: 'A method name must be a string.' },
        };
      }
      return backend.call(method, input);
    },
  );

  ipcMain.handle(ipcChannels.pickOpen, async (event): Promise<string | null> => {
    const window = ownerWindow(event);
    if (!trusted.isTrusted(event) || !window) return null;
    const result = await dialog.showOpenDialog(window, {
      title: 'Open workbook',
      properties: ['openFile'],
      filters: [...openFilters],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });

  ipcMain.handle(
    ipcChannels.pickSave,
    async (event, defaultName: unknown, kind: unknown): Promise<string | null> => {
      const window = ownerWindow(event);
      if (!trusted.isTrusted(event) || !window || !isSaveKind(kind)) return null;
      const result = await dialog.showSaveDialog(window, {
        defaultPath: suggestedFileName(defaultName, kind),
        filters: [saveFilters[kind]],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : withExtension(result.filePath, kind);
    },
  );

  const onWorkbookChanged = (event: IpcMainEvent, raw: unknown): void => {
    const window = BrowserWindow.fromWebContents(event.sender);
    const info = parseWorkbookChanged(raw);
    if (!trusted.isTrusted(event) || !window || info === undefined) return;
    options.onWorkbookChanged(info, window);
  };
  ipcMain.on(ipcChannels.workbookChanged, onWorkbookChanged);

  return () => {
    ipcMain.removeHandler(ipcChannels.call);
    ipcMain.removeHandler(ipcChannels.pickOpen);
    ipcMain.removeHandler(ipcChannels.pickSave);
    ipcMain.removeListener(ipcChannels.workbookChanged, onWorkbookChanged);
  };
}
