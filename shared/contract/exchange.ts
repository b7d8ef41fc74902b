import { z } from './zod.ts';
import { absolutePath } from './common.ts';
import { mutation, query } from './define.ts';
import { workbookInfo } from './workbook.ts';

export const jsonExportResult = z.object({
  /** Where the JSON was written, when a path was given. */
  path: z.string().nullable(),
  /** The JSON itself when no path was given (the browser downloads it). */
  json: z.string().nullable(),
  bytes: z.number().int(),
  tables: z.number().int(),
  rows: z.number().int(),
});

const MAX_JSON_BYTES = 256 * 1024 * 1024;

export const jsonImportInput = z
  .object({
    /** The export's text (the browser host uploads it)… */
    jsonText: z.string().max(MAX_JSON_BYTES, 'The file is larger than 256 MB').optional(),
    /** …or a path to read it from (the desktop app and the command line). */
    sourcePath: absolutePath.optional(),
    /** The NEW workbook file to create; an existing file is never overwritten. */
    to: absolutePath,
  })
  .refine((v) => (v.jsonText === undefined) !== (v.sourcePath === undefined), {
    message: 'Give the export either as text or as a file path',
    path: ['sourcePath'],
  });

export const exchangeMethods = {
  'workbook.exportJson': query(z.object({ path: absolutePath.optional() }), jsonExportResult),
  'workbook.importJson': mutation(jsonImportInput, workbookInfo, { needsWorkbook: false }),
} as const;
