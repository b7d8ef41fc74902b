import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthExpenses, toDomainTerms } from '../../shared/contract/index.ts';
import { periodRange } from '../../shared/domain/date-math.ts';
import { computeReferralCommission } from '../../shared/domain/referral-commission.ts';
import { computeRevenueShare } from '../../shared/domain/revenue-share.ts';

const customerArb = fc.record({
  start: fc.integer({ min: 0, max: 11 }),
  monthlyRevenue: fc.integer({ min: 0, max: 1_000_000 }),
});

describe('referral commission properties', () => {
  it('pays at most the rate of what referred customers pay, and nothing after N months', () => {
    fc.assert(
      fc.property(
        fc.array(customerArb, { maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 12 }),
        (raw, rate, months) => {
          const periods = periodRange('2026-01', 24);
          const customers = raw.map((c) => ({
            startPeriod: periods[c.start] ?? '2026-01',
            monthlyRevenue: c.monthlyRevenue,
          }));
          const result = computeReferralCommission(customers, { rate, months }, periods);
          result.periods.forEach((p, t) => {
            const cohorts = new Set(
              raw.filter((c) => c.start <= t && t - c.start < months).map((c) => c.start),
            );
            // Rounded once per start-month cohort: at most half a cent each.
            expect(p.commission).toBeLessThanOrEqual(p.referredRevenue * rate + cohorts.size * 0.5);
            expect(p.commission + p.ourNet).toBe(p.referredRevenue);
            if (t >= 11 + months) expect(p.commission).toBe(0);
          });
        },
      ),
    );
  });
});

describe('revenue-share terms from the contract', () => {
  it('never pays the partner more because of deductions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (revenue, expensePercent, fixedExpenses, ratePercent) => {
          const terms = {
            tiers: [
              { upTo: 1_000_000, ratePercent: ratePercent / 2 },
              { upTo: null, ratePercent },
            ],
            bonuses: [],
            floor: null,
            cap: null,
          };
          const pay = (expenses: number) =>
            computeRevenueShare(toDomainTerms(terms), [{ period: '2026-01', revenue, expenses }])
              .totals.partnerPayout;
          const expenses = monthExpenses({ expensePercent, fixedExpenses }, revenue);
          expect(pay(expenses)).toBeLessThanOrEqual(pay(0));
        },
      ),
    );
  });
});
