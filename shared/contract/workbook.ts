import { z } from './zod.ts';
import { absolutePath, empty, nothing, requiredText } from './common.ts';
import { mutation, query } from './define.ts';
import { currencyCode } from './settings.ts';

export const workbookInfo = z.object({
  path: z.string(),
  fileName: z.string(),
  title: z.string(),
  readOnly: z.boolean(),
  /** Why the workbook is read-only, in a sentence for the user. */
  readOnlyReason: z.string().nullable(),
  schemaVersion: z.number().int(),
  /**
   * The integrity check that runs after the first screen: 'checking' until it has run, 'damaged'
   * when it failed (the workbook is then read-only, with the reason in readOnlyReason).
   */
  integrity: z.enum(['checking', 'ok', 'damaged']),
  /** A caution to show while the workbook is open (e.g. it is on a network drive), or null. */
  warning: z.string().nullable(),
});
export type WorkbookInfo = z.infer<typeof workbookInfo>;

export const recentWorkbook = z.object({
  path: z.string(),
  title: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentWorkbook = z.infer<typeof recentWorkbook>;

/** A recent-list entry just removed, with its place in the list, so that Undo can put it back. */
export const forgottenRecent = z.object({
  path: z.string(),
  title: z.string(),
  openedAt: z.string(),
  position: z.number().int().min(0),
});
export type ForgottenRecent = z.infer<typeof forgottenRecent>;

export const fileCheck = z.object({
  path: z.string(),
  ok: z.boolean(),
  /** One sentence a user understands. */
  message: z.string(),
  schemaVersion: z.number().int().nullable(),
  appSchemaVersion: z.number().int(),
  sizeBytes: z.number().int().nullable(),
});
export type FileCheck = z.infer<typeof fileCheck>;

export const createWorkbookInput = z.object({
  path: absolutePath,
  orgName: requiredText('Your organisation'),
  clientName: requiredText('Client'),
  currency: currencyCode.default('EUR'),
});
export type CreateWorkbookInput = z.input<typeof createWorkbookInput>;

export const appInfo = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
  dataDir: z.string(),
  homeDir: z.string(),
  appSchemaVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof appInfo>;

const noWorkbook = { needsWorkbook: false } as const;

export const workbookMethods = {
  'app.info': query(empty, appInfo, noWorkbook),
  'workbook.current': query(empty, workbookInfo.nullable(), noWorkbook),
  'workbook.create': mutation(createWorkbookInput, workbookInfo, noWorkbook),
  'workbook.open': mutation(
    z.object({ path: absolutePath, readOnly: z.boolean().default(false) }),
    workbookInfo,
    noWorkbook,
  ),
  'workbook.close': mutation(empty, nothing, noWorkbook),
  'workbook.saveAs': mutation(z.object({ path: absolutePath }), workbookInfo, noWorkbook),
  'workbook.check': query(z.object({ path: absolutePath }), fileCheck, noWorkbook),
  'workbook.recent': query(empty, z.array(recentWorkbook), noWorkbook),
  'workbook.forgetRecent': mutation(
    z.object({ path: z.string() }),
    forgottenRecent.nullable(),
    noWorkbook,
  ),
  'workbook.restoreRecent': mutation(forgottenRecent, nothing, noWorkbook),
} as const;
