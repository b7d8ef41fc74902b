import { describe, expect, it } from 'vitest';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { forecastFields, setActuals } from './economics-fixtures.ts';

const tempDir = useTempDirs();

async function setup() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const globex = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
  const initech = await ok(backend, 'partners.create', { name: 'Initech', type: 'content' });
  return { backend, path, globex, initech };
}

describe('unit economics', () => {
  it('takes spend, new customers and revenue from the actuals, and works out CAC, CLV, ROI and payback', async () => {
    const { backend, globex } = await setup();
    await setActuals(backend, globex.id, '2026-01', {
      spend: 1_000_000,
      deals: 4,
      attributedRevenue: 2_000_000,
      influencedRevenue: 3_000_000,
    });
    await setActuals(backend, globex.id, '2026-02', { spend: 1_000_000, deals: 6 });
    await ok(backend, 'unitEconomics.save', {
      partnerId: globex.id,
      fields: {
        grossMarginPercent: 80,
        monthlyChurnPercent: 2,
        monthlyRevenuePerCustomer: 25_000,
        paidCac: 600_000,
        influenceWeightPercent: 40,
        buildInHouseCost: 5_000_000,
      },
    });
    const result = await ok(backend, 'unitEconomics.compute', {
      partnerId: globex.id,
      from: '2026-01',
      to: '2026-12',
    });
    expect(result.monthsWithActuals).toBe(2);
    expect(result.spend).toEqual({ value: 2_000_000, source: 'actuals' });
    expect(result.newCustomers).toEqual({ value: 10, source: 'actuals' });
    expect(result.revenue).toEqual({ value: 2_000_000, source: 'actuals' });
    // CAC = 2,000,000 ÷ 10; CLV = 25,000 × 0.8 ÷ 0.02; payback = 200,000 ÷ 20,000.
    expect(result.cac).toBe(200_000);
    expect(result.clv).toBeCloseTo(1_000_000, 6);
    expect(result.clvToCac).toBeCloseTo(5, 10);
    expect(result.roi).toBe(0);
    expect(result.paybackMonths).toBeCloseTo(10, 10);
    // The argument of source 002: a paid customer costs three times as much.
    expect(result.comparison).toMatchObject({
      partnerCac: 200_000,
      paidCac: 600_000,
      paidToPartnerRatio: 3,
      cheaper: 'partner',
    });
    // Two views side by side, never summed.
    expect(result.views).toEqual({
      trackable: 2_000_000,
      directional: 1_200_000,
      influenced: 3_000_000,
      influenceWeight: 0.4,
    });
    expect(result.buildVsPartner).toEqual({
      build: 5_000_000,
      partner: 2_000_000,
      saving: 3_000_000,
    });
  });

  it('lets typed figures replace the actuals, reproducing the webinar: $25,000 on $2,000 → ROI 1,150 %', async () => {
    const { backend } = await setup();
    await ok(backend, 'unitEconomics.save', {
      partnerId: null,
      fields: { spendOverride: 200_000, newCustomersOverride: 5, revenueOverride: 2_500_000 },
    });
    const result = await ok(backend, 'unitEconomics.compute', {
      partnerId: null,
      from: '2026-01',
      to: '2026-03',
    });
    expect(result.spend.source).toBe('typed');
    expect(result.roi).toBe(11.5);
    expect(result.cac).toBe(40_000);
    expect(result.clv).toBeNull();
    expect(result.paybackMonths).toBeNull();
    expect(result.comparison.paidToPartnerRatio).toBeNull();
  });

  it('says what is missing instead of inventing it', async () => {
    const { backend, globex } = await setup();
    const result = await ok(backend, 'unitEconomics.compute', {
      partnerId: globex.id,
      from: '2026-01',
      to: '2026-03',
    });
    expect(result.spend).toEqual({ value: null, source: 'missing' });
    expect(result.cac).toBeNull();
    expect(result.roi).toBeNull();
    expect(result.views.trackable).toBe(0);
  });

  it('defaults the revenue per customer to the forecast’s recurring revenue', async () => {
    const { backend, globex } = await setup();
    await ok(backend, 'forecast.save', { partnerId: globex.id, fields: forecastFields() });
    const assumptions = await ok(backend, 'unitEconomics.get', { partnerId: globex.id });
    expect(assumptions).toMatchObject({
      monthlyRevenuePerCustomer: 10_000,
      grossMarginPercent: 70,
      updatedAt: null,
    });
  });

  it('keeps program and partner assumptions apart, and refuses bad ones without a change', async () => {
    const { backend, path, globex, initech } = await setup();
    await ok(backend, 'unitEconomics.save', { partnerId: null, fields: { paidCac: 1_000 } });
    await ok(backend, 'unitEconomics.save', { partnerId: globex.id, fields: { paidCac: 2_000 } });
    await ok(backend, 'unitEconomics.save', { partnerId: null, fields: { paidCac: 3_000 } });
    expect((await ok(backend, 'unitEconomics.get', { partnerId: null })).paidCac).toBe(3_000);
    expect((await ok(backend, 'unitEconomics.get', { partnerId: globex.id })).paidCac).toBe(2_000);
    expect((await ok(backend, 'unitEconomics.get', { partnerId: initech.id })).paidCac).toBeNull();

    const before = canonicalDump(path);
    for (const [fields, errors] of [
      [{ grossMarginPercent: 140 }, { 'fields.grossMarginPercent': 'A percentage is at most 100' }],
      [{ paidCac: -5 }, { 'fields.paidCac': 'Cannot be negative' }],
      [{ newCustomersOverride: 2.5 }, { 'fields.newCustomersOverride': 'Use a whole number' }],
    ] as const) {
      const result = await backend.call('unitEconomics.save', { partnerId: globex.id, fields });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: errors } });
    }
    const ghost = await backend.call('unitEconomics.save', { partnerId: 999, fields: {} });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);
  });

  it('drops a partner’s economics with the partner', async () => {
    const { backend, path, globex } = await setup();
    await ok(backend, 'unitEconomics.save', { partnerId: globex.id, fields: { paidCac: 1 } });
    await ok(backend, 'forecast.save', { partnerId: globex.id, fields: forecastFields() });
    await ok(backend, 'revenueShare.save', {
      partnerId: globex.id,
      terms: { tiers: [{ upTo: null, ratePercent: 5 }] },
    });
    await ok(backend, 'partners.delete', { id: globex.id });
    const dump = canonicalDump(path);
    expect(dump).toMatch(/unit_economics\n\[\]/);
    expect(dump).toMatch(/forecasts\n\[\]/);
    expect(dump).toMatch(/revenue_share_terms\n\[\]/);
  });
});
