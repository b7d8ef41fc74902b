import { z } from './zod.ts';
import { absolutePath, empty } from './common.ts';
import { mutation, query } from './define.ts';
import { workbookInfo } from './workbook.ts';

/** Why a backup was made; part of its file name. */
export const backupReasons = [
  'open',
  'interval',
  'manual',
  'before-migration',
  'before-restore',
  /** A byte copy of a closed file (perhaps one that cannot be opened), set aside before a restore replaced it. */
  'set-aside',
] as const;
export type BackupReason = (typeof backupReasons)[number];
export const backupReasonLabels: Record<BackupReason, string> = {
  open: 'When opened',
  interval: 'Every 10 minutes of editing',
  manual: 'Made by hand',
  'before-migration': 'Before a file-format upgrade',
  'before-restore': 'Before a restore',
  'set-aside': 'The file as it was, set aside before a restore',
};

/** A backup's file name, e.g. 2026-05-01T10-42-07-123Z-open.pwb; nothing that could name another path. */
export const backupId = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?-[a-z-]+\.pwb$/,
    'Choose a backup from the list',
  );

export const backupEntry = z.object({
  id: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int(),
  reason: z.enum(backupReasons),
});
export type BackupEntry = z.infer<typeof backupEntry>;

export const backupList = z.object({
  /** The workbook the backups belong to; null when none are known for that file. */
  workbookId: z.string().nullable(),
  /** Where they are kept, to show the user. */
  folder: z.string().nullable(),
  backups: z.array(backupEntry),
  /** The last automatic backup that failed, in a sentence; null when the last one worked. */
  lastError: z.string().nullable(),
});
export type BackupList = z.infer<typeof backupList>;

const noWorkbook = { needsWorkbook: false } as const;

export const backupMethods = {
  /** Backups of the open workbook, or (path given) of a workbook file, e.g. one that was refused. */
  'backups.list': query(z.object({ path: absolutePath.optional() }), backupList, noWorkbook),
  /** Backs up the open workbook now. A read: the workbook is not changed; the copy goes to the data directory. */
  'backups.create': query(empty, backupEntry),
  /**
   * Replaces the workbook at path (default: the open one) with a backup, after backing up what is
   * there now, so the restore itself can be undone; then opens it.
   */
  'backups.restore': mutation(
    z.object({ backupId, path: absolutePath.optional() }),
    workbookInfo,
    noWorkbook,
  ),
} as const;
