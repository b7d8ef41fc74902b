// A stand-in for the 'electron' module, which cannot load here (its binary is not downloadable).
// Use: vi.mock('electron', () => import('./fake-electron.ts')) before importing shell code. It
// records what the shell configures; it never fakes the backend or the database.
import { EventEmitter } from 'node:events';
import type { CustomScheme } from 'electron';
import { vi } from 'vitest';

let nextId = 1;

export class FakeWebFrame {
  readonly frameTreeNodeId = nextId++;
  detached = false;
  constructor(
    public url: string,
    readonly parent: FakeWebFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new FakeWebFrame('about:blank');
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => true);
  printToPDF = vi.fn(async (_options: unknown): Promise<Buffer> => Buffer.from('%PDF-1.7 fake'));

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export interface FakeWindowOptions {
  show?: boolean;
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.all.find((w) => w.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  title = '';
  visible = false;
  destroyed = false;
  representedFilename = '';
  loadURL = vi.fn(async (url: string) => {
    // Like Electron, load events arrive asynchronously, after the caller has attached its listeners.
    await Promise.resolve();
    this.webContents.mainFrame.url = url;
    this.webContents.emit('did-start-loading');
    this.emit('ready-to-show');
    this.webContents.emit('did-finish-load');
  });

  constructor(readonly options: FakeWindowOptions) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setRepresentedFilename(path: string): void {
    this.representedFilename = path;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {}
  maximize(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.webContents.emit('destroyed');
    this.emit('closed');
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What Electron does for ipcRenderer.invoke from the given frame of the given WebContents. */
  async invokeFrom(
    sender: FakeWebContents,
    frame: FakeWebFrame | null,
    channel: string,
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ sender, senderFrame: frame }, ...args);
  }
  sendFrom(
    sender: FakeWebContents,
    frame: FakeWebFrame | null,
    channel: string,
    ...args: unknown[]
  ): void {
    this.emit(channel, { sender, senderFrame: frame }, ...args);
  }
}
export const ipcMain = new FakeIpcMain();

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
  send: vi.fn((_channel: string, ..._args: unknown[]): void => undefined),
});

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed.set(key, api);
  },
};

export const protocol = {
  privileged: [] as CustomScheme[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (app.ready) throw new Error('registerSchemesAsPrivileged after ready');
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    protocol.handlers.set(scheme, handler);
  },
};

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;

export const session = {
  defaultSession: {
    permissionRequestHandler: null as PermissionRequestHandler | null,
    permissionCheckHandler: null as ((...args: unknown[]) => boolean) | null,
    devicePermissionHandler: null as ((...args: unknown[]) => boolean) | null,
    displayMediaRequestHandler: null as
      ((request: unknown, callback: (streams: unknown) => void) => void) | null,
    setPermissionRequestHandler(handler: PermissionRequestHandler) {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      this.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
      this.devicePermissionHandler = handler;
    },
    setDisplayMediaRequestHandler(
      handler: (request: unknown, callback: (streams: unknown) => void) => void,
    ) {
      this.displayMediaRequestHandler = handler;
    },
  },
};

let markReady: () => void = () => undefined;
const readyPromise = new Promise<void>((resolve) => (markReady = resolve));

export const app = Object.assign(new EventEmitter(), {
  ready: false,
  isPackaged: false,
  name: 'partnership-workbook',
  paths: { appPath: '', userData: '' },
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  addRecentDocument: vi.fn(),
  getAppPath: () => app.paths.appPath,
  getPath: (name: string) => {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return app.paths.userData;
  },
  getVersion: () => '0.0.0-test',
  whenReady: () => readyPromise,
  /** Test hook: fires 'ready'. */
  becomeReady(): void {
    app.ready = true;
    markReady();
  },
});

export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({
    canceled: false,
    filePaths: ['/home/user/client.pwb'],
  })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({
    canceled: false,
    filePath: '/home/user/pack',
  })),
  showErrorBox: vi.fn(),
  /** Declines by default: a test that wants a yes answers with mockResolvedValueOnce. */
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const screen = {
  getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }),
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }],
};

export const BrowserWindow = FakeBrowserWindow;
