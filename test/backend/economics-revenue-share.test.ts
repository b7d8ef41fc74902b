import { describe, expect, it } from 'vitest';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function workbookWithPartner() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const partner = await ok(backend, 'partners.create', {
    name: 'Globex Marketplace',
    type: 'integration',
  });
  return { backend, path, partner };
}

describe('revenue-share terms', () => {
  it('starts from the agreement’s percentages, then keeps what is saved', async () => {
    const { backend, partner } = await workbookWithPartner();
    await ok(backend, 'agreements.save', {
      partnerId: partner.id,
      fields: {
        revenueModel: 'referral_commission',
        revenueSharePercent: 15,
        referralCommissionPercent: 20,
        referralCommissionMonths: 12,
      },
    });
    const initial = await ok(backend, 'revenueShare.get', { partnerId: partner.id });
    expect(initial).toMatchObject({
      tiers: [{ upTo: null, ratePercent: 15 }],
      referralEnabled: true,
      referralPercent: 20,
      referralMonths: 12,
      updatedAt: null,
    });

    const saved = await ok(backend, 'revenueShare.save', {
      partnerId: partner.id,
      terms: {
        tiers: [
          { upTo: 10_000_000, ratePercent: 10 },
          { upTo: null, ratePercent: 15 },
        ],
        bonuses: [{ threshold: 20_000_000, amount: 500_000 }],
        floor: 100_000,
        cap: 3_000_000,
        expensePercent: 3,
        fixedExpenses: 50_000,
      },
    });
    expect(saved.updatedAt).not.toBeNull();
    expect(await ok(backend, 'revenueShare.get', { partnerId: partner.id })).toEqual(saved);
  });

  it('refuses impossible terms next to the field, and changes nothing', async () => {
    const { backend, path, partner } = await workbookWithPartner();
    const before = canonicalDump(path);
    const cases: [unknown, Record<string, string>][] = [
      [
        {
          tiers: [
            { upTo: 5_000_000, ratePercent: 10 },
            { upTo: 1_000_000, ratePercent: 15 },
            { upTo: null, ratePercent: 20 },
          ],
        },
        { 'terms.tiers.1.upTo': 'Each bound must be above the one before' },
      ],
      [
        { tiers: [{ upTo: 5_000_000, ratePercent: 10 }] },
        { 'terms.tiers.0.upTo': 'Leave the last tier open-ended' },
      ],
      [
        { tiers: [{ upTo: null, ratePercent: 120 }] },
        { 'terms.tiers.0.ratePercent': 'A percentage is at most 100' },
      ],
      [
        { tiers: [{ upTo: null, ratePercent: 10 }], floor: 500, cap: 100 },
        { 'terms.cap': 'The cap is below the floor' },
      ],
      [
        { tiers: [{ upTo: null, ratePercent: 10 }], fixedExpenses: -5 },
        { 'terms.fixedExpenses': 'Cannot be negative' },
      ],
    ];
    for (const [terms, fields] of cases) {
      const result = await backend.call('revenueShare.save', { partnerId: partner.id, terms });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields } });
    }
    const ghost = await backend.call('revenueShare.save', {
      partnerId: 9_999,
      terms: { tiers: [{ upTo: null, ratePercent: 10 }] },
    });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);
  });
});

describe('revenueShare.calculate', () => {
  it('reproduces the integration example from attributed revenue: $50,000, 20 % = $10,000, net $40,000', async () => {
    const { backend, partner } = await workbookWithPartner();
    await ok(backend, 'revenueShare.save', {
      partnerId: partner.id,
      terms: {
        tiers: [{ upTo: null, ratePercent: 20 }],
        referralEnabled: true,
        referralPercent: 20,
        referralMonths: 12,
        referralMonthlyRevenue: 50_000,
      },
    });
    for (const [measure, value] of [
      ['attributedRevenue', 5_000_000],
      ['deals', 100],
    ] as const) {
      await ok(backend, 'actuals.set', {
        partnerId: partner.id,
        period: '2026-01',
        measure,
        value,
      });
    }
    const result = await ok(backend, 'revenueShare.calculate', {
      partnerId: partner.id,
      from: '2026-01',
      to: '2026-02',
      source: 'actuals',
    });
    const [january, february] = result.periods;
    expect(january).toMatchObject({
      revenue: 5_000_000,
      partnerPayout: 1_000_000,
      ourNet: 4_000_000,
    });
    expect(january?.recorded).toBe(true);
    expect(january?.partnerLines.map((l) => [l.label, l.amount])).toEqual([
      ['Revenue', 5_000_000],
      ['Shareable revenue', 5_000_000],
      ['Tier 1 at 20 %', 1_000_000],
      ['Partner payout', 1_000_000],
    ]);
    expect(january?.ourLines.at(-1)).toEqual({
      label: 'Our net',
      amount: 4_000_000,
      kind: 'total',
    });
    expect(february).toMatchObject({ revenue: 0, partnerPayout: 0, recorded: false });
    expect(result.totals).toMatchObject({ revenue: 5_000_000, partnerPayout: 1_000_000 });

    // The same 100 customers as referrals: 20 % of $500 each month, for 12 months.
    expect(result.referral?.periods[0]).toMatchObject({
      newCustomers: 100,
      referredRevenue: 5_000_000,
      commission: 1_000_000,
      ourNet: 4_000_000,
    });
    expect(result.referral?.periods[1]).toMatchObject({ newCustomers: 0, commission: 1_000_000 });
    expect(result.referral?.periods[1]?.lines[0]?.label).toBe(
      '100 customers from 2026-01, month 2 of 12, at 20 %',
    );
  });

  it('works on typed amounts with tiers, deductions, floor, cap and a bonus, for both sides', async () => {
    const { backend, partner } = await workbookWithPartner();
    await ok(backend, 'revenueShare.save', {
      partnerId: partner.id,
      terms: {
        tiers: [
          { upTo: 1_000_000, ratePercent: 10 },
          { upTo: null, ratePercent: 20 },
        ],
        bonuses: [{ threshold: 3_000_000, amount: 25_000 }],
        floor: 20_000,
        cap: 300_000,
        expensePercent: 10,
        fixedExpenses: 0,
      },
    });
    const result = await ok(backend, 'revenueShare.calculate', {
      partnerId: partner.id,
      from: '2026-03',
      to: '2026-05',
      source: 'typed',
      typed: [
        { period: '2026-03', revenue: 100_000 },
        { period: '2026-04', revenue: 2_000_000, expenses: 100_000 },
        { period: '2026-05', revenue: 3_000_000 },
      ],
    });
    const [march, april, may] = result.periods;
    // March: 10 % of 90,000 = 9,000, topped up to the 20,000 floor.
    expect(march).toMatchObject({ expenses: 10_000, share: 20_000, partnerPayout: 20_000 });
    expect(march?.partnerLines.map((l) => l.label)).toContain('Top-up to the floor');
    // April: shareable 1,700,000 → 100,000 + 20 % of 700,000 = 240,000.
    expect(april).toMatchObject({ expenses: 300_000, shareableRevenue: 1_700_000, share: 240_000 });
    // May: 2,700,000 → 100,000 + 340,000 = 440,000, cut to the 300,000 cap; cumulative crosses 3M.
    expect(may).toMatchObject({ share: 300_000, bonus: 25_000, partnerPayout: 325_000 });
    expect(may?.partnerLines.map((l) => l.label)).toEqual([
      'Revenue',
      'Less deductible expenses',
      'Shareable revenue',
      'Tier 1 at 10 %',
      'Tier 2 at 20 %',
      'Reduction to the cap',
      'Bonus: cumulative revenue threshold reached',
      'Partner payout',
    ]);
    expect(may?.ourNet).toBe(3_000_000 - 300_000 - 325_000);
    expect(result.referral).toBeNull();
  });

  it('counts revenue before the first month toward bonus thresholds', async () => {
    const { backend, partner } = await workbookWithPartner();
    await ok(backend, 'revenueShare.save', {
      partnerId: partner.id,
      terms: {
        tiers: [{ upTo: null, ratePercent: 10 }],
        bonuses: [{ threshold: 1_500_000, amount: 10_000 }],
      },
    });
    for (const period of ['2026-01', '2026-02']) {
      await ok(backend, 'actuals.set', {
        partnerId: partner.id,
        period,
        measure: 'attributedRevenue',
        value: 1_000_000,
      });
    }
    const febOnly = await ok(backend, 'revenueShare.calculate', {
      partnerId: partner.id,
      from: '2026-02',
      to: '2026-02',
      source: 'actuals',
    });
    expect(febOnly.periods[0]?.bonus).toBe(10_000);
  });

  it('refuses a reversed range and an unknown partner', async () => {
    const { backend, partner } = await workbookWithPartner();
    const reversed = await backend.call('revenueShare.calculate', {
      partnerId: partner.id,
      from: '2026-05',
      to: '2026-01',
      source: 'actuals',
    });
    expect(reversed).toMatchObject({
      ok: false,
      error: { fields: { to: 'The first month must not be after the last' } },
    });
    const ghost = await backend.call('revenueShare.calculate', {
      partnerId: 4_242,
      from: '2026-01',
      to: '2026-01',
      source: 'actuals',
    });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
