import type { Envelope } from './envelope.ts';
import type { MethodInput, MethodName, MethodOutput } from './index.ts';

/** What the Electron preload exposes as window.workbook: one function per contract method. */
export type WorkbookBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Envelope<MethodOutput<M>>>;
};

export const menuCommands = [
  'new',
  'open',
  'openRecent',
  'saveAs',
  'close',
  'toggleDark',
  'exportPdf',
  'settings',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export interface MenuEvent {
  command: MenuCommand;
  /** For openRecent and files opened from the OS: the workbook path. */
  path?: string;
}

/** Desktop-only capabilities, exposed by the preload as window.workbookShell. */
export interface ShellBridge {
  pickOpenPath(): Promise<string | null>;
  pickSavePath(
    defaultName: string,
    kind: 'workbook' | 'pdf' | 'csv' | 'json' | 'ics' | 'png' | 'svg',
  ): Promise<string | null>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenu(listener: (event: MenuEvent) => void): () => void;
  /** Tells the shell the open workbook changed (window title, OS recent documents). */
  workbookChanged(info: { title: string; path: string } | null): void;
}

/** The IPC channel names; the preload and main derive everything else from the contract. */
export const ipcChannels = {
  call: 'pwb:call',
  menu: 'pwb:menu',
  pickOpen: 'pwb:pick-open',
  pickSave: 'pwb:pick-save',
  workbookChanged: 'pwb:workbook-changed',
} as const;
