import { mkdirSync } from 'node:fs';
import type { Handlers } from './handler-types.ts';
import { fileHandlers } from './handlers/file-handlers.ts';
import { partnerHandlers } from './handlers/partner-handlers.ts';
import { settingsHandlers } from './handlers/settings-handlers.ts';
import { workbookHandlers } from './handlers/workbook-handlers.ts';
import { createRecentWorkbooks } from './recent-workbooks.ts';
import { createRouter, type Router } from './router.ts';
import { BackendState, type BackendOptions } from './state.ts';

export const handlers: Handlers = {
  ...workbookHandlers,
  ...fileHandlers,
  ...settingsHandlers,
  ...partnerHandlers,
};

export interface Backend extends Router {
  readonly state: BackendState;
  close(): void;
}

/** The host-agnostic backend: Electron's main process and the browser host both wrap this. */
export function createBackend(options: BackendOptions): Backend {
  mkdirSync(options.dataDir, { recursive: true });
  const state = new BackendState(options, createRecentWorkbooks(options.dataDir));
  const router = createRouter(
    handlers,
    { state },
    {
      checkOutput: process.env.NODE_ENV !== 'production',
      onInternalError: (method, error) => console.error(`[backend] ${method} failed:`, error),
    },
  );
  return {
    state,
    call: router.call,
    close: () => state.detach(),
  };
}
