import { mkdirSync } from 'node:fs';
import { contract, isMethodName } from '../../shared/contract/index.ts';
import type { Handlers } from './handler-types.ts';
import { fileHandlers } from './handlers/file-handlers.ts';
import { partnerHandlers } from './handlers/partner-handlers.ts';
import { calendarHandlers } from './handlers/calendar-handlers.ts';
import { fitHandlers } from './handlers/fit-handlers.ts';
import { agreementHandlers } from './handlers/agreement-handlers.ts';
import { settingsHandlers } from './handlers/settings-handlers.ts';
import { kpiHandlers } from './handlers/kpi-handlers.ts';
import { actualsHandlers } from './handlers/actuals-handlers.ts';
import { scorecardHandlers } from './handlers/scorecard-handlers.ts';
import { workbookHandlers } from './handlers/workbook-handlers.ts';
import { backupHandlers } from './handlers/backup-handlers.ts';
import { valueCanvasHandlers } from './handlers/value-canvas-handlers.ts';
import { ecosystemHandlers } from './handlers/ecosystem-handlers.ts';
import { riskHandlers } from './handlers/risk-handlers.ts';
import { charterHandlers } from './handlers/charter-handlers.ts';
import { meetingHandlers } from './handlers/meeting-handlers.ts';
import { createRecentWorkbooks } from './recent-workbooks.ts';
import { createRouter, type Router } from './router.ts';
import { BackendState, type BackendOptions } from './state.ts';
import { PrintServiceSlot, type PrintService } from './pack/print-service.ts';
import { packHandlers } from './handlers/pack-handlers.ts';
import { exchangeHandlers } from './handlers/exchange-handlers.ts';
import { economicsHandlers } from './handlers/economics-handlers.ts';
import { disposeForecastJobs } from './services/forecast-jobs.ts';
import { demoHandlers } from './handlers/demo-handlers.ts';
import { firstProgramHandlers } from './handlers/first-program-handlers.ts';
import { healthHandlers } from './handlers/health-handlers.ts';
import { dashboardHandlers } from './handlers/dashboard-handlers.ts';

export const handlers: Handlers = {
  ...workbookHandlers,
  ...backupHandlers,
  ...valueCanvasHandlers,
  ...ecosystemHandlers,
  ...riskHandlers,
  ...charterHandlers,
  ...meetingHandlers,
  ...fileHandlers,
  ...settingsHandlers,
  ...kpiHandlers,
  ...actualsHandlers,
  ...scorecardHandlers,
  ...partnerHandlers,
  ...calendarHandlers,
  ...fitHandlers,
  ...agreementHandlers,
  ...packHandlers,
  ...exchangeHandlers,
  ...economicsHandlers,
  ...demoHandlers,
  ...firstProgramHandlers,
  ...healthHandlers,
  ...dashboardHandlers,
};

export interface Backend extends Router {
  readonly state: BackendState;
  /** The host plugs in its printer once it knows its own address. */
  setPrintService(service: PrintService | null): void;
  close(): void;
}

/** The host-agnostic backend: Electron's main process and the browser host both wrap this. */
export function createBackend(options: BackendOptions): Backend {
  mkdirSync(options.dataDir, { recursive: true });
  const state = new BackendState(options, createRecentWorkbooks(options.dataDir));
  const printing = new PrintServiceSlot();
  const router = createRouter(
    handlers,
    { state, printing },
    {
      checkOutput: process.env.NODE_ENV !== 'production',
      onInternalError: (method, error) => console.error(`[backend] ${method} failed:`, error),
    },
  );
  return {
    state,
    call: (method, input) => {
      // A write waits for the integrity check if it has not run yet: a damaged file is never written.
      if (isMethodName(method) && contract[method].kind === 'write') state.beforeWrite();
      return router.call(method, input);
    },
    setPrintService: (service) => printing.set(service),
    close: () => {
      disposeForecastJobs(state);
      state.detach();
    },
  };
}
