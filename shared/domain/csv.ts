import Papa from 'papaparse';

// The one CSV writer of the app: every list the user can export (partners, contacts, risks,
// activities, actions, decisions, actuals) is written here, so every file opens the same way in
// a spreadsheet. RFC 4180 quoting and CRLF line ends (papaparse), a UTF-8 byte-order mark so
// Excel reads accents, and numbers left as numbers so a spreadsheet can sum them.

/** A cell: text, a number (written as is, never quoted), or empty. */
export type CsvCell = string | number | null | undefined;

export interface CsvColumn<Row> {
  /** What a person reads at the top of the column in a spreadsheet. */
  header: string;
  value: (row: Row) => CsvCell;
}

export const csvMimeType = 'text/csv;charset=utf-8';
export const csvByteOrderMark = '\uFEFF';

/**
 * Spreadsheets run a text cell starting with one of these as a formula (CSV injection); OWASP
 * advises a leading single quote. papaparse's own pattern misses a formula with a line break
 * (its `.*$` stops at the newline), hence ours. Numbers are never prefixed: -5 stays a number.
 */
const formulaStart = /^[=+\-@\t\r]/;

function cellText(cell: CsvCell): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  return cell;
}

/** A whole CSV document: byte-order mark, header row, one line per row, a final line end. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const body = Papa.unparse(
    { fields: [...headers], data: rows.map((row) => row.map(cellText)) },
    { newline: '\r\n', escapeFormulae: formulaStart },
  );
  // papaparse already ends a header-only document with a line end.
  return `${csvByteOrderMark}${body}${rows.length === 0 ? '' : '\r\n'}`;
}

/** Writes rows with named columns, in the columns' order. */
export function rowsToCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return toCsv(
    columns.map((c) => c.header),
    rows.map((row) => columns.map((c) => c.value(row))),
  );
}

/** A header naming the currency of a money column, e.g. "Budget (EUR)". */
export const moneyHeader = (label: string, currency: string): string => `${label} (${currency})`;

/** Strips what `toCsv` adds for spreadsheets, for code that reads an exported file back. */
export function unguardCell(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

/** "risks-2026-05-01.csv": what the file holds and the day it was exported. */
export function csvFileName(what: string, today: string): string {
  const slug = what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'export'}-${today}.csv`;
}
