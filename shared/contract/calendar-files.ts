import { z } from './zod.ts';

/** Files the calendar hands to the user, and the CSV check of activities it reads. */
export const generatedFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
  count: z.number().int(),
});
export type GeneratedFile = z.infer<typeof generatedFile>;

/** The columns of an activity CSV file, in the order of an exported file. */
export const activityCsvColumns = [
  'title',
  'kind',
  'partners',
  'channel',
  'audience',
  'start_date',
  'end_date',
  'start_time',
  'end_time',
  'owner',
  'status',
  'budget',
  'split',
  'expected_leads',
  'notes',
] as const;
export type ActivityCsvColumn = (typeof activityCsvColumns)[number];

export const activityCsvError = z.object({
  /** As a spreadsheet numbers rows: the header is row 1, the first activity row 2. */
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export type ActivityCsvError = z.infer<typeof activityCsvError>;

export const activityCsvCheck = z.object({
  totalRows: z.number().int(),
  validRows: z.number().int(),
  errors: z.array(activityCsvError),
});
export type ActivityCsvCheck = z.infer<typeof activityCsvCheck>;

export const csvText = z
  .string()
  .max(8 * 1024 * 1024, 'The file is larger than 8 MB; split it into smaller files');
