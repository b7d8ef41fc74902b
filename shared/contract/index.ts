import type { z } from './zod.ts';
import type { MethodDef } from './define.ts';
import { fileMethods } from './files.ts';
import { partnerMethods } from './partners.ts';
import { settingsMethods } from './settings.ts';
import { workbookMethods } from './workbook.ts';

export const contract = {
  ...workbookMethods,
  ...fileMethods,
  ...settingsMethods,
  ...partnerMethods,
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
export * from './files.ts';
export * from './settings.ts';
export * from './partners.ts';
export * from './bridge.ts';
