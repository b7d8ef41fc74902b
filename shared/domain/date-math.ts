// Day numbers (days since 1970-01-01) and month indexes keep all date math on integers in UTC;
// local time never enters, so results do not depend on the machine's time zone or DST.

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const periodPattern = /^(\d{4})-(\d{2})$/;
const msPerDay = 86_400_000;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 for an ISO date; throws RangeError on anything else. */
export function toDayNumber(isoDate: string): number {
  if (!isIsoDate(isoDate)) throw new RangeError(`Not an ISO date: ${isoDate}`);
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / msPerDay);
}

export function fromDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * msPerDay);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(toDayNumber(isoDate) + days);
}

/** Adds calendar months; a day past the end of the target month is clamped (01-31 + 1 → 02-28). */
export function addCalendarMonths(isoDate: string, months: number): string {
  toDayNumber(isoDate);
  const index = toMonthIndex(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7))) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(Number(isoDate.slice(8, 10)), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function toMonthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function isPeriod(value: string): boolean {
  const match = periodPattern.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  return month >= 1 && month <= 12;
}

/** Months since year 0 for a 'YYYY-MM' period; throws RangeError on anything else. */
export function periodToIndex(period: string): number {
  if (!isPeriod(period)) throw new RangeError(`Not a period (YYYY-MM): ${period}`);
  return toMonthIndex(Number(period.slice(0, 4)), Number(period.slice(5, 7)));
}

export function indexToPeriod(index: number): string {
  const year = Math.floor(index / 12);
  return `${pad(year, 4)}-${pad(index - year * 12 + 1, 2)}`;
}

export function addPeriods(period: string, months: number): string {
  return indexToPeriod(periodToIndex(period) + months);
}

/** Calendar month 1..12 of a period. */
export function calendarMonthOf(period: string): number {
  return (periodToIndex(period) % 12) + 1;
}

export function periodRange(start: string, count: number): string[] {
  const first = periodToIndex(start);
  return Array.from({ length: Math.max(0, count) }, (_, i) => indexToPeriod(first + i));
}

export function periodOfDate(isoDate: string): string {
  toDayNumber(isoDate);
  return isoDate.slice(0, 7);
}
