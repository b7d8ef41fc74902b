import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  addDays,
  addPeriods,
  calendarMonthOf,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isPeriod,
  periodOfDate,
  periodRange,
  periodToIndex,
  toDayNumber,
} from '../../shared/domain/date-math.ts';

describe('date math on day numbers', () => {
  it('round-trips ISO dates through day numbers', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2026-03-01') - toDayNumber('2026-02-28')).toBe(1);
    expect(fromDayNumber(toDayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it('counts days across a DST change and a leap day', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('clamps to the end of the month when adding months', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addCalendarMonths('2026-05-15', -6)).toBe('2025-11-15');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('refuses what is not an ISO date', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(() => toDayNumber('2026-13-01')).toThrow(RangeError);
    expect(() => addCalendarMonths('soon', 1)).toThrow(RangeError);
  });
});

describe('periods', () => {
  it('moves between periods across years', () => {
    expect(addPeriods('2026-11', 3)).toBe('2027-02');
    expect(addPeriods('2026-01', -1)).toBe('2025-12');
    expect(periodToIndex('2026-02') - periodToIndex('2025-02')).toBe(12);
    expect(periodRange('2026-11', 3)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(periodRange('2026-11', 0)).toEqual([]);
  });

  it('knows the calendar month of a period and the period of a date', () => {
    expect(calendarMonthOf('2026-12')).toBe(12);
    expect(calendarMonthOf('2027-01')).toBe(1);
    expect(periodOfDate('2026-07-14')).toBe('2026-07');
  });

  it('refuses what is not a period', () => {
    expect(isPeriod('2026-00')).toBe(false);
    expect(() => periodToIndex('2026-1')).toThrow(RangeError);
  });
});
