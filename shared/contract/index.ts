import type { z } from './zod.ts';
import type { MethodDef } from './define.ts';
import { fileMethods } from './files.ts';
import { calendarMethods } from './calendar.ts';
import { partnerMethods } from './partners.ts';
import { fitMethods } from './fit.ts';
import { agreementMethods } from './agreements.ts';
import { settingsMethods } from './settings.ts';
import { workbookMethods } from './workbook.ts';
import { backupMethods } from './backups.ts';
import { riskMethods } from './risks.ts';
import { charterMethods } from './charters.ts';
import { meetingMethods } from './meetings.ts';
import { governanceMethods } from './governance.ts';
import { valueCanvasMethods } from './value-canvas.ts';
import { ecosystemMethods } from './ecosystem.ts';
import { packMethods } from './pack.ts';
import { exchangeMethods } from './exchange.ts';
import { kpiMethods } from './kpis.ts';
import { actualsMethods } from './actuals.ts';
import { scorecardMethods } from './scorecards.ts';
import { economicsMethods } from './economics.ts';
import { demoMethods } from './demo.ts';
import { firstProgramMethods } from './first-program.ts';
import { healthMethods } from './health.ts';
import { dashboardMethods } from './dashboard.ts';

export const contract = {
  ...workbookMethods,
  ...backupMethods,
  ...riskMethods,
  ...charterMethods,
  ...meetingMethods,
  ...governanceMethods,
  ...fileMethods,
  ...calendarMethods,
  ...settingsMethods,
  ...partnerMethods,
  ...packMethods,
  ...exchangeMethods,
  ...fitMethods,
  ...agreementMethods,
  ...valueCanvasMethods,
  ...ecosystemMethods,
  ...kpiMethods,
  ...actualsMethods,
  ...scorecardMethods,
  ...economicsMethods,
  ...demoMethods,
  ...firstProgramMethods,
  ...healthMethods,
  ...dashboardMethods,
} as const satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
/** Input after validation: defaults applied, strings trimmed. What handlers receive. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './envelope.ts';
export * from './app-error.ts';
export * from './define.ts';
export * from './common.ts';
export * from './workbook.ts';
export * from './backups.ts';
export * from './files.ts';
export * from './calendar.ts';
export * from './settings.ts';
export * from './partners.ts';
export * from './fit.ts';
export * from './agreements.ts';
export * from './bridge.ts';
export * from './risks.ts';
export * from './charters.ts';
export * from './meetings.ts';
export * from './governance.ts';
export * from './value-canvas.ts';
export * from './ecosystem.ts';
export * from './pack.ts';
export * from './exchange.ts';
export * from './kpis.ts';
export * from './actuals.ts';
export * from './scorecards.ts';
export * from './economics.ts';
export * from './demo.ts';
export * from './first-program.ts';
export * from './health.ts';
export * from './dashboard.ts';
