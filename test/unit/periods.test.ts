import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addFiscalQuarters,
  addMonths,
  compareMonths,
  daysBetween,
  daysInMonth,
  fiscalQuarterLabel,
  fiscalQuarterMonths,
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
  fiscalYearStart,
  formatIsoDate,
  formatMonth,
  fromEpochDay,
  isIsoDate,
  isLeapYear,
  isoWeekday,
  isoWeekLabel,
  isoWeekOf,
  lastDayOfMonth,
  monthOf,
  monthsBetween,
  parseIsoDate,
  parseMonth,
  startOfIsoWeek,
  toEpochDay,
} from '../../shared/domain/periods.ts';

const anyDay = fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2200-12-31') });
const anyStartMonth = fc.integer({ min: 1, max: 12 });
const anyMonth = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => formatMonth(year, month));

describe('ISO dates', () => {
  it('parses and formats valid dates, including leap days', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(formatIsoDate({ year: 2026, month: 3, day: 7 })).toBe('2026-03-07');
    expect(isIsoDate('2026-12-31')).toBe(true);
  });

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '26-01-01',
    '2026-1-1',
    '',
    'x',
  ])('rejects "%s"', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(() => parseIsoDate(value)).toThrow(RangeError);
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2026].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('counts days from 1970-01-01 like UTC Date does', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const viaDate = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromEpochDay(day)).toBe(viaDate);
        expect(toEpochDay(viaDate)).toBe(day);
      }),
    );
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
  });

  it('is unaffected by daylight-saving changes (no local time involved)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
});

describe('ISO weeks', () => {
  it('numbers weekdays from Monday (1) to Sunday (7)', () => {
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(startOfIsoWeek('2026-03-08')).toBe('2026-03-02');
    expect(startOfIsoWeek('2026-03-02')).toBe('2026-03-02');
  });

  it('puts year-end days in the ISO week that holds their Thursday', () => {
    expect(isoWeekOf('2026-01-01')).toEqual({ isoYear: 2026, week: 1 });
    expect(isoWeekOf('2021-01-03')).toEqual({ isoYear: 2020, week: 53 });
    expect(isoWeekOf('2024-12-30')).toEqual({ isoYear: 2025, week: 1 });
    expect(isoWeekLabel('2026-03-04')).toBe('2026-W10');
  });

  it('always starts the week on a Monday no more than six days earlier', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const date = fromEpochDay(day);
        const monday = startOfIsoWeek(date);
        expect(isoWeekday(monday)).toBe(1);
        expect(daysBetween(monday, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, date)).toBeLessThan(7);
        expect(isoWeekOf(monday)).toEqual(isoWeekOf(date));
      }),
    );
  });
});

describe('months', () => {
  it('parses, formats and derives months', () => {
    expect(parseMonth('2026-04')).toEqual({ year: 2026, month: 4 });
    expect(formatMonth(987, 1)).toBe('0987-01');
    expect(monthOf('2026-04-30')).toBe('2026-04');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(() => parseMonth('2026-13')).toThrow(RangeError);
    expect(() => parseMonth('2026-4')).toThrow(RangeError);
  });

  it('adds months across year boundaries in both directions', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-06', -18)).toBe('2024-12');
    expect(addMonths('2026-06', 0)).toBe('2026-06');
    expect(() => addMonths('2026-06', 0.5)).toThrow(RangeError);
  });

  it('lists the months between two months, both included', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-02', '2026-02')).toEqual(['2026-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });

  it('keeps addMonths and monthsBetween consistent', () => {
    fc.assert(
      fc.property(anyMonth, fc.integer({ min: 0, max: 48 }), (from, count) => {
        const to = addMonths(from, count);
        expect(compareMonths(to, from)).toBe(count);
        const months = monthsBetween(from, to);
        expect(months).toHaveLength(count + 1);
        expect(months.at(-1)).toBe(to);
        expect(addMonths(to, -count)).toBe(from);
      }),
    );
  });
});

describe('fiscal periods (named by the calendar year in which they end)', () => {
  it('equals the calendar year when the fiscal year starts in January', () => {
    expect(fiscalYearOf('2026-01-01', 1)).toBe(2026);
    expect(fiscalYearOf('2026-12', 1)).toBe(2026);
    expect(fiscalQuarterOf('2026-05-15', 1)).toEqual({ fiscalYear: 2026, quarter: 2 });
    expect(fiscalQuarterRange({ fiscalYear: 2026, quarter: 1 }, 1)).toEqual({
      start: '2026-01-01',
      end: '2026-03-31',
    });
  });

  it('with an April start, April 2026 opens FY2027 and March 2026 closes FY2026', () => {
    expect(fiscalQuarterOf('2026-04', 4)).toEqual({ fiscalYear: 2027, quarter: 1 });
    expect(fiscalQuarterOf('2026-03-31', 4)).toEqual({ fiscalYear: 2026, quarter: 4 });
    expect(fiscalQuarterOf('2026-12-01', 4)).toEqual({ fiscalYear: 2027, quarter: 3 });
    expect(fiscalQuarterOf('2027-01-15', 4)).toEqual({ fiscalYear: 2027, quarter: 4 });
    expect(fiscalYearRange(2027, 4)).toEqual({ start: '2026-04-01', end: '2027-03-31' });
    expect(fiscalYearStart(2027, 4)).toBe('2026-04');
  });

  it('with an October start, the fourth quarter runs July to September', () => {
    expect(fiscalQuarterMonths({ fiscalYear: 2026, quarter: 4 }, 10)).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
    expect(fiscalQuarterRange({ fiscalYear: 2026, quarter: 1 }, 10)).toEqual({
      start: '2025-10-01',
      end: '2025-12-31',
    });
    expect(fiscalQuarterLabel({ fiscalYear: 2026, quarter: 1 })).toBe('FY2026 Q1');
  });

  it('gives a quarter that ends in February its leap day', () => {
    expect(fiscalQuarterRange({ fiscalYear: 2024, quarter: 4 }, 3)).toEqual({
      start: '2023-12-01',
      end: '2024-02-29',
    });
  });

  it('rejects a start month outside 1..12 and a quarter outside 1..4', () => {
    expect(() => fiscalYearOf('2026-01', 0)).toThrow(RangeError);
    expect(() => fiscalQuarterOf('2026-01', 13)).toThrow(RangeError);
    expect(() => fiscalQuarterOf('2026-01', 2.5)).toThrow(RangeError);
    expect(() => fiscalQuarterMonths({ fiscalYear: 2026, quarter: 5 as 1 }, 1)).toThrow(RangeError);
  });

  it('steps through quarters across fiscal years', () => {
    expect(addFiscalQuarters({ fiscalYear: 2026, quarter: 4 }, 1)).toEqual({
      fiscalYear: 2027,
      quarter: 1,
    });
    expect(addFiscalQuarters({ fiscalYear: 2026, quarter: 1 }, -1)).toEqual({
      fiscalYear: 2025,
      quarter: 4,
    });
    expect(addFiscalQuarters({ fiscalYear: 2026, quarter: 2 }, 8)).toEqual({
      fiscalYear: 2028,
      quarter: 2,
    });
  });

  it('places every month inside the range of its own fiscal quarter', () => {
    fc.assert(
      fc.property(anyMonth, anyStartMonth, (month, startMonth) => {
        const period = fiscalQuarterOf(month, startMonth);
        expect(fiscalQuarterMonths(period, startMonth)).toContain(month);
        const { start, end } = fiscalQuarterRange(period, startMonth);
        expect(start <= `${month}-01` && lastDayOfMonth(month) <= end).toBe(true);
        expect(fiscalYearStart(period.fiscalYear, startMonth)).toBe(
          fiscalQuarterMonths({ fiscalYear: period.fiscalYear, quarter: 1 }, startMonth)[0],
        );
      }),
    );
  });

  it('makes the fiscal year end in the calendar year it is named after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2200 }), anyStartMonth, (fiscalYear, startMonth) => {
        const { end } = fiscalYearRange(fiscalYear, startMonth);
        expect(parseIsoDate(end).year).toBe(fiscalYear);
        expect(fiscalYearOf(end, startMonth)).toBe(fiscalYear);
        expect(fiscalYearOf(addDays(end, 1), startMonth)).toBe(fiscalYear + 1);
      }),
    );
  });
});
