import { describe, expect, it } from 'vitest';
import { defaultScorecardCriteriaConfig } from '../../shared/contract/index.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function workbookWithPartner(tier = 'Platinum') {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const globex = await ok(backend, 'partners.create', {
    name: 'Globex',
    type: 'integration',
    tier,
  });
  const set = (period: string, measure: 'attributedRevenue' | 'qualifiedLeads', value: number) =>
    ok(backend, 'actuals.set', { partnerId: globex.id, period, measure, value });
  return { backend, path, globex, set };
}

describe('scorecards', () => {
  it('uses the SPEC defaults: five criteria whose weights add up to 100, and the default tiers', async () => {
    const { backend } = await workbookWithPartner();
    const settings = await ok(backend, 'settings.get', {});
    expect(settings.params.scorecardCriteria.map((c) => [c.key, c.weight, c.source.kind])).toEqual([
      ['revenue_growth', 30, 'revenue_growth'],
      ['qualified_leads', 25, 'measure'],
      ['enablement_completion', 15, 'manual'],
      ['compliance', 15, 'manual'],
      ['customer_satisfaction', 15, 'manual'],
    ]);
    expect(settings.params.tierThresholds).toEqual({ platinum: 85, gold: 70, silver: 50 });
  });

  it('scores a month from actuals and typed inputs, leaving missing criteria out of the weights', async () => {
    const { backend, globex, set } = await workbookWithPartner();
    await set('2026-02', 'attributedRevenue', 1_000_000);
    await set('2026-03', 'attributedRevenue', 1_050_000); // +5 % against a 10 % target → 0.5
    await set('2026-03', 'qualifiedLeads', 20); // on target → 1
    await ok(backend, 'scorecards.setInput', {
      partnerId: globex.id,
      period: '2026-03',
      criterionKey: 'compliance',
      value: 100,
    }); // → 1
    const card = await ok(backend, 'scorecards.get', { partnerId: globex.id, period: '2026-03' });
    const byKey = Object.fromEntries(card.criteria.map((c) => [c.key, c]));
    expect(byKey.revenue_growth).toMatchObject({
      actual: 5,
      attainment: 0.5,
      missing: false,
      enterable: false,
    });
    expect(byKey.revenue_growth?.note).toContain('€10,500.00');
    expect(byKey.qualified_leads).toMatchObject({ actual: 20, attainment: 1 });
    expect(byKey.compliance).toMatchObject({ actual: 100, attainment: 1, enterable: true });
    expect(byKey.customer_satisfaction).toMatchObject({
      actual: null,
      attainment: null,
      missing: true,
    });
    // (30 × 0.5 + 25 × 1 + 15 × 1) ÷ 70 × 100
    expect(card.score).toBeCloseTo(78.57, 2);
    expect(card).toMatchObject({
      weightUsed: 70,
      weightTotal: 100,
      missing: ['enablement_completion', 'customer_satisfaction'],
      suggestedTier: 'gold',
      assignedTier: 'Platinum',
      mismatch: true,
    });
  });

  it('shows no score, no tier and no mismatch for a month without data', async () => {
    const { backend, globex } = await workbookWithPartner();
    const card = await ok(backend, 'scorecards.get', { partnerId: globex.id, period: '2026-03' });
    expect(card).toMatchObject({
      score: null,
      suggestedTier: null,
      mismatch: false,
      weightUsed: 0,
    });
    expect(card.criteria.every((c) => c.missing)).toBe(true);
  });

  it('explains why revenue growth is missing', async () => {
    const { backend, globex, set } = await workbookWithPartner();
    await set('2026-03', 'attributedRevenue', 500);
    const first = await ok(backend, 'scorecards.get', { partnerId: globex.id, period: '2026-03' });
    expect(first.criteria[0]?.note).toMatch(/month before/);
    await set('2026-02', 'attributedRevenue', 0);
    const fromZero = await ok(backend, 'scorecards.get', {
      partnerId: globex.id,
      period: '2026-03',
    });
    expect(fromZero.criteria[0]).toMatchObject({ missing: true });
    expect(fromZero.criteria[0]?.note).toMatch(/no revenue/);
  });

  it('opens on the latest month with data and draws the trend over the months before', async () => {
    const { backend, globex, set } = await workbookWithPartner();
    await set('2026-01', 'qualifiedLeads', 10);
    await set('2026-02', 'qualifiedLeads', 20);
    await set('2026-03', 'qualifiedLeads', 30);
    const card = await ok(backend, 'scorecards.get', { partnerId: globex.id, months: 4 });
    expect(card.period).toBe('2026-03');
    expect(card.latestPeriodWithData).toBe('2026-03');
    expect(card.trend.points).toEqual([
      { period: '2025-12', score: null },
      { period: '2026-01', score: 50 },
      { period: '2026-02', score: 100 },
      { period: '2026-03', score: 150 },
    ]);
    expect(card.trend).toMatchObject({ change: 100, direction: 'up' });
  });

  it('reads a KPI-sourced criterion from the partner’s KPI figures and takes input for it', async () => {
    const { backend, path, globex } = await workbookWithPartner();
    const kpi = await ok(backend, 'kpis.create', {
      name: 'Sellers certified',
      category: 'operational',
      unit: '%',
    });
    const criteria = defaultScorecardCriteriaConfig.map((c) =>
      c.key === 'enablement_completion'
        ? { ...c, source: { kind: 'kpi' as const, kpiId: kpi.id } }
        : c,
    );
    const settings = await ok(backend, 'settings.get', {});
    await ok(backend, 'settings.updateParams', { ...settings.params, scorecardCriteria: criteria });
    await ok(backend, 'scorecards.setInput', {
      partnerId: globex.id,
      period: '2026-03',
      criterionKey: 'enablement_completion',
      value: 60,
    });
    await expect(
      ok(backend, 'kpis.values', { scope: globex.id, from: '2026-03', to: '2026-03' }),
    ).resolves.toEqual([{ kpiId: kpi.id, partnerId: globex.id, period: '2026-03', value: 60 }]);
    const card = await ok(backend, 'scorecards.get', { partnerId: globex.id, period: '2026-03' });
    expect(card.criteria[2]).toMatchObject({ actual: 60, attainment: 0.75, enterable: true });
    expect(card.score).toBe(75);

    await ok(backend, 'kpis.delete', { id: kpi.id });
    const orphaned = await ok(backend, 'scorecards.get', {
      partnerId: globex.id,
      period: '2026-03',
    });
    expect(orphaned.criteria[2]).toMatchObject({ missing: true, enterable: false });
    expect(orphaned.criteria[2]?.note).toMatch(/deleted/);

    const before = canonicalDump(path);
    const computed = await backend.call('scorecards.setInput', {
      partnerId: globex.id,
      period: '2026-03',
      criterionKey: 'qualified_leads',
      value: 3,
    });
    expect(computed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await backend.call('scorecards.setInput', {
      partnerId: globex.id,
      period: '2026-03',
      criterionKey: 'vibes',
      value: 3,
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { fields: { criterionKey: 'No scorecard criterion has this key' } },
    });
    expect(canonicalDump(path)).toBe(before);
  });

  it('clears a typed input with null', async () => {
    const { backend, globex } = await workbookWithPartner();
    const input = { partnerId: globex.id, period: '2026-03', criterionKey: 'compliance' };
    await ok(backend, 'scorecards.setInput', { ...input, value: 90 });
    await ok(backend, 'scorecards.setInput', { ...input, value: null });
    const grid = await ok(backend, 'actuals.grid', {
      partnerId: globex.id,
      from: '2026-03',
      to: '2026-03',
    });
    expect(grid.scorecardInputs).toEqual([]);
  });

  it('applies the suggested tier when the user asks, and refuses when there is nothing to suggest', async () => {
    const { backend, path, globex, set } = await workbookWithPartner('Silver');
    await set('2026-03', 'qualifiedLeads', 18); // 90 → Platinum
    const before = canonicalDump(path);
    const empty = await backend.call('scorecards.applySuggestedTier', {
      partnerId: globex.id,
      period: '2026-01',
    });
    expect(empty).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Nothing is recorded for January 2026 yet, so there is no tier to suggest.',
      },
    });
    expect(canonicalDump(path)).toBe(before);

    await expect(
      ok(backend, 'scorecards.applySuggestedTier', { partnerId: globex.id, period: '2026-03' }),
    ).resolves.toEqual({ tier: 'Platinum' });
    const partner = await ok(backend, 'partners.get', { id: globex.id });
    expect(partner.tier).toBe('Platinum');
    const card = await ok(backend, 'scorecards.get', { partnerId: globex.id, period: '2026-03' });
    expect(card.mismatch).toBe(false);
  });

  it('uses edited criteria and thresholds from the workbook settings', async () => {
    const { backend, globex } = await workbookWithPartner('Gold');
    const settings = await ok(backend, 'settings.get', {});
    await ok(backend, 'settings.updateParams', {
      ...settings.params,
      scorecardCriteria: [
        {
          key: 'cost_per_lead',
          label: 'Spend',
          weight: 1,
          target: 1000,
          direction: 'lower',
          unit: 'EUR',
          source: { kind: 'measure', measure: 'spend' },
        },
      ],
      tierThresholds: { platinum: 140, gold: 120, silver: 100 },
    });
    await ok(backend, 'actuals.set', {
      partnerId: globex.id,
      period: '2026-03',
      measure: 'spend',
      value: 80_000,
    });
    const card = await ok(backend, 'scorecards.get', { partnerId: globex.id, period: '2026-03' });
    // lower is better: 1,000 ÷ 800 = 1.25
    expect(card).toMatchObject({ score: 125, suggestedTier: 'gold', mismatch: false });
    expect(card.criteria[0]).toMatchObject({ actual: 800 });
  });

  it('refuses settings that would break scoring, with a message per field', async () => {
    const { backend, path } = await workbookWithPartner();
    const settings = await ok(backend, 'settings.get', {});
    const before = canonicalDump(path);
    const result = await backend.call('settings.updateParams', {
      ...settings.params,
      scorecardCriteria: defaultScorecardCriteriaConfig.map((c) => ({
        ...c,
        weight: 0,
        label: c.key === 'compliance' ? '' : c.label,
      })),
      tierThresholds: { platinum: 60, gold: 70, silver: 50 },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          'scorecardCriteria.3.label': 'Name is required',
          'scorecardCriteria.0.weight': 'Give at least one criterion a weight above zero',
          'tierThresholds.platinum': 'Platinum must be above Gold',
        },
      },
    });
    expect(canonicalDump(path)).toBe(before);
  });

  it('lists every partner’s scorecard for a month, archived ones only on request', async () => {
    const { backend, globex, set } = await workbookWithPartner('Gold');
    const initech = await ok(backend, 'partners.create', { name: 'Initech', type: 'content' });
    await ok(backend, 'partners.create', { name: 'Old Co', type: 'content', archived: true });
    await set('2026-03', 'qualifiedLeads', 10);
    const all = await ok(backend, 'scorecards.all', { period: '2026-03' });
    expect(all.rows.map((r) => [r.partnerName, r.score, r.suggestedTier, r.mismatch])).toEqual([
      ['Globex', 50, 'silver', true],
      ['Initech', null, null, false],
    ]);
    expect(all.rows.map((r) => r.partnerId)).toEqual([globex.id, initech.id]);
    const withArchived = await ok(backend, 'scorecards.all', {
      period: '2026-03',
      includeArchived: true,
    });
    expect(withArchived.rows).toHaveLength(3);
    const bad = await backend.call('scorecards.all', { period: '03/2026' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
