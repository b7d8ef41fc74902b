// Runs sandboxed: it may require only 'electron', so everything else is bundled in (electron-vite).
// It imports no zod: the method names arrive as a build-time constant derived from the contract.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  ipcChannels,
  type MenuEvent,
  type ShellBridge,
  type WorkbookBridge,
} from '../../shared/contract/bridge.ts';
import type { Envelope, MethodName } from '../../shared/contract/index.ts';

/** Replaced by electron.vite.config.ts with JSON.stringify(methodNames) from shared/contract. */
declare const __PWB_METHOD_NAMES__: readonly MethodName[];

type AnyMethod = (input: unknown) => Promise<Envelope<unknown>>;

// One named function per contract method; the renderer cannot name a channel, only a method, and
// main validates everything again.
const workbook = Object.fromEntries(
  __PWB_METHOD_NAMES__.map((method): [string, AnyMethod] => [
    method,
    (input) => ipcRenderer.invoke(ipcChannels.call, method, input) as Promise<Envelope<unknown>>,
  ]),
) as unknown as WorkbookBridge;

const listeners = new Set<(event: MenuEvent) => void>();
// A file opened from the OS can arrive before React subscribes: hold it for the first listener.
const early: MenuEvent[] = [];
ipcRenderer.on(ipcChannels.menu, (_event: IpcRendererEvent, menuEvent: MenuEvent) => {
  if (listeners.size === 0) early.push(menuEvent);
  for (const listener of listeners) listener(menuEvent);
});

const workbookShell: ShellBridge = {
  pickOpenPath: () => ipcRenderer.invoke(ipcChannels.pickOpen) as Promise<string | null>,
  pickSavePath: (defaultName, kind) =>
    ipcRenderer.invoke(ipcChannels.pickSave, defaultName, kind) as Promise<string | null>,
  onMenu(listener) {
    listeners.add(listener);
    for (const menuEvent of early.splice(0)) listener(menuEvent);
    return () => {
      listeners.delete(listener);
    };
  },
  workbookChanged(info) {
    ipcRenderer.send(ipcChannels.workbookChanged, info);
  },
};

contextBridge.exposeInMainWorld('workbook', workbook);
contextBridge.exposeInMainWorld('workbookShell', workbookShell);
