import { z } from './zod.ts';
import { id } from './common.ts';
import { mutation, query } from './define.ts';
import { kpiValue, period, withMonthRange } from './kpis.ts';

/** The monthly figures recorded per partner (SPEC M10). Money is in minor units of the workbook currency. */
export const actualMeasures = [
  'leads',
  'qualifiedLeads',
  'deals',
  'attributedRevenue',
  'influencedRevenue',
  'spend',
] as const;
export type ActualMeasure = (typeof actualMeasures)[number];

export const actualMeasureLabels: Record<ActualMeasure, string> = {
  leads: 'Leads',
  qualifiedLeads: 'Qualified leads',
  deals: 'Deals',
  attributedRevenue: 'Attributed revenue',
  influencedRevenue: 'Influenced revenue',
  spend: 'Spend',
};

export const moneyMeasures: ReadonlySet<ActualMeasure> = new Set([
  'attributedRevenue',
  'influencedRevenue',
  'spend',
]);

/** A whole number of zero or more; counts directly, money as minor units (cents). */
const measureValue = z
  .number({ message: 'Enter a number' })
  .int('Use a whole number')
  .min(0, 'Cannot be negative')
  .max(Number.MAX_SAFE_INTEGER, 'That number is too large');

const measureShape = Object.fromEntries(
  actualMeasures.map((m) => [m, measureValue.nullable()]),
) as Record<ActualMeasure, z.ZodNullable<typeof measureValue>>;

/** One partner's month; a null measure has not been recorded (which is not the same as 0). */
export const actualRow = z.object({ partnerId: id, period, ...measureShape });
export type ActualRow = z.infer<typeof actualRow>;

export const scorecardInputValue = z.object({
  partnerId: id,
  period,
  criterionKey: z.string(),
  value: z.number(),
});
export type ScorecardInputValue = z.infer<typeof scorecardInputValue>;

/** Everything the partner's entry grid shows for a run of months. */
export const actualsGrid = z.object({
  actuals: z.array(actualRow),
  kpiValues: z.array(kpiValue),
  scorecardInputs: z.array(scorecardInputValue),
});
export type ActualsGrid = z.infer<typeof actualsGrid>;

export const actualCellInput = z.object({
  partnerId: id,
  period,
  measure: z.enum(actualMeasures, { message: 'Pick a measure' }),
  /** null clears the cell. */
  value: measureValue.nullable(),
});

export const actualsCsvRowError = z.object({
  /** The row as a spreadsheet numbers it: the header is row 1, the first data row 2. */
  row: z.number().int(),
  /** The column header as written in the file ('' for a problem with the whole row). */
  column: z.string(),
  message: z.string(),
});
export type ActualsCsvRowError = z.infer<typeof actualsCsvRowError>;

/** What each column of the file was read as. */
export const actualsCsvColumn = z.object({
  header: z.string(),
  reads: z.enum(['partner', 'period', 'measure', 'kpi', 'ignored']),
  /** The measure's or KPI's name when it reads one. */
  label: z.string(),
});

export const actualsCsvInput = z.object({
  csvText: z
    .string()
    .max(16 * 1024 * 1024, 'The file is larger than 16 MB; split it into smaller files'),
  /** Importing from a partner's page: every row is for that partner, and a partner column is optional. */
  partnerId: id.nullable().default(null),
});

export const actualsCsvReport = z.object({
  totalRows: z.number().int(),
  validRows: z.number().int(),
  /** Each error names its row and column; a row with any error is not imported. */
  errors: z.array(actualsCsvRowError),
  columns: z.array(actualsCsvColumn),
});
export type ActualsCsvReport = z.infer<typeof actualsCsvReport>;

export const actualsImportModes = ['all-or-nothing', 'valid-rows'] as const;

export const actualsMethods = {
  'actuals.grid': query(withMonthRange({ partnerId: id }), actualsGrid),
  'actuals.set': mutation(actualCellInput, actualRow),
  /** Reads and validates a CSV of actuals; writes nothing. */
  'actuals.checkCsv': query(actualsCsvInput, actualsCsvReport),
  /** all-or-nothing writes only when no row has an error; valid-rows skips the bad rows. One transaction. */
  'actuals.importCsv': mutation(
    actualsCsvInput.extend({ mode: z.enum(actualsImportModes).default('all-or-nothing') }),
    actualsCsvReport.extend({ imported: z.number().int() }),
  ),
} as const;
