import { describe, expect, it } from 'vitest';
import {
  computeRevenueShare,
  formatRate,
  revenueShareTermsProblems,
  tieredShareLines,
} from '../../shared/domain/revenue-share.ts';
import type { RevenueShareTerms } from '../../shared/domain/revenue-share.ts';

const tiered: RevenueShareTerms = {
  tiers: [
    { upTo: 10_000_000, rate: 0.1 },
    { upTo: null, rate: 0.15 },
  ],
};

describe('worked example of the sources', () => {
  it('100 customers × $500 = $50,000; 20 % commission = $10,000; net $40,000', () => {
    const result = computeRevenueShare({ tiers: [{ upTo: null, rate: 0.2 }] }, [
      { period: '2026-01', revenue: 100 * 50_000 },
    ]);
    const [period] = result.periods;
    expect(period?.revenue).toBe(5_000_000);
    expect(period?.partnerPayout).toBe(1_000_000);
    expect(period?.ourNet).toBe(4_000_000);
    expect(period?.partnerLines).toEqual([
      { label: 'Revenue', amount: 5_000_000, kind: 'item' },
      { label: 'Shareable revenue', amount: 5_000_000, kind: 'subtotal' },
      { label: 'Tier 1 at 20 %', amount: 1_000_000, kind: 'item', base: 5_000_000, rate: 0.2 },
      { label: 'Partner payout', amount: 1_000_000, kind: 'total' },
    ]);
    expect(period?.ourLines).toEqual([
      { label: 'Revenue', amount: 5_000_000, kind: 'item' },
      { label: 'Less partner payout', amount: -1_000_000, kind: 'item' },
      { label: 'Our net', amount: 4_000_000, kind: 'total' },
    ]);
  });
});

describe('tiered marginal rates', () => {
  it('applies 10 % up to 100,000 and 15 % only above', () => {
    const lines = tieredShareLines(tiered.tiers, 15_000_000);
    expect(lines.map((l) => [l.base, l.amount])).toEqual([
      [10_000_000, 1_000_000],
      [5_000_000, 750_000],
    ]);
  });

  it('is continuous at a tier boundary', () => {
    const at = computeRevenueShare(tiered, [{ period: '2026-01', revenue: 10_000_000 }]);
    const above = computeRevenueShare(tiered, [{ period: '2026-01', revenue: 10_000_001 }]);
    expect(at.periods[0]?.share).toBe(1_000_000);
    expect(above.periods[0]?.share).toBe(1_000_000);
    expect(
      computeRevenueShare(tiered, [{ period: '2026-01', revenue: 10_000_010 }]).periods[0]?.share,
    ).toBe(1_000_002);
  });

  it('restarts the tiers each period', () => {
    const result = computeRevenueShare(tiered, [
      { period: '2026-01', revenue: 10_000_000 },
      { period: '2026-02', revenue: 10_000_000 },
    ]);
    expect(result.periods.map((p) => p.share)).toEqual([1_000_000, 1_000_000]);
  });

  it('rounds each tier line to the cent so lines add up to the payout', () => {
    const result = computeRevenueShare(
      {
        tiers: [
          { upTo: 1_000, rate: 0.333 },
          { upTo: null, rate: 0.125 },
        ],
      },
      [{ period: '2026-01', revenue: 1_005 }],
    );
    const lines = result.periods[0]?.partnerLines ?? [];
    const items = lines.filter((l) => l.label.startsWith('Tier'));
    expect(items.map((l) => l.amount)).toEqual([333, 1]);
    expect(result.periods[0]?.partnerPayout).toBe(334);
  });

  it('formats rates without floating-point noise', () => {
    expect(formatRate(0.15)).toBe('15 %');
    expect(formatRate(0.075)).toBe('7.5 %');
  });
});

describe('expenses, floor and cap', () => {
  it('deducts expenses before sharing and from our net', () => {
    const result = computeRevenueShare({ tiers: [{ upTo: null, rate: 0.2 }] }, [
      { period: '2026-01', revenue: 1_000_000, expenses: 200_000 },
    ]);
    const period = result.periods[0];
    expect(period?.shareableRevenue).toBe(800_000);
    expect(period?.partnerPayout).toBe(160_000);
    expect(period?.ourNet).toBe(1_000_000 - 200_000 - 160_000);
    expect(period?.partnerLines[1]).toEqual({
      label: 'Less deductible expenses',
      amount: -200_000,
      kind: 'item',
    });
    expect(period?.ourLines.map((l) => l.label)).toEqual([
      'Revenue',
      'Less expenses',
      'Less partner payout',
      'Our net',
    ]);
  });

  it('never shares a negative base when expenses exceed revenue', () => {
    const result = computeRevenueShare({ tiers: [{ upTo: null, rate: 0.2 }] }, [
      { period: '2026-01', revenue: 100_000, expenses: 300_000 },
    ]);
    expect(result.periods[0]).toMatchObject({
      shareableRevenue: 0,
      partnerPayout: 0,
      ourNet: -200_000,
    });
  });

  it('tops the share up to the floor and cuts it to the cap, with a line saying so', () => {
    const terms = { tiers: [{ upTo: null, rate: 0.1 }], floor: 50_000, cap: 200_000 };
    const result = computeRevenueShare(terms, [
      { period: '2026-01', revenue: 0 },
      { period: '2026-02', revenue: 1_000_000 },
      { period: '2026-03', revenue: 5_000_000 },
    ]);
    expect(result.periods.map((p) => p.share)).toEqual([50_000, 100_000, 200_000]);
    expect(result.periods[0]?.partnerLines).toContainEqual({
      label: 'Top-up to the floor',
      amount: 50_000,
      kind: 'item',
    });
    expect(result.periods[2]?.partnerLines).toContainEqual({
      label: 'Reduction to the cap',
      amount: -300_000,
      kind: 'item',
    });
    expect(result.totals.partnerPayout).toBe(350_000);
  });
});

describe('threshold bonuses', () => {
  const terms: RevenueShareTerms = {
    tiers: [{ upTo: null, rate: 0.1 }],
    bonuses: [
      { threshold: 2_000_000, amount: 100_000 },
      { threshold: 1_000_000, amount: 50_000 },
    ],
    cap: 80_000,
  };

  it('pays each bonus once, in the period cumulative revenue crosses it, on top of the cap', () => {
    const result = computeRevenueShare(terms, [
      { period: '2026-01', revenue: 600_000 },
      { period: '2026-02', revenue: 400_000 },
      { period: '2026-03', revenue: 900_000 },
      { period: '2026-04', revenue: 2_000_000 },
      { period: '2026-05', revenue: 2_000_000 },
    ]);
    expect(result.periods.map((p) => p.bonus)).toEqual([0, 50_000, 0, 100_000, 0]);
    expect(result.periods[3]?.partnerPayout).toBe(80_000 + 100_000);
    expect(result.periods[1]?.partnerLines).toContainEqual({
      label: 'Bonus: cumulative revenue threshold reached',
      amount: 50_000,
      kind: 'item',
      base: 1_000_000,
    });
    expect(result.totals.bonus).toBe(150_000);
  });

  it('pays two bonuses crossed in the same period together', () => {
    const result = computeRevenueShare(terms, [{ period: '2026-01', revenue: 3_000_000 }]);
    expect(result.periods[0]?.bonus).toBe(150_000);
  });

  it('does not pay again after a dip below the threshold and a new crossing', () => {
    const result = computeRevenueShare(terms, [
      { period: '2026-01', revenue: 1_000_000 },
      { period: '2026-02', revenue: -200_000 },
      { period: '2026-03', revenue: 300_000 },
    ]);
    expect(result.periods.map((p) => p.bonus)).toEqual([50_000, 0, 0]);
  });

  it('does not pay bonuses already reached before the periods computed', () => {
    const result = computeRevenueShare(terms, [{ period: '2026-01', revenue: 1_500_000 }], {
      priorCumulativeRevenue: 1_200_000,
    });
    expect(result.periods[0]).toMatchObject({ bonus: 100_000, cumulativeRevenue: 2_700_000 });
  });
});

describe('terms validation', () => {
  it('accepts sensible terms', () => {
    expect(revenueShareTermsProblems(tiered)).toEqual([]);
    expect(revenueShareTermsProblems({ tiers: [] })).toEqual([]);
  });

  it('names each problem in words', () => {
    expect(
      revenueShareTermsProblems({
        tiers: [
          { upTo: null, rate: 0.1 },
          { upTo: 100, rate: 1.5 },
        ],
        floor: 500,
        cap: 100,
      }),
    ).toEqual([
      'Tier 1: only the last tier may be open-ended.',
      'Tier 2: rate must be 0–100 %.',
      'The last tier must be open-ended.',
      'The floor is above the cap.',
    ]);
    expect(
      revenueShareTermsProblems({
        tiers: [
          { upTo: 100, rate: 0.1 },
          { upTo: 100, rate: 0.1 },
          { upTo: null, rate: 0.1 },
        ],
        bonuses: [{ threshold: 0, amount: -1 }],
      }),
    ).toEqual([
      'Tier 2: bounds must rise from tier to tier.',
      'A bonus threshold must be a positive amount.',
      'A bonus amount cannot be negative.',
    ]);
  });

  it('refuses to compute with invalid terms', () => {
    expect(() => computeRevenueShare({ tiers: [], floor: -1 }, [])).toThrow(RangeError);
  });
});
