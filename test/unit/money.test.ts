import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencyFractionDigits,
  formatMoney,
  fromMinor,
  percentSplitProblem,
  splitAmount,
  sumMinor,
  toMinor,
} from '../../shared/domain/money.ts';

describe('currency minor units', () => {
  it('uses each currency’s own number of decimals', () => {
    expect(currencyFractionDigits('USD')).toBe(2);
    expect(currencyFractionDigits('eur')).toBe(2);
    expect(currencyFractionDigits('JPY')).toBe(0);
    expect(currencyFractionDigits('KWD')).toBe(3);
  });

  it('converts major amounts to whole minor units and back', () => {
    expect(toMinor(40_000, 'USD')).toBe(4_000_000);
    expect(toMinor(19.99, 'EUR')).toBe(1999);
    expect(toMinor(1500, 'JPY')).toBe(1500);
    expect(toMinor(1.234, 'KWD')).toBe(1234);
    expect(fromMinor(1999, 'EUR')).toBe(19.99);
    expect(fromMinor(1500, 'JPY')).toBe(1500);
  });

  it('rounds half away from zero on the decimal value typed, not its binary approximation', () => {
    expect(toMinor(1.005, 'USD')).toBe(101);
    expect(toMinor(-1.005, 'USD')).toBe(-101);
    expect(toMinor(0.004, 'USD')).toBe(0);
    expect(toMinor(2.5, 'JPY')).toBe(3);
    expect(Object.is(toMinor(-0.001, 'USD'), 0)).toBe(true);
  });

  it('round-trips any whole number of cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (minor) => {
        expect(toMinor(fromMinor(minor, 'USD'), 'USD')).toBe(minor);
      }),
    );
  });

  it('refuses amounts that are not finite or not whole minor units', () => {
    expect(() => toMinor(Number.NaN, 'USD')).toThrow(RangeError);
    expect(() => toMinor(Number.POSITIVE_INFINITY, 'USD')).toThrow(RangeError);
    expect(() => fromMinor(1.5, 'USD')).toThrow(RangeError);
    expect(() => sumMinor([1, 2.5])).toThrow(RangeError);
    expect(sumMinor([100, -40, 5])).toBe(65);
  });
});

describe('formatMoney', () => {
  it('formats with the currency’s decimals in the requested locale', () => {
    expect(formatMoney(4_000_000, 'USD', 'en-US')).toBe('$40,000.00');
    expect(formatMoney(150_000, 'JPY', 'en-US')).toBe('¥150,000');
    expect(formatMoney(12_345_600, 'EUR', 'de-DE')).toBe('123.456,00\u00a0€');
    expect(formatMoney(-2_050, 'GBP', 'en-GB')).toBe('-£20.50');
  });

  it('uses the runtime locale when none is given', () => {
    const expected = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency: 'USD',
    }).format(12.34);
    expect(formatMoney(1234, 'USD')).toBe(expected);
  });
});

describe('splitAmount', () => {
  it('splits the $40,000 booth 50/50 into $20,000 each', () => {
    expect(splitAmount(toMinor(40_000, 'USD'), [50, 50])).toEqual([2_000_000, 2_000_000]);
  });

  it('splits 60/40 when one side brings most creative assets', () => {
    expect(splitAmount(4_000_000, [60, 40])).toEqual([2_400_000, 1_600_000]);
  });

  it('splits three ways 33.33/33.33/33.34 exactly', () => {
    expect(splitAmount(4_000_000, [33.33, 33.33, 33.34])).toEqual([
      1_333_200, 1_333_200, 1_333_600,
    ]);
    expect(splitAmount(100, [33.33, 33.33, 33.34])).toEqual([33, 33, 34]);
  });

  it('gives leftover cents to the largest remainders, earlier shares first on ties', () => {
    expect(splitAmount(100, [100 / 3, 100 / 3, 100 / 3])).toEqual([34, 33, 33]);
    expect(splitAmount(1, [50, 50])).toEqual([1, 0]);
    expect(splitAmount(5, [10, 45, 45])).toEqual([1, 2, 2]);
  });

  it('splits a negative amount like its absolute value', () => {
    expect(splitAmount(-101, [50, 50])).toEqual([-51, -50]);
  });

  it('gives a zero share nothing', () => {
    expect(splitAmount(999, [0, 100])).toEqual([0, 999]);
    expect(splitAmount(0, [60, 40])).toEqual([0, 0]);
  });

  it('accepts totals within 0.001 of 100 and refuses others', () => {
    expect(splitAmount(1000, [33.333, 33.333, 33.3335])).toHaveLength(3);
    expect(percentSplitProblem([60, 40])).toBeNull();
    expect(percentSplitProblem([60, 30])).toBe('The shares add up to 90 %, not 100 %');
    expect(percentSplitProblem([])).toBe('Add at least one share');
    expect(percentSplitProblem([120, -20])).toBe('Each share must be a percentage of zero or more');
    expect(() => splitAmount(1000, [60, 30])).toThrow('add up to 90 %');
    expect(() => splitAmount(1000, [Number.NaN, 100])).toThrow(RangeError);
    expect(() => splitAmount(10.5, [100])).toThrow(RangeError);
  });

  const percentsSummingTo100 = fc
    .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 8 })
    .filter((weights) => weights.some((w) => w > 0))
    .map((weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      return weights.map((w) => (w * 100) / total);
    })
    .filter((percents) => percentSplitProblem(percents) === null);

  it('always returns whole parts that add up to the total, each within one unit of its share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        percentsSummingTo100,
        (minor, percents) => {
          const parts = splitAmount(minor, percents);
          expect(parts).toHaveLength(percents.length);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(minor);
          parts.forEach((part, index) => {
            expect(Number.isInteger(part)).toBe(true);
            const exact = (minor * (percents[index] ?? 0)) / 100;
            expect(Math.abs(part - exact)).toBeLessThan(1 + Math.abs(minor) * 1e-9);
          });
        },
      ),
    );
  });
});
