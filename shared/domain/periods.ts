// Calendar arithmetic on plain integers: no Date objects, so no time-zone or DST surprises.
// Fiscal years are named by the calendar year in which they END (FY start April: April 2026 to
// March 2027 is FY2027). With a January start the fiscal year equals the calendar year.

/** 'YYYY-MM-DD' */
export type IsoDate = string;
/** 'YYYY-MM' */
export type MonthKey = string;
export type Quarter = 1 | 2 | 3 | 4;

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export interface FiscalQuarter {
  fiscalYear: number;
  quarter: Quarter;
}

export interface DateRange {
  start: IsoDate;
  /** Inclusive. */
  end: IsoDate;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthPattern = /^(\d{4})-(\d{2})$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function checkYearMonth(year: number, month: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`Year ${year} is outside 1..9999`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Month ${month} is outside 1..12`);
  }
}

export function parseIsoDate(date: IsoDate): YearMonthDay {
  const match = isoDatePattern.exec(date);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${date}" is not a valid date (YYYY-MM-DD)`);
  }
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate({ year, month, day }: YearMonthDay): IsoDate {
  checkYearMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Day ${day} does not exist in ${pad4(year)}-${pad2(month)}`);
  }
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function parseMonth(month: MonthKey): { year: number; month: number } {
  const match = monthPattern.exec(month);
  const y = Number(match?.[1]);
  const m = Number(match?.[2]);
  if (!match || y < 1 || m < 1 || m > 12) {
    throw new RangeError(`"${month}" is not a valid month (YYYY-MM)`);
  }
  return { year: y, month: m };
}

export function formatMonth(year: number, month: number): MonthKey {
  checkYearMonth(year, month);
  return `${pad4(year)}-${pad2(month)}`;
}

export function monthOf(date: IsoDate): MonthKey {
  const { year, month } = parseIsoDate(date);
  return formatMonth(year, month);
}

/** Accepts either 'YYYY-MM' or 'YYYY-MM-DD'. */
function yearMonthOf(dateOrMonth: string): { year: number; month: number } {
  return dateOrMonth.length === 7 ? parseMonth(dateOrMonth) : parseIsoDate(dateOrMonth);
}

export function addMonths(month: MonthKey, count: number): MonthKey {
  if (!Number.isInteger(count)) throw new RangeError(`Cannot add ${count} months`);
  const { year, month: m } = parseMonth(month);
  const index = year * 12 + (m - 1) + count;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

export function compareMonths(a: MonthKey, b: MonthKey): number {
  const pa = parseMonth(a);
  const pb = parseMonth(b);
  return pa.year * 12 + pa.month - (pb.year * 12 + pb.month);
}

/** Every month from `from` to `to`, both included; empty when `from` is after `to`. */
export function monthsBetween(from: MonthKey, to: MonthKey): MonthKey[] {
  const span = compareMonths(to, from);
  const months: MonthKey[] = [];
  for (let i = 0; i <= span; i += 1) months.push(addMonths(from, i));
  return months;
}

export function firstDayOfMonth(month: MonthKey): IsoDate {
  const { year, month: m } = parseMonth(month);
  return formatIsoDate({ year, month: m, day: 1 });
}

export function lastDayOfMonth(month: MonthKey): IsoDate {
  const { year, month: m } = parseMonth(month);
  return formatIsoDate({ year, month: m, day: daysInMonth(year, m) });
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's civil algorithm).
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromEpochDay(epochDay: number): IsoDate {
  if (!Number.isInteger(epochDay)) throw new RangeError(`${epochDay} is not a whole day`);
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

export function addDays(date: IsoDate, count: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + count);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 1 = Monday ... 7 = Sunday (ISO 8601). 1970-01-01 was a Thursday. */
export function isoWeekday(date: IsoDate): number {
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1;
}

export function startOfIsoWeek(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeekOf(date: IsoDate): { isoYear: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const isoYear = parseIsoDate(thursday).year;
  const firstDay = toEpochDay(formatIsoDate({ year: isoYear, month: 1, day: 1 }));
  const week = Math.floor((toEpochDay(thursday) - firstDay) / 7) + 1;
  return { isoYear, week };
}

/** 'YYYY-Www', e.g. '2026-W01'. */
export function isoWeekLabel(date: IsoDate): string {
  const { isoYear, week } = isoWeekOf(date);
  return `${pad4(isoYear)}-W${pad2(week)}`;
}

export function checkFiscalYearStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`Fiscal-year start month ${startMonth} is outside 1..12`);
  }
}

/** Fiscal year of a date or month, named by the calendar year in which it ends. */
export function fiscalYearOf(dateOrMonth: string, startMonth: number): number {
  checkFiscalYearStartMonth(startMonth);
  const { year, month } = yearMonthOf(dateOrMonth);
  return startMonth === 1 || month < startMonth ? year : year + 1;
}

export function fiscalQuarterOf(dateOrMonth: string, startMonth: number): FiscalQuarter {
  const fiscalYear = fiscalYearOf(dateOrMonth, startMonth);
  const { month } = yearMonthOf(dateOrMonth);
  const offset = (month - startMonth + 12) % 12;
  return { fiscalYear, quarter: (Math.floor(offset / 3) + 1) as Quarter };
}

function checkFiscalQuarter({ fiscalYear, quarter }: FiscalQuarter): void {
  if (!Number.isInteger(fiscalYear)) throw new RangeError(`Fiscal year ${fiscalYear} is not whole`);
  if (![1, 2, 3, 4].includes(quarter)) throw new RangeError(`Quarter ${quarter} is outside 1..4`);
}

/** First calendar month of a fiscal year. */
export function fiscalYearStart(fiscalYear: number, startMonth: number): MonthKey {
  checkFiscalYearStartMonth(startMonth);
  return formatMonth(startMonth === 1 ? fiscalYear : fiscalYear - 1, startMonth);
}

/** The three calendar months of a fiscal quarter, in order. */
export function fiscalQuarterMonths(period: FiscalQuarter, startMonth: number): MonthKey[] {
  checkFiscalQuarter(period);
  const first = addMonths(fiscalYearStart(period.fiscalYear, startMonth), (period.quarter - 1) * 3);
  return [first, addMonths(first, 1), addMonths(first, 2)];
}

export function fiscalQuarterRange(period: FiscalQuarter, startMonth: number): DateRange {
  checkFiscalQuarter(period);
  const first = addMonths(fiscalYearStart(period.fiscalYear, startMonth), (period.quarter - 1) * 3);
  return { start: firstDayOfMonth(first), end: lastDayOfMonth(addMonths(first, 2)) };
}

export function fiscalYearRange(fiscalYear: number, startMonth: number): DateRange {
  const first = fiscalYearStart(fiscalYear, startMonth);
  return { start: firstDayOfMonth(first), end: lastDayOfMonth(addMonths(first, 11)) };
}

export function addFiscalQuarters(period: FiscalQuarter, count: number): FiscalQuarter {
  checkFiscalQuarter(period);
  if (!Number.isInteger(count)) throw new RangeError(`Cannot add ${count} quarters`);
  const index = period.fiscalYear * 4 + (period.quarter - 1) + count;
  return { fiscalYear: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter };
}

/** 'FY2027 Q1' */
export function fiscalQuarterLabel({ fiscalYear, quarter }: FiscalQuarter): string {
  return `FY${fiscalYear} Q${quarter}`;
}
