import Papa from 'papaparse';
import {
  actualMeasureLabels,
  actualMeasures,
  moneyMeasures,
  type ActualMeasure,
  type ActualsCsvReport,
  type ActualsCsvRowError,
} from '../../../shared/contract/index.ts';
import { currencyFractionDigits, toMinor } from '../../../shared/domain/money.ts';
import type { MeasureValues } from '../../../db/repositories/actuals-repository.ts';

// A CSV of monthly actuals: one row per partner and month; columns for the partner (unless
// imported from a partner's page), the month, any of the six measures and any KPI by its name.
// Money is written in major units ("1,250.50"); an empty cell leaves the recorded value alone.

export const maxActualsCsvRows = 20_000;

export interface CsvPartner {
  id: number;
  name: string;
}
export interface CsvKpi {
  id: number;
  name: string;
  partnerId: number | null;
}

export interface ActualsCsvRow {
  rowNumber: number;
  partnerId: number;
  period: string;
  measures: MeasureValues;
  kpiValues: { kpiId: number; value: number }[];
}

type Column =
  | { reads: 'partner' | 'period' | 'ignored'; header: string; label: string }
  | { reads: 'measure'; header: string; label: string; measure: ActualMeasure }
  | { reads: 'kpi'; header: string; label: string; kpi: CsvKpi };

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const partnerHeaders = new Set([
  'partner',
  'partner name',
  'company',
  'organisation',
  'organization',
]);
const periodHeaders = new Set(['period', 'month', 'date']);
const measureAliases: Record<ActualMeasure, string[]> = {
  leads: ['leads', 'lead count'],
  qualifiedLeads: ['qualified leads', 'qualifiedleads', 'sqls', 'mqls'],
  deals: ['deals', 'won deals', 'closed deals', 'customers'],
  attributedRevenue: ['attributed revenue', 'attributedrevenue', 'revenue', 'trackable revenue'],
  influencedRevenue: ['influenced revenue', 'influencedrevenue', 'directional revenue'],
  spend: ['spend', 'cost', 'costs'],
};

function readColumns(headers: readonly string[], kpis: readonly CsvKpi[]): Column[] {
  const taken = new Set<string>();
  return headers.map((header): Column => {
    const wanted = normalise(header);
    const claim = (id: string): boolean => {
      if (taken.has(id)) return false;
      taken.add(id);
      return true;
    };
    if (partnerHeaders.has(wanted) && claim('partner'))
      return { reads: 'partner', header, label: 'Partner' };
    if (periodHeaders.has(wanted) && claim('period'))
      return { reads: 'period', header, label: 'Month' };
    const measure = actualMeasures.find((m) => measureAliases[m].includes(wanted));
    if (measure && claim(measure))
      return { reads: 'measure', header, label: actualMeasureLabels[measure], measure };
    const kpi = kpis.find((k) => normalise(k.name) === wanted);
    if (kpi && claim(`kpi:${kpi.id}`)) return { reads: 'kpi', header, label: kpi.name, kpi };
    return { reads: 'ignored', header, label: '' };
  });
}

/** 'YYYY-MM', 'YYYY-MM-DD' or 'YYYY/MM' to 'YYYY-MM'. */
export function parsePeriodCell(text: string): string | null {
  const match = /^(\d{4})[-/](\d{1,2})(?:[-/]\d{1,2})?$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}`;
}

/** Digits with optional thousands commas, an optional decimal part, an optional sign. */
function parseNumberCell(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/^[^\d.+-]+/, '')
    .replace(/%$/, '');
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d*)(\.\d+)?$/.test(cleaned) || !/\d/.test(cleaned)) return null;
  const value = Number(cleaned.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

type CellResult = { value: number } | { error: string };

function measureCell(measure: ActualMeasure, text: string, currency: string): CellResult {
  const value = parseNumberCell(text);
  if (value === null) return { error: `“${text.trim()}” is not a number` };
  if (value < 0) return { error: 'Cannot be negative' };
  if (!moneyMeasures.has(measure)) {
    return Number.isInteger(value) ? { value } : { error: 'Use a whole number' };
  }
  const digits = currencyFractionDigits(currency);
  const decimals = /\.(\d+)$/.exec(text.trim())?.[1]?.length ?? 0;
  if (decimals > digits) {
    return {
      error: digits === 0 ? `${currency} has no decimals` : `Use at most ${digits} decimals`,
    };
  }
  const minor = toMinor(value, currency);
  return Number.isSafeInteger(minor) ? { value: minor } : { error: 'That amount is too large' };
}

export interface ActualsCsvContext {
  /** Set when importing from a partner's page. */
  partnerId: number | null;
  partners: readonly CsvPartner[];
  kpis: readonly CsvKpi[];
  currency: string;
}

export function readActualsCsv(
  csvText: string,
  context: ActualsCsvContext,
): { report: ActualsCsvReport; rows: ActualsCsvRow[] } {
  const parsed = Papa.parse<string[]>(csvText.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [headerRow = [], ...body] = parsed.data;
  const dataRows = body
    .map((cells, index) => ({ rowNumber: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  const columns = readColumns(
    headerRow.map((h) => h.trim()),
    context.kpis,
  );
  const errors: ActualsCsvRowError[] = [];
  const report = (validRows: number): ActualsCsvReport => ({
    totalRows: dataRows.length,
    validRows,
    errors,
    columns: columns.map(({ header, reads, label }) => ({ header, reads, label })),
  });

  for (const e of parsed.errors) {
    if (e.type === 'Quotes') {
      errors.push({
        row: (e.row ?? 0) + 2,
        column: '',
        message: 'A quoted value is not closed, so the rest of the file cannot be read reliably.',
      });
    }
  }
  if (headerRow.every((h) => h.trim() === '')) {
    errors.push({
      row: 1,
      column: '',
      message: 'The file is empty: the first row should name the columns.',
    });
  }
  if (dataRows.length > maxActualsCsvRows) {
    errors.push({
      row: 1,
      column: '',
      message: `Import at most ${maxActualsCsvRows.toLocaleString('en')} rows at a time.`,
    });
  }
  const hasPartner = columns.some((c) => c.reads === 'partner');
  if (!columns.some((c) => c.reads === 'period')) {
    errors.push({ row: 1, column: '', message: 'Add a Month column with months like 2026-03.' });
  }
  if (context.partnerId === null && !hasPartner) {
    errors.push({
      row: 1,
      column: '',
      message: 'Add a Partner column naming the partner of each row.',
    });
  }
  if (errors.length > 0) return { report: report(0), rows: [] };

  const byName = new Map<string, CsvPartner[]>();
  for (const p of context.partners) {
    const list = byName.get(normalise(p.name)) ?? [];
    list.push(p);
    byName.set(normalise(p.name), list);
  }
  const fixedPartner = context.partners.find((p) => p.id === context.partnerId);
  const seen = new Map<string, number>();
  const rows: ActualsCsvRow[] = [];

  for (const { rowNumber, cells } of dataRows) {
    const rowErrors: ActualsCsvRowError[] = [];
    const fail = (column: Column | undefined, message: string) =>
      rowErrors.push({ row: rowNumber, column: column?.header ?? '', message });
    let partnerId = context.partnerId;
    let period: string | null = null;
    const measures: MeasureValues = {};
    const kpiValues: ActualsCsvRow['kpiValues'] = [];

    for (const [index, column] of columns.entries()) {
      const text = (cells[index] ?? '').trim();
      if (column.reads === 'partner') {
        const matches = text ? (byName.get(normalise(text)) ?? []) : [];
        if (fixedPartner) {
          if (text && !matches.some((p) => p.id === fixedPartner.id)) {
            fail(column, `This row is for “${text}”, not ${fixedPartner.name}`);
          }
        } else if (!text) fail(column, 'Name the partner');
        else if (matches.length === 0) fail(column, `No partner named “${text}” in this workbook`);
        else if (matches.length > 1)
          fail(column, `Two partners are named “${text}”; rename one first`);
        else partnerId = matches[0]?.id ?? null;
      } else if (column.reads === 'period') {
        period = parsePeriodCell(text);
        if (period === null)
          fail(column, text ? `“${text}” is not a month like 2026-03` : 'Enter the month');
      }
    }
    for (const [index, column] of columns.entries()) {
      const text = (cells[index] ?? '').trim();
      if (!text) continue;
      if (column.reads === 'measure') {
        const result = measureCell(column.measure, text, context.currency);
        if ('error' in result) fail(column, result.error);
        else measures[column.measure] = result.value;
      } else if (column.reads === 'kpi') {
        const value = parseNumberCell(text);
        if (value === null) fail(column, `“${text}” is not a number`);
        else if (
          column.kpi.partnerId !== null &&
          partnerId !== null &&
          column.kpi.partnerId !== partnerId
        ) {
          fail(column, `The KPI “${column.kpi.name}” measures another partner`);
        } else kpiValues.push({ kpiId: column.kpi.id, value });
      }
    }

    if (partnerId !== null && period !== null) {
      const id = `${partnerId}|${period}`;
      const first = seen.get(id);
      if (first !== undefined) fail(undefined, `Row ${first} already has this partner and month`);
      else seen.set(id, rowNumber);
    }
    errors.push(...rowErrors);
    if (rowErrors.length === 0 && partnerId !== null && period !== null) {
      rows.push({ rowNumber, partnerId, period, measures, kpiValues });
    }
  }
  return { report: report(rows.length), rows };
}
