import Papa from 'papaparse';
import {
  lifecycleStageLabels,
  lifecycleStages,
  maturityLabels,
  maturityLevels,
  partnerCsvFieldKeys,
  partnerFields,
  partnerTypeLabels,
  partnerTypes,
  type CsvRowError,
  type Partner,
  type PartnerCsvField,
} from '../contract/partners.ts';
import type { z } from '../contract/zod.ts';
import { toCsv } from './csv.ts';

// CSV of partners, shared by the renderer (preview, column mapping, export) and the backend
// (validation and import), so both read a file the same way and check it with the same schema.

export const partnerCsvHeaders: Readonly<Record<PartnerCsvField, string>> = {
  name: 'Name',
  type: 'Type',
  stage: 'Stage',
  maturity: 'Maturity',
  tier: 'Tier',
  segment: 'Segment',
  region: 'Region',
  website: 'Website',
  audienceSize: 'Audience size',
  ownerOurs: 'Our owner',
  ownerTheirs: 'Their owner',
  goalOurs: 'Our goal',
  goalTheirs: 'Their goal',
  tags: 'Tags',
  notes: 'Notes',
  archived: 'Archived',
};

const headerAliases: Readonly<Record<PartnerCsvField, readonly string[]>> = {
  name: ['partner', 'partner name', 'company', 'organisation', 'organization', 'account'],
  type: ['partnership type', 'partner type', 'kind'],
  stage: ['lifecycle stage', 'pipeline stage', 'status'],
  maturity: ['maturity level'],
  tier: ['partner tier', 'level'],
  segment: ['industry', 'segment industry', 'vertical'],
  region: ['country', 'territory', 'geo', 'market'],
  website: ['url', 'web', 'site', 'homepage', 'web site', 'web address'],
  audienceSize: ['audience', 'reach', 'subscribers', 'followers'],
  ownerOurs: ['owner', 'owner ours', 'internal owner', 'partner manager', 'our side owner'],
  ownerTheirs: ['owner theirs', 'partner owner', 'counterpart', 'partner side owner'],
  goalOurs: ['goal ours', 'what we want'],
  goalTheirs: ['goal theirs', 'what they want', 'partner goal'],
  tags: ['tag', 'labels', 'keywords'],
  notes: ['note', 'comments', 'comment', 'description'],
  archived: ['is archived', 'inactive'],
};

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export interface ParsedCsv {
  headers: string[];
  /** Non-blank data rows with their spreadsheet row number (the header is row 1). */
  rows: { rowNumber: number; cells: string[] }[];
  /** Structural problems, such as an unclosed quote. */
  problems: CsvRowError[];
}

const unclosedQuote =
  'A quoted value is not closed, so the rest of the file cannot be read reliably.';

const withoutByteOrderMark = (text: string): string =>
  text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

/**
 * The line break papaparse would guess (its guessLineEndings, same rule, same first megabyte,
 * counted without splitting the text into arrays): \n unless a \r comes first outside quotes,
 * then \r\n when at least half the pieces between \r start with \n, else \r.
 */
export function guessCsvNewline(text: string): '\n' | '\r\n' | '\r' {
  let input = text.substring(0, 1024 * 1024);
  if (input.includes('"')) input = input.replace(/"([^]*?)"/gm, '');
  const firstR = input.indexOf('\r');
  if (firstR === -1) return '\n';
  const firstN = input.indexOf('\n');
  if (firstN !== -1 && firstN < firstR) return '\n';
  let pieces = 1;
  let startingWithN = 0;
  for (let at = firstR; at !== -1; at = input.indexOf('\r', at + 1)) {
    pieces += 1;
    if (input.charCodeAt(at + 1) === 10) startingWithN += 1;
  }
  return startingWithN >= pieces / 2 ? '\r\n' : '\r';
}

/**
 * The delimiter papaparse would guess: its guess reads only the first ten rows, so it is asked
 * about those alone when they hold no quote (a quoted value may span lines); otherwise undefined,
 * and papaparse guesses from the whole file as before.
 */
function guessCsvDelimiter(
  text: string,
  newline: ReturnType<typeof guessCsvNewline>,
): string | undefined {
  let end = 0;
  for (let row = 0; row < 10 && end < text.length; row += 1) {
    const at = text.indexOf(newline, end);
    end = at === -1 ? text.length : at + newline.length;
  }
  const head = text.slice(0, end);
  if (head.includes('"')) return undefined;
  return Papa.parse<string[]>(head, { newline }).meta.delimiter;
}

/**
 * Reads the file row by row, the header row first (index 0), blank rows included, and hands each
 * row to `onRow` as soon as it is read: a caller keeps what it needs of a row, not the whole table
 * (holding every row of a large file made each garbage collection copy it). Rows are the ones
 * papaparse reads: a file without a quote is split as papaparse splits it (lines at the line
 * break, cells at the delimiter), without its per-row overhead; any other file goes through
 * papaparse, row by row. The line break and delimiter are guessed as papaparse guesses them, without
 * its copies of the whole file. Returns the file's structural problems, such as an unclosed
 * quote, with the spreadsheet row they are on.
 */
function readCsvRows(text: string, onRow: (cells: string[], index: number) => void): CsvRowError[] {
  const input = withoutByteOrderMark(text);
  const problems: CsvRowError[] = [];
  if (input === '') return problems;
  const newline = guessCsvNewline(input);
  const delimiter = guessCsvDelimiter(input, newline);
  if (delimiter !== undefined && !input.includes('"')) {
    const lines = input.split(newline);
    for (let index = 0; index < lines.length; index += 1) {
      onRow((lines[index] as string).split(delimiter), index);
    }
    return problems;
  }
  let index = 0;
  Papa.parse<string[]>(input, {
    skipEmptyLines: false,
    newline,
    ...(delimiter === undefined ? {} : { delimiter }),
    step: (results) => {
      for (const error of results.errors) {
        if (error.type === 'Quotes')
          problems.push({ row: index + 1, column: '', message: unclosedQuote });
      }
      onRow(results.data, index);
      index += 1;
    },
  });
  return problems;
}

const isBlankRow = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

export function parseCsv(text: string): ParsedCsv {
  let headers: string[] = [];
  const rows: ParsedCsv['rows'] = [];
  const problems = readCsvRows(text, (cells, index) => {
    if (index === 0) headers = cells.map((h) => h.trim());
    else if (!isBlankRow(cells)) rows.push({ rowNumber: index + 1, cells });
  });
  return { headers, rows, problems };
}

/** The file as a table with every data row, blank ones included, so row numbers survive an edit. */
export function readCsvTable(text: string): { headers: string[]; body: string[][] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [headers = [], ...body] = parsed.data;
  while (body.length > 0 && body.at(-1)?.every((cell) => cell === '')) body.pop();
  return { headers, body };
}

export function tableToCsv(
  headers: readonly string[],
  body: readonly (readonly string[])[],
): string {
  return Papa.unparse([[...headers], ...body.map((row) => [...row])], { newline: '\n' });
}

/** Matches each header to a field by its name, its export header or a common synonym; each field once. */
export function autoMapColumns(headers: readonly string[]): (PartnerCsvField | null)[] {
  const used = new Set<PartnerCsvField>();
  return headers.map((header) => {
    const wanted = normalise(header);
    const field = partnerCsvFieldKeys.find(
      (key) =>
        !used.has(key) &&
        (normalise(key) === wanted ||
          normalise(partnerCsvHeaders[key]) === wanted ||
          headerAliases[key].includes(wanted)),
    );
    if (!field) return null;
    used.add(field);
    return field;
  });
}

/** Accepts an enum value ("co_marketing") or its label ("Co-marketing"), in any case. */
function enumFromText<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
  text: string,
): T | undefined {
  const wanted = normalise(text);
  return values.find((v) => normalise(v) === wanted || normalise(labels[v]) === wanted);
}

const listOf = (labels: Readonly<Record<string, string>>) => Object.values(labels).join(', ');

type CellResult = { value: unknown } | { error: string };

/** One cell as the field's value, before the schema checks it (exported for tests). */
export function convertCell(field: PartnerCsvField, raw: string): CellResult {
  // The export's formula guard, taken off again (a quote first is rare: tested only then).
  const text = raw.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw;
  switch (field) {
    case 'type': {
      if (text === '') return { value: undefined };
      const value = enumFromText(partnerTypes, partnerTypeLabels, text);
      return value
        ? { value }
        : { error: `“${text}” is not a partnership type; use one of ${listOf(partnerTypeLabels)}` };
    }
    case 'stage': {
      if (text === '') return { value: undefined };
      const value = enumFromText(lifecycleStages, lifecycleStageLabels, text);
      return value
        ? { value }
        : { error: `“${text}” is not a stage; use one of ${listOf(lifecycleStageLabels)}` };
    }
    case 'maturity': {
      if (text === '') return { value: undefined };
      const value = enumFromText(maturityLevels, maturityLabels, text);
      return value
        ? { value }
        : { error: `“${text}” is not a maturity; use one of ${listOf(maturityLabels)}` };
    }
    case 'audienceSize': {
      if (text === '') return { value: null };
      const digits = text.replace(/[\s,_']/g, '');
      const value = /^-?\d+(\.\d+)?$/.test(digits) ? Number(digits) : Number.NaN;
      return Number.isFinite(value)
        ? { value }
        : { error: `“${text}” is not a number; write the audience like 25000` };
    }
    case 'tags':
      return {
        value: [
          ...new Set(
            text
              .split(/[;,|]/)
              .map((t) => t.trim())
              .filter(Boolean),
          ),
        ],
      };
    case 'archived': {
      const answer = normalise(text);
      if (['', 'no', 'n', 'false', '0'].includes(answer)) return { value: false };
      if (['yes', 'y', 'true', '1', 'archived'].includes(answer)) return { value: true };
      return { error: `“${text}” is not yes or no` };
    }
    default:
      return { value: text };
  }
}

export type ParsedPartnerFields = z.output<typeof partnerFields>;

export interface PartnerCsvValidation {
  totalRows: number;
  valid: { rowNumber: number; fields: ParsedPartnerFields }[];
  errors: CsvRowError[];
}

function mappingErrors(headers: readonly string[], mapping: readonly (PartnerCsvField | null)[]) {
  const errors: CsvRowError[] = [];
  if (mapping.length !== headers.length) {
    errors.push({
      row: 1,
      column: '',
      message: `The mapping covers ${mapping.length} columns but the file has ${headers.length}.`,
    });
  }
  for (const required of ['name', 'type'] as const) {
    if (!mapping.includes(required)) {
      errors.push({
        row: 1,
        column: partnerCsvHeaders[required],
        message: `Choose the column that holds each partner's ${partnerCsvHeaders[required].toLowerCase()}.`,
      });
    }
  }
  mapping.forEach((field, index) => {
    if (field && mapping.indexOf(field) !== index) {
      errors.push({
        row: 1,
        column: headers[index] ?? '',
        message: `${partnerCsvHeaders[field]} is already filled from column “${headers[mapping.indexOf(field)] ?? ''}”.`,
      });
    }
  });
  return errors;
}

type FieldOutcome =
  | { kind: 'ok'; value: unknown }
  /** The cell could not be converted (not a stage, not a number…). */
  | { kind: 'cell'; message: string }
  /** The converted value fails the form's schema for the field. */
  | { kind: 'schema'; message: string };

type FieldKey = keyof typeof partnerFields.shape;

const partnerFieldKeys = Object.keys(partnerFields.shape) as FieldKey[];

// The form's schema is a plain object of fields (no rule across fields), so checking each field
// on its own with that field's schema gives the same answer as checking the whole row.
if ((partnerFields._zod.def.checks ?? []).length > 0) {
  throw new Error('partnerFields has object-level checks: validate CSV rows as whole objects.');
}

/** Distinct texts remembered per field: names and websites differ on every row and gain nothing. */
const memoLimit = 256;

const copyValue = (value: unknown): unknown => (Array.isArray(value) ? [...value] : value);

/**
 * One form field with the CSV column that fills it and the outcome of each distinct cell text seen
 * so far: a file repeats its stages, types, tiers and owners on every row, so most cells are
 * answered from the memo.
 */
interface FieldColumn {
  /** The field's place in `partnerFieldKeys` (and in a row's outcomes). */
  position: number;
  field: FieldKey;
  index: number;
  memo: Map<string, FieldOutcome> | null;
  /** Cells answered from the memo, and cells checked after it filled. */
  hits: number;
  misses: number;
}

function checkCell(column: FieldColumn, cells: readonly string[]): FieldOutcome {
  const text = (cells[column.index] ?? '').trim();
  const memo = column.memo;
  if (memo === null) return checkField(column.field, text);
  const known = memo.get(text);
  if (known) {
    column.hits += 1;
    return known;
  }
  const outcome = checkField(column.field, text);
  if (memo.size < memoLimit) memo.set(text, outcome);
  // A column whose first cells never repeat (names, websites) is checked without the memo.
  else if (column.hits === 0 && (column.misses += 1) >= memoLimit) column.memo = null;
  return outcome;
}

function checkField(field: FieldKey, text: string | undefined): FieldOutcome {
  const converted = text === undefined ? { value: undefined } : convertCell(field, text);
  if ('error' in converted) return { kind: 'cell', message: converted.error };
  const parsed = partnerFields.shape[field].safeParse(converted.value);
  return parsed.success
    ? { kind: 'ok', value: parsed.data }
    : { kind: 'schema', message: parsed.error.issues[0]?.message ?? 'This value is not valid' };
}

/** Each field's place in a row's outcomes. */
const at = Object.fromEntries(partnerFieldKeys.map((key, i) => [key, i])) as Record<
  FieldKey,
  number
>;

const okValue = (outcomes: readonly FieldOutcome[], position: number): unknown =>
  copyValue((outcomes[position] as { value: unknown }).value);

/**
 * A valid row's fields, every field written out so all rows share one object shape (the insert
 * then reads each field by name at the speed of a plain property).
 */
function rowFields(o: readonly FieldOutcome[]): ParsedPartnerFields {
  const fields = {
    name: okValue(o, at.name),
    type: okValue(o, at.type),
    stage: okValue(o, at.stage),
    maturity: okValue(o, at.maturity),
    tier: okValue(o, at.tier),
    segment: okValue(o, at.segment),
    region: okValue(o, at.region),
    website: okValue(o, at.website),
    audienceSize: okValue(o, at.audienceSize),
    ownerOurs: okValue(o, at.ownerOurs),
    ownerTheirs: okValue(o, at.ownerTheirs),
    goalOurs: okValue(o, at.goalOurs),
    goalTheirs: okValue(o, at.goalTheirs),
    tags: okValue(o, at.tags),
    notes: okValue(o, at.notes),
    archived: okValue(o, at.archived),
  } satisfies Record<FieldKey, unknown>;
  return fields as ParsedPartnerFields;
}

/**
 * Checks one row at a time against the mapping, adding it to `valid` or its errors to `errors`.
 * The mapping must be sound (see mappingErrors).
 */
function rowChecker(
  headers: readonly string[],
  mapping: readonly (PartnerCsvField | null)[],
  valid: PartnerCsvValidation['valid'],
  errors: CsvRowError[],
): (cells: readonly string[], rowNumber: number) => void {
  const columnOf = (field: string): string => {
    const index = mapping.indexOf(field as PartnerCsvField);
    return index >= 0
      ? (headers[index] ?? '')
      : (partnerCsvHeaders[field as PartnerCsvField] ?? field);
  };
  // A field no column fills has the same outcome on every row (its default), found once; only
  // the mapped columns are read row by row.
  const outcomes: FieldOutcome[] = partnerFieldKeys.map((field) =>
    mapping.includes(field) ? { kind: 'ok', value: undefined } : checkField(field, undefined),
  );
  const constantFailure = outcomes.some((outcome) => outcome.kind !== 'ok');
  const columns: FieldColumn[] = partnerFieldKeys
    .map((field, position) => ({
      position,
      field,
      index: mapping.indexOf(field),
      memo: new Map(),
      hits: 0,
      misses: 0,
    }))
    .filter((column) => column.index >= 0);

  return (cells, rowNumber) => {
    let failed = constantFailure;
    for (let i = 0; i < columns.length; i += 1) {
      const column = columns[i] as FieldColumn;
      const outcome = checkCell(column, cells);
      outcomes[column.position] = outcome;
      if (outcome.kind !== 'ok') failed = true;
    }
    if (!failed) {
      valid.push({ rowNumber, fields: rowFields(outcomes) });
      return;
    }
    // Conversion errors first, in column order, then the schema's, in the form's field order;
    // one error per column.
    const seen = new Set<string>();
    mapping.forEach((field, index) => {
      const outcome = field ? outcomes[partnerFieldKeys.indexOf(field)] : undefined;
      if (outcome?.kind !== 'cell') return;
      const column = headers[index] ?? '';
      seen.add(column);
      errors.push({ row: rowNumber, column, message: outcome.message });
    });
    partnerFieldKeys.forEach((field, i) => {
      const outcome = outcomes[i];
      const column = columnOf(field);
      if (outcome?.kind !== 'schema' || seen.has(column)) return;
      seen.add(column);
      errors.push({ row: rowNumber, column, message: outcome.message });
    });
  };
}

/** Checks every row with the schema a form uses; errors name the spreadsheet row and the CSV column. */
export function validatePartnerCsv(
  text: string,
  mapping: readonly (PartnerCsvField | null)[],
): PartnerCsvValidation {
  let mappingProblems: CsvRowError[] | null = null;
  let checkRow: (cells: readonly string[], rowNumber: number) => void = () => undefined;
  let totalRows = 0;
  const valid: PartnerCsvValidation['valid'] = [];
  const errors: CsvRowError[] = [];
  // Each row is checked as it is read, so only the valid rows' fields outlive their row.
  const problems = readCsvRows(text, (cells, index) => {
    if (index === 0) {
      const headers = cells.map((h) => h.trim());
      mappingProblems = mappingErrors(headers, mapping);
      if (mappingProblems.length === 0) checkRow = rowChecker(headers, mapping, valid, errors);
    } else if (!isBlankRow(cells)) {
      totalRows += 1;
      checkRow(cells, index + 1);
    }
  });
  // An empty file has no header row: every column of the mapping is then missing.
  const fileErrors = [...problems, ...(mappingProblems ?? mappingErrors([], mapping))];
  if (fileErrors.length > 0) return { totalRows, valid: [], errors: fileErrors };
  return { totalRows, valid, errors };
}

/**
 * Writes partners with the same headers the import recognises, so an export can be edited and
 * imported again, with the app's one CSV writer (formula cells guarded, byte-order mark).
 */
export function partnersToCsv(partners: readonly Partner[]): string {
  const data = partners.map((p) =>
    partnerCsvFieldKeys.map((key) => {
      switch (key) {
        case 'type':
          return partnerTypeLabels[p.type];
        case 'stage':
          return lifecycleStageLabels[p.stage];
        case 'maturity':
          return maturityLabels[p.maturity];
        case 'audienceSize':
          return p.audienceSize;
        case 'tags':
          return p.tags.join('; ');
        case 'archived':
          return p.archived ? 'yes' : 'no';
        default:
          return p[key];
      }
    }),
  );
  return toCsv(
    partnerCsvFieldKeys.map((key) => partnerCsvHeaders[key]),
    data,
  );
}
