import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRevenueShare } from '../../shared/domain/revenue-share.ts';
import type { RevenueShareTerms } from '../../shared/domain/revenue-share.ts';

describe('properties', () => {
  const termsArb = fc
    .record({
      bounds: fc.uniqueArray(fc.integer({ min: 1, max: 50_000_000 }), { maxLength: 3 }),
      rates: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
      floor: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
      capExtra: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }),
    })
    .map(({ bounds, rates, floor, capExtra }): RevenueShareTerms => {
      const sorted = [...bounds].sort((a, b) => a - b);
      return {
        tiers: [...sorted, null].map((upTo, i) => ({ upTo, rate: rates[i] ?? 0 })),
        floor,
        cap: capExtra === null ? null : (floor ?? 0) + capExtra,
      };
    });

  it('keeps the share within [floor, cap] and monotone in revenue', () => {
    fc.assert(
      fc.property(
        termsArb,
        fc.integer({ min: -1_000_000, max: 100_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (terms, revenue, more, expenses) => {
          const run = (r: number) =>
            computeRevenueShare(terms, [{ period: '2026-01', revenue: r, expenses }]).periods[0];
          const low = run(revenue);
          const high = run(revenue + more);
          if (!low || !high) throw new Error('one period expected');
          for (const p of [low, high]) {
            expect(p.partnerPayout).toBeGreaterThanOrEqual(terms.floor ?? 0);
            expect(p.partnerPayout).toBeLessThanOrEqual(terms.cap ?? Infinity);
            expect(Number.isInteger(p.partnerPayout)).toBe(true);
            expect(p.partnerPayout + p.ourNet + p.expenses).toBe(p.revenue);
          }
          expect(high.partnerPayout).toBeGreaterThanOrEqual(low.partnerPayout);
        },
      ),
    );
  });

  it('makes the total payout monotone in revenue when bonuses apply', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 3_000_000 }),
        (revenues, bump, extra) => {
          const terms: RevenueShareTerms = {
            tiers: [
              { upTo: 1_000_000, rate: 0.1 },
              { upTo: null, rate: 0.2 },
            ],
            bonuses: [{ threshold: 3_000_000, amount: 100_000 }],
            cap: 500_000,
          };
          const periods = revenues.map((revenue, i) => ({ period: `2026-0${i + 1}`, revenue }));
          const bumped = periods.map((p, i) =>
            i === bump % periods.length ? { ...p, revenue: p.revenue + extra } : p,
          );
          expect(computeRevenueShare(terms, bumped).totals.partnerPayout).toBeGreaterThanOrEqual(
            computeRevenueShare(terms, periods).totals.partnerPayout,
          );
        },
      ),
    );
  });
});
