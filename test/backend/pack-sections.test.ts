import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend.ts';
import type { MethodInput } from '../../shared/contract/index.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { booth } from './calendar-setup.ts';
import { forecastFields, setActuals } from './economics-fixtures.ts';

const tempDir = useTempDirs();
const period = '2026-10';

/** Two partners with figures, a KPI tree with one KPI missing its actual, a canvas and a map. */
async function seeded() {
  const { backend } = await backendWithWorkbook(tempDir());
  const harbor = await ok(backend, 'partners.create', { name: 'Harbor', type: 'integration' });
  const quill = await ok(backend, 'partners.create', { name: 'Quillmail', type: 'content' });
  const idle = await ok(backend, 'partners.create', { name: 'Idle Co', type: 'content' });

  const revenue = await ok(backend, 'kpis.create', {
    name: 'Partner-sourced revenue',
    level: 'strategic',
    category: 'revenue',
    defaultTarget: 100_000,
    weight: 2,
  });
  const leads = await ok(backend, 'kpis.create', {
    name: 'Qualified leads',
    level: 'tactical',
    parentId: revenue.id,
    category: 'leads_conversion',
    defaultTarget: 40,
    weight: 3,
  });
  const webinars = await ok(backend, 'kpis.create', {
    name: 'Joint webinars',
    level: 'operational',
    parentId: leads.id,
    category: 'engagement',
    defaultTarget: 2,
  });
  const harborInstalls = await ok(backend, 'kpis.create', {
    name: 'Harbor installs',
    level: 'operational',
    parentId: leads.id,
    category: 'reach',
    defaultTarget: 50,
    partnerId: harbor.id,
  });
  await ok(backend, 'kpis.setValue', { kpiId: webinars.id, period, value: 3 });
  await ok(backend, 'kpis.setValue', {
    kpiId: harborInstalls.id,
    partnerId: harbor.id,
    period,
    value: 40,
  });
  // 'Partner-sourced revenue' and 'Qualified leads' roll up; 'Joint webinars' has data.

  // Harbor: attributed and influenced in the quarter and before it; Quillmail: influenced only.
  await setActuals(backend, harbor.id, '2026-10', {
    attributedRevenue: 1_000_00,
    influencedRevenue: 5_000_00,
  });
  await setActuals(backend, harbor.id, '2026-08', { attributedRevenue: 2_000_00 });
  await setActuals(backend, harbor.id, '2026-02', {
    attributedRevenue: 4_000_00,
    influencedRevenue: 7_000_00,
  });
  await setActuals(backend, harbor.id, '2025-10', { attributedRevenue: 99_000_00 });
  await setActuals(backend, quill.id, '2026-09', { influencedRevenue: 3_000_00 });

  await ok(backend, 'forecast.save', {
    partnerId: null,
    fields: forecastFields({ startPeriod: '2026-11', months: 12 }),
  });

  const pain = await ok(backend, 'valueCanvas.addItem', {
    partnerId: quill.id,
    zone: 'pain',
    text: 'Lists too broad',
  });
  const reliever = await ok(backend, 'valueCanvas.addItem', {
    partnerId: quill.id,
    zone: 'pain_reliever',
    text: 'Segments from purchase data',
  });
  await ok(backend, 'valueCanvas.setLinks', { id: reliever.id, linkedIds: [pain.id] });
  await ok(backend, 'ecosystem.addNode', {
    fields: { kind: 'our_org', label: 'Contoso' },
    x: 0,
    y: 0,
  });
  return { backend, harbor, quill, idle, revenue, leads, webinars, harborInstalls };
}

const packData = (backend: Backend, input: Partial<MethodInput<'pack.data'>> = {}) =>
  ok(backend, 'pack.data', { period, ...input });

describe('the pack: KPI roll-up, forecast and canvases', () => {
  it('prints the KPI roll-up computed by the KPI handler, with missing figures left missing', async () => {
    const { backend, revenue, leads, webinars, harborInstalls, harbor } = await seeded();
    const data = await packData(backend);
    expect(data.sections).toEqual(expect.arrayContaining(['kpis', 'forecast', 'canvases']));
    expect(data.sections.indexOf('kpis')).toBeGreaterThan(data.sections.indexOf('portfolio'));

    const rollup = await ok(backend, 'kpis.rollup', { period, scope: null });
    expect(data.kpis.scopeLabel).toBe('Program');
    expect(data.kpis.overall).toBe(rollup.overall);
    expect(data.kpis.rows.map(({ partnerName: _, ...r }) => r)).toEqual(rollup.rows);
    expect(data.kpis.rows.map((r) => [r.id, r.depth])).toEqual([
      [revenue.id, 0],
      [leads.id, 1],
      [webinars.id, 2],
      [harborInstalls.id, 2],
    ]);
    const byId = new Map(data.kpis.rows.map((r) => [r.id, r]));
    // Webinars: 3 of 2 → 150 %; installs: 40 of 50 → 80 %; equal weights → 115 %.
    expect(byId.get(webinars.id)?.attainment).toBeCloseTo(1.5);
    expect(byId.get(harborInstalls.id)).toMatchObject({ actual: 40, partnerName: 'Harbor' });
    expect(byId.get(leads.id)).toMatchObject({ source: 'children', actual: null });
    expect(byId.get(leads.id)?.attainment).toBeCloseTo(1.15);
    expect(byId.get(revenue.id)).toMatchObject({ actual: null, target: 100_000 });
    expect(data.kpis.overall).toBeCloseTo(1.15);

    // Without a figure, a KPI is missing, not zero, and stays out of its parent's mean.
    await ok(backend, 'kpis.setValue', { kpiId: webinars.id, period, value: null });
    const later = await packData(backend);
    const missing = later.kpis.rows.find((r) => r.id === webinars.id);
    expect(missing).toMatchObject({ actual: null, attainment: null, source: 'missing' });
    expect(later.kpis.rows.find((r) => r.id === leads.id)?.attainment).toBeCloseTo(0.8);
    expect(later.kpis.rows.find((r) => r.id === leads.id)?.missingChildIds).toEqual([webinars.id]);

    // A pack for one partner shows that partner's view of the KPIs.
    const one = await packData(backend, { partnerIds: [harbor.id] });
    const partnerView = await ok(backend, 'kpis.rollup', { period, scope: harbor.id });
    expect(one.kpis.scopeLabel).toBe('Harbor');
    expect(one.kpis.rows.map((r) => r.actual)).toEqual(partnerView.rows.map((r) => r.actual));
  });

  it('shows the same health and findings as the app, for the program and for a selection', async () => {
    const { backend, harbor, quill } = await seeded();
    await ok(backend, 'partners.update', {
      id: quill.id,
      fields: {
        name: 'Quillmail',
        type: 'content',
        stage: 'active',
        ownerOurs: '',
        ownerTheirs: 'Sam Lee',
      },
    });
    const today = new Date().toISOString().slice(0, 10);
    const health = (await ok(backend, 'health.all', { period, today })).rows;
    const findings = await ok(backend, 'diagnostics.all', { today });
    const severity = { critical: 0, warning: 1, info: 2 } as const;
    const bySeverity = <T extends { severity: keyof typeof severity }>(rows: T[]) =>
      [...rows].sort((a, b) => severity[a.severity] - severity[b.severity]);

    const whole = await packData(backend);
    expect(whole.health).toEqual(health);
    expect(whole.diagnostics).toEqual(bySeverity(findings));
    expect(whole.diagnostics.length).toBeGreaterThan(0);

    const selected = new Set([harbor.id, quill.id]);
    const some = await packData(backend, { partnerIds: [...selected] });
    expect(some.health).toEqual(health.filter((h) => selected.has(h.partnerId)));
    expect(some.diagnostics).toEqual(bySeverity(findings.filter((d) => selected.has(d.partnerId))));
    expect(some.diagnostics.some((d) => d.partnerId === quill.id)).toBe(true);
  });

  it("reads a selection's risks, actions, scorecards and revenue by partner, equal to the program's rows in scope", async () => {
    const { backend, harbor, quill, idle } = await seeded();
    const today = new Date().toISOString().slice(0, 10);
    const past = '2020-01-15';
    // Risks of every scope, with equal scores, past reviews and closed ones, more than the top 12.
    const owners = [null, harbor.id, quill.id, idle.id];
    for (let i = 0; i < 24; i += 1) {
      await ok(backend, 'risks.create', {
        partnerId: owners[i % owners.length] ?? null,
        title: `Risk ${i}`,
        category: 'market',
        likelihood: 1 + (i % 5),
        impact: 1 + ((i * 3) % 5),
        status: i % 7 === 3 ? 'closed' : 'open',
        nextReviewDate: i % 3 === 0 ? past : null,
      });
      await ok(backend, 'actions.create', {
        partnerId: owners[Math.floor(i / 2) % owners.length] ?? null,
        title: `Action ${i}`,
        dueDate: i % 4 === 0 ? null : i % 2 === 0 ? past : '2099-03-01',
        status: i % 5 === 4 ? 'done' : 'open',
      });
    }
    // Activities in the next 90 days: the program's, the selection's, another partner's, shared.
    const soon = (days: number) =>
      new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    // Activity 0 loses its only partner: an activity of the program as a whole.
    const gone = await ok(backend, 'partners.create', { name: 'Gone Co', type: 'content' });
    for (const [index, partnerIds] of [
      [gone.id],
      [harbor.id],
      [idle.id],
      [idle.id, quill.id],
      [harbor.id],
    ].entries()) {
      await ok(backend, 'calendar.create', {
        ...booth(partnerIds[0] ?? harbor.id, {
          partnerIds,
          splits: [{ party: 'ours', percent: 100 }],
        }),
        title: `Activity ${index}`,
        startDate: soon(10 + index),
        endDate: soon(11 + index),
        status: index === 4 ? 'cancelled' : 'confirmed',
      });
    }
    await ok(backend, 'partners.delete', { id: gone.id });
    const selected = new Set([harbor.id, quill.id]);
    const inScope = (partnerId: number | null) => partnerId === null || selected.has(partnerId);
    const some = await packData(backend, { partnerIds: [...selected] });

    // The risk register's order (most severe, then by id), overdue reviews first among equals.
    const open = (await ok(backend, 'risks.list', { today }))
      .filter((r) => r.status !== 'closed' && inScope(r.partnerId))
      .sort((a, b) => b.score - a.score || Number(b.reviewOverdue) - Number(a.reviewOverdue));
    expect(open.length).toBeGreaterThan(12);
    expect(some.risks).toEqual(open.slice(0, 12));
    expect(some.riskSummary.open).toBe(open.length);
    expect(some.riskSummary.reviewOverdue).toBe(open.filter((r) => r.reviewOverdue).length);
    expect(some.riskSummary.highOrCritical).toBe(
      open.filter((r) => r.band === 'high' || r.band === 'critical').length,
    );
    const heat = [1, 2, 3, 4, 5].map((l) =>
      [1, 2, 3, 4, 5].map((i) => open.filter((r) => r.likelihood === l && r.impact === i).length),
    );
    expect(some.riskSummary.heat).toEqual(heat);

    const actions = (await ok(backend, 'actions.list', { today }))
      .filter((a) => (a.status === 'open' || a.status === 'in_progress') && inScope(a.partnerId))
      .sort(
        (a, b) =>
          Number(b.overdue) - Number(a.overdue) ||
          (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
      );
    expect(actions.some((a) => a.overdue)).toBe(true);
    expect(some.actions.open).toEqual(actions);

    // The whole program's pack reads every partner's rows at once; the selection's are the same.
    const whole = await packData(backend);
    expect(some.scorecards).toEqual(whole.scorecards.filter((r) => selected.has(r.partnerId)));
    expect(some.scorecards.length).toBe(2);
    expect(some.revenue.rows).toEqual(whole.revenue.rows.filter((r) => selected.has(r.partnerId)));
    expect(some.revenue.rows.length).toBe(2);
    expect(some.calendar.activities).toEqual(
      whole.calendar.activities.filter(
        (a) => a.partnerIds.length === 0 || a.partnerIds.some((id) => selected.has(id)),
      ),
    );
    expect(some.calendar.activities.map((a) => a.title)).toEqual([
      'Activity 0',
      'Activity 1',
      'Activity 3',
    ]);
  });

  it('prints the saved forecast in three scenarios over the actuals, with a small seeded band', async () => {
    const { backend } = await seeded();
    const data = await packData(backend);
    const computed = await ok(backend, 'forecast.compute', { partnerId: null });
    expect(data.forecasts).toHaveLength(1);
    const [forecast] = data.forecasts;
    expect(forecast).toMatchObject({ title: 'Program forecast', startPeriod: '2026-11' });
    // Twelve recorded months, then the forecast's twelve.
    expect(forecast?.series).toHaveLength(24);
    expect(forecast?.series[0]?.period).toBe('2025-11');
    expect(forecast?.series.at(-1)?.period).toBe('2027-10');
    expect(forecast?.totals).toEqual({
      conservative: computed.scenarios.conservative.totals.revenue,
      base: computed.scenarios.base.totals.revenue,
      optimistic: computed.scenarios.optimistic.totals.revenue,
    });
    const forecastMonths = forecast?.series.slice(12) ?? [];
    expect(forecastMonths.map((m) => m.base)).toEqual(
      computed.scenarios.base.months.map((m) => m.revenue),
    );
    // Recorded months carry the actual, never a made-up zero; forecast months have no actual.
    const october = forecast?.series.find((m) => m.period === '2026-10');
    expect(october).toMatchObject({ actual: 1_000_00, base: null, p10: null });
    expect(forecast?.series.find((m) => m.period === '2026-07')?.actual).toBeNull();
    expect(forecastMonths.every((m) => m.actual === null)).toBe(true);

    expect(forecast?.band).toMatchObject({ trials: 1_000, seed: 7 });
    for (const m of forecastMonths) {
      expect(m.p10).not.toBeNull();
      expect(m.p10 ?? 0).toBeLessThanOrEqual(m.p90 ?? 0);
    }
    const band = forecast?.band?.total;
    expect(band && band.p10 <= band.p50 && band.p50 <= band.p90).toBe(true);
    // Same seed, same band: two packs print the same figures.
    expect((await packData(backend)).forecasts[0]?.band).toEqual(forecast?.band);
  });

  it("adds the partner's saved forecast when the pack covers that one partnership", async () => {
    const { backend, harbor, quill } = await seeded();
    await ok(backend, 'forecast.save', {
      partnerId: harbor.id,
      fields: forecastFields({
        startPeriod: '2026-11',
        months: 12,
        baseLeadsPerMonth: 50,
        uncertainty: {
          ...forecastFields().uncertainty,
          baseLeadsPerMonth: null,
          qualificationPercent: null,
        },
      }),
    });
    await setActuals(backend, quill.id, '2026-10', { attributedRevenue: 500_00 });
    const one = await packData(backend, { partnerIds: [harbor.id] });
    expect(one.forecasts.map((f) => [f.title, f.partnerId])).toEqual([
      ['Program forecast', null],
      ['Forecast: Harbor', harbor.id],
    ]);
    const partnerForecast = one.forecasts[1];
    const computed = await ok(backend, 'forecast.compute', { partnerId: harbor.id });
    expect(partnerForecast?.totals.base).toBe(computed.scenarios.base.totals.revenue);
    // Without uncertainty ranges there is no simulated band: the scenario band alone prints.
    expect(partnerForecast?.band).toBeNull();
    expect(partnerForecast?.series.every((m) => m.p10 === null && m.p90 === null)).toBe(true);
    // Harbor's own actuals under its forecast; the program's sum every partner.
    const october = (f: (typeof one.forecasts)[number] | undefined) =>
      f?.series.find((m) => m.period === '2026-10')?.actual;
    expect(october(partnerForecast)).toBe(1_000_00);
    expect(october(one.forecasts[0])).toBe(1_500_00);
    // Revenue lists only the partnerships in scope.
    expect(one.revenue.rows.map((r) => r.partnerId)).toEqual([harbor.id]);

    // Two partners: the program forecast only.
    const two = await packData(backend, { partnerIds: [harbor.id, quill.id] });
    expect(two.forecasts.map((f) => f.title)).toEqual(['Program forecast']);
  });

  it('keeps trackable and influenced revenue apart, per partnership, for the quarter and the year', async () => {
    const { backend, harbor, quill, idle } = await seeded();
    const { revenue } = await packData(backend);
    expect(revenue.quarter).toEqual({ from: '2026-08', to: '2026-10' });
    expect(revenue.year).toEqual({ from: '2025-11', to: '2026-10' });
    expect(revenue.rows).toEqual([
      {
        partnerId: harbor.id,
        partnerName: 'Harbor',
        quarterAttributed: 3_000_00,
        quarterInfluenced: 5_000_00,
        // October 2025 is outside the twelve months.
        yearAttributed: 7_000_00,
        yearInfluenced: 12_000_00,
      },
      {
        partnerId: quill.id,
        partnerName: 'Quillmail',
        quarterAttributed: null,
        quarterInfluenced: 3_000_00,
        yearAttributed: null,
        yearInfluenced: 3_000_00,
      },
    ]);
    expect(revenue.rows.some((r) => r.partnerId === idle.id)).toBe(false);
  });

  it('prints the canvases drawn for partnerships in scope, and the ecosystem map', async () => {
    const { backend, harbor, quill } = await seeded();
    const all = await packData(backend);
    expect(all.canvases.vpcs.map((v) => v.partnerName)).toEqual(['Quillmail']);
    expect(all.canvases.vpcs[0]?.canvas.fit.percent).toBe(100);
    expect(all.canvases.ecosystem?.nodes.map((n) => n.label)).toEqual(['Contoso']);

    const harborOnly = await packData(backend, { partnerIds: [harbor.id] });
    expect(harborOnly.canvases.vpcs).toEqual([]);
    expect(harborOnly.sections).toContain('canvases');

    const quillOnly = await packData(backend, { partnerIds: [quill.id] });
    expect(quillOnly.canvases.vpcs.map((v) => v.canvas.partnerId)).toEqual([quill.id]);
  });

  it('leaves the three sections out when they have nothing to show', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    await ok(backend, 'partners.create', { name: 'Solo', type: 'content' });
    // A forecast the user never saved is the app's draft: it does not print.
    const data = await packData(backend, { sections: ['cover', 'kpis', 'forecast', 'canvases'] });
    expect(data.sections).toEqual(['cover']);
    expect(data.kpis.rows).toEqual([]);
    expect(data.forecasts).toEqual([]);
    expect(data.revenue.rows).toEqual([]);
    expect(data.canvases).toEqual({ vpcs: [], ecosystem: null });
  });

  it('does not assemble sections that were not asked for', async () => {
    const { backend } = await seeded();
    const data = await packData(backend, { sections: ['cover', 'portfolio'] });
    expect(data.sections).toEqual(['cover', 'portfolio']);
    expect(data.kpis.rows).toEqual([]);
    expect(data.forecasts).toEqual([]);
    expect(data.canvases.vpcs).toEqual([]);
  });
});
