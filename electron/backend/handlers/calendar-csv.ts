// CSV of joint marketing activities: the same columns on export and import, so a file exported,
// edited in a spreadsheet and imported again round-trips. Rows are numbered as a spreadsheet
// numbers them (the header is row 1).
import Papa from 'papaparse';
import {
  activityCsvColumns,
  activityFields,
  activityKindLabels,
  activityKinds,
  activityStatusLabels,
  activityStatuses,
  type Activity,
  type ActivityCsvColumn,
  type ActivityCsvError,
  type ActivityFieldsParsed,
} from '../../../shared/contract/index.ts';
import { moneyHeader, toCsv, unguardCell, type CsvCell } from '../../../shared/domain/csv.ts';
import { fromMinor, toMinor } from '../../../shared/domain/money.ts';

type Column = ActivityCsvColumn;

const requiredColumns: readonly Column[] = ['title', 'kind', 'partners', 'start_date'];
export const maxActivityCsvRows = 20_000;
const maxReportedErrors = 1_000;

const fieldColumns: Record<string, Column> = {
  title: 'title',
  kind: 'kind',
  partnerIds: 'partners',
  channel: 'channel',
  audience: 'audience',
  startDate: 'start_date',
  endDate: 'end_date',
  startTime: 'start_time',
  endTime: 'end_time',
  owner: 'owner',
  status: 'status',
  budgetMinor: 'budget',
  splits: 'split',
  expectedLeads: 'expected_leads',
  notes: 'notes',
};

const percentText = (percent: number): string => String(Number(percent.toFixed(3)));

/** Readable headers; the import also reads the bare column names (start_date) and ignores units. */
function activityCsvHeaders(currency: string): Record<Column, string> {
  return {
    title: 'Title',
    kind: 'Kind',
    partners: 'Partners',
    channel: 'Channel',
    audience: 'Audience',
    start_date: 'Start date',
    end_date: 'End date',
    start_time: 'Start time',
    end_time: 'End time',
    owner: 'Owner',
    status: 'Status',
    budget: moneyHeader('Budget', currency),
    split: 'Split (%)',
    expected_leads: 'Expected leads',
    notes: 'Notes',
  };
}

export function activitiesToCsv(
  activities: readonly Activity[],
  partnerNames: ReadonlyMap<number, string>,
  currency: string,
): string {
  const rows = activities.map((a) => {
    const names = a.partnerIds.map((id) => partnerNames.get(id) ?? `Partner ${id}`);
    const record: Record<Column, CsvCell> = {
      title: a.title,
      kind: activityKindLabels[a.kind],
      partners: names.join('; '),
      channel: a.channel,
      audience: a.audience,
      start_date: a.startDate,
      end_date: a.endDate,
      start_time: a.startTime,
      end_time: a.endTime,
      owner: a.owner,
      status: activityStatusLabels[a.status],
      // A number in major units, so a spreadsheet sums budgets; the header names the currency.
      budget: fromMinor(a.budgetMinor, currency),
      split: a.splits.map((share) => percentText(share.percent)).join('/'),
      expected_leads: a.expectedLeads,
      notes: a.notes,
    };
    return activityCsvColumns.map((column) => record[column]);
  });
  const headers = activityCsvHeaders(currency);
  return toCsv(
    activityCsvColumns.map((column) => headers[column]),
    rows,
  );
}

const normalizeHeader = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .replace(/\(.*?\)/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

function lookup<K extends string>(
  codes: readonly K[],
  labels: Record<K, string>,
): (value: string) => K | null {
  const table = new Map<string, K>();
  for (const code of codes) {
    table.set(code, code);
    table.set(labels[code].toLowerCase(), code);
  }
  return (value) => table.get(value.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
const kindOf = lookup(activityKinds, activityKindLabels);
const statusOf = lookup(activityStatuses, activityStatusLabels);

/** Accepts 40000, 40000.5, 40,000.00 and an optional currency sign or code around the number. */
function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[^\d.,-]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) return Number(cleaned.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  return null;
}

export interface ParsedActivityCsv {
  totalRows: number;
  valid: ActivityFieldsParsed[];
  errors: ActivityCsvError[];
}

interface CsvContext {
  /** Lower-cased partner name to ids (two partners may share a name). */
  partnersByName: ReadonlyMap<string, number[]>;
  currency: string;
}

export function parseActivitiesCsv(csv: string, context: CsvContext): ParsedActivityCsv {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;
  const columns = header.map(normalizeHeader);
  const errors: ActivityCsvError[] = [];
  const missing = requiredColumns.filter((column) => !columns.includes(column));
  if (missing.length > 0 || header.length === 0) {
    const absent = header.length === 0 ? requiredColumns : missing;
    return {
      totalRows: 0,
      valid: [],
      errors: absent.map((column) => ({
        row: 1,
        column,
        message: `The header row has no "${column}" column.`,
      })),
    };
  }
  const rows = records
    .map((cells, index) => ({ cells, row: index + 2 }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (rows.length > maxActivityCsvRows) {
    return {
      totalRows: rows.length,
      valid: [],
      errors: [
        {
          row: 1,
          column: '',
          message: `The file has ${rows.length} activities; import at most ${maxActivityCsvRows} at a time.`,
        },
      ],
    };
  }
  const valid: ActivityFieldsParsed[] = [];
  for (const { cells, row } of rows) {
    const cell = (column: Column): string => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : unguardCell((cells[index] ?? '').trim());
    };
    const rowErrors: ActivityCsvError[] = [];
    const fail = (column: Column, message: string) => rowErrors.push({ row, column, message });
    const input = rowInput(cell, context, fail);
    const result = activityFields.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        const column = fieldColumns[field] ?? field;
        // An empty end date copies the start date; its problem is reported on the start.
        if (column === 'end_date' && cell('end_date') === '') continue;
        if (!rowErrors.some((e) => e.column === column)) {
          rowErrors.push({ row, column, message: issue.message });
        }
      }
    }
    if (rowErrors.length === 0 && result.success) valid.push(result.data);
    for (const error of rowErrors) if (errors.length < maxReportedErrors) errors.push(error);
  }
  return { totalRows: rows.length, valid, errors };
}

function rowInput(
  cell: (column: Column) => string,
  { partnersByName, currency }: CsvContext,
  fail: (column: Column, message: string) => void,
): Record<string, unknown> {
  const kindText = cell('kind');
  const kind = kindOf(kindText);
  if (kindText && !kind) {
    fail(
      'kind',
      `"${kindText}" is not a kind; use one of ${Object.values(activityKindLabels).join(', ')}.`,
    );
  }
  const statusText = cell('status');
  const status = statusText ? statusOf(statusText) : 'planned';
  if (!status) {
    fail('status', `"${statusText}" is not a status; use Planned, Confirmed, Done or Cancelled.`);
  }
  const partnerIds: number[] = [];
  for (const name of cell('partners')
    .split(';')
    .map((n) => n.trim())
    .filter(Boolean)) {
    const ids = partnersByName.get(name.toLowerCase()) ?? [];
    if (ids.length === 1 && ids[0] !== undefined) partnerIds.push(ids[0]);
    else if (ids.length === 0) fail('partners', `No partner named "${name}" in this workbook.`);
    else fail('partners', `${ids.length} partners are named "${name}"; rename one first.`);
  }
  const budgetText = cell('budget');
  const amount = budgetText ? parseAmount(budgetText) : 0;
  if (amount === null) fail('budget', `"${budgetText}" is not an amount; write it like 40000.00.`);
  const splitText = cell('split');
  const percents = splitText
    ? splitText.split('/').map((p) => Number(p.replace('%', '').trim()))
    : [100];
  if (percents.some((p) => !Number.isFinite(p))) {
    fail('split', `"${splitText}" is not a split; write percentages like 60/40, ours first.`);
  } else if (percents.length > partnerIds.length + 1) {
    fail('split', `The split has ${percents.length} shares for ${partnerIds.length + 1} parties.`);
  }
  const leadsText = cell('expected_leads');
  const startDate = cell('start_date');
  return {
    title: cell('title'),
    kind: kind ?? 'other',
    partnerIds,
    channel: cell('channel'),
    audience: cell('audience'),
    startDate,
    endDate: cell('end_date') || startDate,
    startTime: cell('start_time') || null,
    endTime: cell('end_time') || null,
    owner: cell('owner'),
    status: status ?? 'planned',
    budgetMinor: amount === null ? 0 : toMinor(amount, currency),
    splits: percents.map((percent, index) => ({
      party: index === 0 ? 'ours' : (partnerIds[index - 1] ?? 0),
      percent,
    })),
    expectedLeads: leadsText === '' ? null : Number(leadsText),
    notes: cell('notes'),
  };
}
