import { currencyFractionDigits } from '../../../../shared/domain/money.ts';

/** How a grid column reads what is typed: whole counts, money in major units, or any number. */
export type CellKind = 'count' | 'money' | 'number';

export type ParsedCell = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * Reads a typed cell. Blank clears it. Spaces and thousands commas are allowed ("12,500.50"),
 * as is a trailing % for plain numbers.
 */
export function parseCell(text: string, kind: CellKind, currency: string): ParsedCell {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const cleaned = trimmed.replace(/[\s\u00a0]/g, '').replace(/%$/, '');
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d*)(\.\d+)?$/.test(cleaned) || !/\d/.test(cleaned)) {
    return { ok: false, message: 'Enter a number' };
  }
  const value = Number(cleaned.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { ok: false, message: 'Enter a number' };
  if (kind === 'number') return { ok: true, value };
  if (value < 0) return { ok: false, message: 'Cannot be negative' };
  if (kind === 'count') {
    return Number.isInteger(value)
      ? { ok: true, value }
      : { ok: false, message: 'Use a whole number' };
  }
  const digits = currencyFractionDigits(currency);
  const decimals = /\.(\d+)$/.exec(cleaned)?.[1]?.length ?? 0;
  if (decimals > digits) {
    return {
      ok: false,
      message: digits === 0 ? `${currency} has no decimals` : `At most ${digits} decimals`,
    };
  }
  return { ok: true, value };
}

const grouped = new Map<string, Intl.NumberFormat>();

/** How a cell shows its value when not being edited: grouped digits, money with its decimals. */
export function displayCell(value: number | null, kind: CellKind, currency: string): string {
  if (value === null) return '';
  const digits = kind === 'money' ? currencyFractionDigits(currency) : kind === 'count' ? 0 : 2;
  const key = `${kind}|${digits}`;
  let format = grouped.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en', {
      minimumFractionDigits: kind === 'money' ? digits : 0,
      maximumFractionDigits: digits,
    });
    grouped.set(key, format);
  }
  return format.format(value);
}

/** What a cell holds while being edited: the plain number, no grouping. */
export function editCell(value: number | null): string {
  return value === null ? '' : String(value);
}
