import { addMonths, formatMonth, monthsBetween } from '../../../../shared/domain/periods.ts';

/** The month the user's clock is in, 'YYYY-MM'. */
export function currentMonth(now = new Date()): string {
  return formatMonth(now.getFullYear(), now.getMonth() + 1);
}

const formatters = {
  short: new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  long: new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  tiny: new Intl.DateTimeFormat('en', { month: 'short', year: '2-digit', timeZone: 'UTC' }),
};

/** 'Mar 2026' (short), 'March 2026' (long) or 'Mar 26' (tiny, for chart axes). */
export function monthLabel(period: string, style: keyof typeof formatters = 'short'): string {
  const date = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1));
  return formatters[style].format(date);
}

/** MonthPickerInput speaks 'YYYY-MM-DD' strings; our periods are 'YYYY-MM'. */
export const monthToPickerValue = (period: string): string => `${period}-01`;
export const pickerValueToMonth = (value: string | null): string | null =>
  value && /^\d{4}-\d{2}/.test(value) ? value.slice(0, 7) : null;

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingAt(last: string, count: number): string[] {
  return monthsBetween(addMonths(last, -(count - 1)), last);
}
