import { formatMoney, fromMinor } from '../../../../shared/domain/money.ts';

/** An amount in minor units, in the workbook currency ('$25,000.00'). */
export function money(minor: number, currency: string): string {
  return formatMoney(Math.round(minor), currency);
}

const wholeFormatters = new Map<string, Intl.NumberFormat>();

/** Forecast figures to the whole currency unit ('$25,000'): cents would be false precision. */
export function wholeMoney(minor: number, currency: string): string {
  let formatter = wholeFormatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    });
    wholeFormatters.set(currency, formatter);
  }
  return formatter.format(fromMinor(Math.round(minor), currency));
}

const compactFormatters = new Map<string, Intl.NumberFormat>();

/** '$25K' for chart axes. */
export function compactMoney(minor: number, currency: string): string {
  let formatter = compactFormatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    compactFormatters.set(currency, formatter);
  }
  return formatter.format(fromMinor(Math.round(minor), currency));
}

/** The currency's symbol for input prefixes ('$', '€', 'CHF'). */
export function currencySymbol(currency: string): string {
  const parts = new Intl.NumberFormat(undefined, { style: 'currency', currency }).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}

/** A fraction as a percentage: 11.5 → '1,150 %'. */
export function percent(fraction: number, digits = 0): string {
  return `${(fraction * 100).toLocaleString('en', { maximumFractionDigits: digits })} %`;
}

export function count(value: number, digits = 0): string {
  return value.toLocaleString('en', { maximumFractionDigits: digits });
}

export function times(value: number): string {
  return `${value.toLocaleString('en', { maximumFractionDigits: 1 })}×`;
}

/** '—' for figures the data cannot support, so a screen never shows Infinity or NaN. */
export function orDash<T>(value: T | null, format: (v: T) => string): string {
  return value === null ? '—' : format(value);
}
