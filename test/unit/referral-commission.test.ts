import { describe, expect, it } from 'vitest';
import { computeReferralCommission } from '../../shared/domain/referral-commission.ts';
import { periodRange } from '../../shared/domain/date-math.ts';

describe('computeReferralCommission', () => {
  it('reproduces the worked example: 100 customers × $500, 20 % = $10,000, net $40,000', () => {
    const customers = Array.from({ length: 100 }, () => ({
      startPeriod: '2026-01',
      monthlyRevenue: 50_000,
    }));
    const result = computeReferralCommission(customers, { rate: 0.2, months: 12 }, ['2026-01']);
    expect(result.periods[0]).toEqual({
      period: '2026-01',
      referredRevenue: 5_000_000,
      commission: 1_000_000,
      ourNet: 4_000_000,
      lines: [
        {
          label: '100 customers from 2026-01, month 1 of 12, at 20 %',
          amount: 1_000_000,
          kind: 'item',
          base: 5_000_000,
          rate: 0.2,
        },
        { label: 'Referral commission', amount: 1_000_000, kind: 'total' },
      ],
    });
  });

  it('pays for N months from each start month and then stops, while the revenue continues', () => {
    const result = computeReferralCommission(
      [{ startPeriod: '2026-02', monthlyRevenue: 10_000 }],
      { rate: 0.2, months: 3 },
      periodRange('2026-01', 6),
    );
    expect(result.periods.map((p) => p.commission)).toEqual([0, 2_000, 2_000, 2_000, 0, 0]);
    expect(result.periods.map((p) => p.referredRevenue)).toEqual([
      0, 10_000, 10_000, 10_000, 10_000, 10_000,
    ]);
    expect(result.totals).toEqual({ referredRevenue: 50_000, commission: 6_000, ourNet: 44_000 });
  });

  it('groups customers by start month, each cohort in its own window', () => {
    const result = computeReferralCommission(
      [
        { startPeriod: '2025-12', monthlyRevenue: 10_000 },
        { startPeriod: '2026-01', monthlyRevenue: 20_000 },
        { startPeriod: '2026-01', monthlyRevenue: 30_000 },
      ],
      { rate: 0.1, months: 2 },
      ['2026-01', '2026-02'],
    );
    expect(result.periods[0]?.lines.map((l) => [l.label, l.amount])).toEqual([
      ['1 customer from 2025-12, month 2 of 2, at 10 %', 1_000],
      ['2 customers from 2026-01, month 1 of 2, at 10 %', 5_000],
      ['Referral commission', 6_000],
    ]);
    expect(result.periods[1]?.commission).toBe(5_000);
  });

  it('stops both revenue and commission after a customer leaves', () => {
    const result = computeReferralCommission(
      [{ startPeriod: '2026-01', endPeriod: '2026-02', monthlyRevenue: 10_000 }],
      { rate: 0.5, months: 12 },
      periodRange('2026-01', 3),
    );
    expect(result.periods.map((p) => [p.referredRevenue, p.commission])).toEqual([
      [10_000, 5_000],
      [10_000, 5_000],
      [0, 0],
    ]);
  });

  it('refuses a rate above 100 % or a fractional number of months', () => {
    expect(() => computeReferralCommission([], { rate: 1.2, months: 12 }, [])).toThrow(RangeError);
    expect(() => computeReferralCommission([], { rate: 0.2, months: 1.5 }, [])).toThrow(RangeError);
  });
});
