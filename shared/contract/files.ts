import { z } from './zod.ts';
import { query } from './define.ts';

export const fileEntry = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['dir', 'file']),
  sizeBytes: z.number().int().nullable(),
  modifiedAt: z.string().nullable(),
});
export type FileEntry = z.infer<typeof fileEntry>;

export const directoryListing = z.object({
  dir: z.string(),
  parent: z.string().nullable(),
  entries: z.array(fileEntry),
});
export type DirectoryListing = z.infer<typeof directoryListing>;

export const fileMethods = {
  /** The browser host's file picker: folders and workbook files of one directory (home when unset). */
  'files.list': query(
    z.object({
      dir: z.string().max(4096).optional(),
      extensions: z.array(z.string().max(10)).max(10).default(['.pwb']),
    }),
    directoryListing,
    { needsWorkbook: false },
  ),
} as const;
