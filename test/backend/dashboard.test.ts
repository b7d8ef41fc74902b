import { describe, expect, it } from 'vitest';
import { lifecycleStages } from '../../shared/contract/index.ts';
import { addDays } from '../../shared/domain/date-math.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { seedProgram } from './health-fixture.ts';

const tempDir = useTempDirs();
const today = '2026-06-15';

describe('dashboard', () => {
  it('shows a new workbook as empty: no partners, no findings, twelve months without actuals', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const board = await ok(backend, 'dashboard.get', { today });
    expect(board.partners).toEqual({
      total: 0,
      live: 0,
      byStage: lifecycleStages.map((stage) => ({ stage, count: 0 })),
      byTier: [],
    });
    expect(board.health).toEqual({
      counts: { healthy: 0, watch: 0, at_risk: 0, noData: 0 },
      average: null,
      lowest: [],
    });
    expect(board.diagnostics.total).toBe(0);
    expect(board.topRisks).toEqual([]);
    expect(board.upcoming).toEqual({ from: today, to: '2026-07-15', total: 0, items: [] });
    expect(board.overdue).toEqual({ actionsTotal: 0, actions: [], reviewsTotal: 0, reviews: [] });
    expect(board.actuals).toMatchObject({ from: '2025-07', to: '2026-06', livePartnerships: 0 });
    for (const series of board.actuals.series) {
      expect(series.points).toHaveLength(12);
      expect(series.points.every((p) => p.actual === null && p.target === null)).toBe(true);
    }
    expect(board.currency).toBe('EUR');
  });

  it('summarises a running program: portfolio, health, findings, risks, calendar, overdue work, actuals', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const seeded = await seedProgram(backend, today);
    const board = await ok(backend, 'dashboard.get', { today });

    expect(board.partners.total).toBe(12);
    expect(board.partners.live).toBe(7);
    expect(Object.fromEntries(board.partners.byStage.map((s) => [s.stage, s.count]))).toEqual({
      identified: 1,
      contacted: 1,
      exploring: 1,
      negotiating: 1,
      signed: 1,
      active: 5,
      renewing: 1,
      exited: 1,
    });
    expect(board.partners.byTier).toEqual([
      { tier: '', count: 4 },
      { tier: 'Silver', count: 3 },
      { tier: 'Gold', count: 2 },
      { tier: 'Registered', count: 2 },
      { tier: 'Platinum', count: 1 },
    ]);

    // Health covers the seven live partnerships only; the lowest first.
    const { counts, lowest } = board.health;
    expect(counts.healthy + counts.watch + counts.at_risk + counts.noData).toBe(7);
    expect(lowest[0]?.partnerName).toBe('Initech');
    expect(lowest[0]?.band).toBe('at_risk');
    expect(lowest.map((h) => h.index)).toEqual(
      [...lowest.map((h) => h.index)].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    const globex = lowest.find((h) => h.partnerId === seeded.globex.id);
    expect(globex?.band).toBe('healthy');

    // Every firing check across the program, with the same reasons as the partner page.
    expect(board.diagnostics.total).toBe(16);
    expect(board.diagnostics.bySeverity).toEqual({ critical: 6, warning: 9, info: 1 });
    expect(board.diagnostics.byCheck.slice(0, 7).map((c) => [c.title, c.count])).toEqual([
      ['Competitor / cannibalisation', 1],
      ['Data shared without terms', 1],
      ['Expiring', 1],
      ['No clear owner', 1],
      ['No written agreement', 1],
      ['Unmanaged high risk', 1],
      ['No review cadence / overdue review', 3],
    ]);
    expect(board.diagnostics.items.slice(0, 6).map((d) => [d.partnerName, d.checkId])).toEqual([
      ['Acme Payments', 'competitor_cannibalisation'],
      ['Initech', 'no_clear_owner'],
      ['Initech', 'no_written_agreement'],
      ['Oceanic Travel', 'data_without_terms'],
      ['Umbrella Logistics', 'expiring'],
      ['Wayne Media', 'unmanaged_high_risk'],
    ]);
    const page = await ok(backend, 'health.partner', { partnerId: seeded.initech.id, today });
    expect(board.diagnostics.items.filter((d) => d.partnerId === seeded.initech.id)).toEqual(
      page.diagnostics,
    );

    expect(board.openRiskCount).toBe(4);
    expect(board.topRisks.map((r) => [r.title, r.score])).toEqual([
      ['A competitor bundles the same integration for free', 20],
      ['Brand dilution from off-message content', 16],
      ['Depot capacity in peak season', 12],
      ['Integration API changes break the connector', 9],
    ]);

    // The next 30 days: cancelled, later and past activities are left out.
    expect(board.upcoming.total).toBe(4);
    expect(board.upcoming.items.map((a) => [a.title, a.startDate, a.partnerNames])).toEqual([
      ['Retail analytics webinar', addDays(today, 6), ['Globex Analytics']],
      ['Holiday bundle offer', addDays(today, 12), ['Hooli Cloud', 'Globex Analytics']],
      ['Peak-season logistics guide', addDays(today, 21), ['Umbrella Logistics']],
      ['Loyalty double points week', addDays(today, 28), ['Oceanic Travel']],
    ]);

    expect(board.overdue.actionsTotal).toBe(2);
    expect(board.overdue.actions.map((a) => a.title)).toEqual([
      'Send the revised co-marketing terms',
      'Circulate the QBR pack to the steering committee',
    ]);
    expect(board.overdue.reviewsTotal).toBe(1);
    expect(board.overdue.reviews[0]?.title).toBe('Integration API changes break the connector');

    // June: 104 + 145 + 83 + 62 + 52 leads from five partners (see the seed's ramp).
    const leads = board.actuals.series.find((s) => s.measure === 'leads');
    expect(leads?.points.at(-1)).toEqual({
      period: '2026-06',
      actual: 446,
      target: null,
      reporting: 5,
    });
    expect(leads?.targetCriterion).toBeNull();
    // The default "Qualified leads" criterion asks 20 a month of each of the 7 live partnerships.
    const qualified = board.actuals.series.find((s) => s.measure === 'qualifiedLeads');
    expect(qualified).toMatchObject({
      targetCriterion: 'Qualified leads',
      targetPerPartnership: 20,
    });
    expect(qualified?.points.every((p) => p.target === 140)).toBe(true);
    const revenue = board.actuals.series.find((s) => s.measure === 'attributedRevenue');
    expect(revenue?.money).toBe(true);
    expect(revenue?.points).toHaveLength(12);
  });

  it('draws a revenue target once a scorecard criterion reads attributed revenue', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    await seedProgram(backend, today);
    const settings = await ok(backend, 'settings.get', {});
    await ok(backend, 'settings.updateParams', {
      ...settings.params,
      scorecardCriteria: [
        ...settings.params.scorecardCriteria,
        {
          key: 'revenue',
          label: 'Monthly revenue',
          weight: 10,
          target: 5000,
          direction: 'higher',
          unit: 'EUR',
          source: { kind: 'measure', measure: 'attributedRevenue' },
        },
      ],
    });
    const board = await ok(backend, 'dashboard.get', { today, period: '2026-05' });
    const revenue = board.actuals.series.find((s) => s.measure === 'attributedRevenue');
    expect(board.actuals).toMatchObject({ from: '2025-06', to: '2026-05' });
    expect(revenue).toMatchObject({
      targetCriterion: 'Monthly revenue',
      targetPerPartnership: 500_000,
    });
    expect(revenue?.points.at(-1)?.target).toBe(3_500_000);
  });

  it('answers again from memory until something is written, then recomputes', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const seeded = await seedProgram(backend, today);
    const sqlite = backend.state.require().connection.sqlite;
    const prepare = sqlite.prepare.bind(sqlite);
    let statements = 0;
    sqlite.prepare = ((source: string) => {
      statements += 1;
      return prepare(source);
    }) as typeof sqlite.prepare;

    const first = await ok(backend, 'dashboard.get', { today });
    const again = await ok(backend, 'dashboard.get', { today });
    expect(again).toEqual(first);
    statements = 0;
    await ok(backend, 'dashboard.get', { today });
    expect(statements).toBe(1);

    const initech = await ok(backend, 'partners.get', { id: seeded.initech.id });
    const { id: _id, createdAt: _c, updatedAt: _u, contacts: _k, ...fields } = initech;
    await ok(backend, 'partners.update', {
      id: initech.id,
      fields: { ...fields, ownerTheirs: 'Bill Lumbergh' },
    });
    const after = await ok(backend, 'dashboard.get', { today });
    expect(first.diagnostics.byCheck.some((c) => c.checkId === 'no_clear_owner')).toBe(true);
    expect(after.diagnostics.byCheck.some((c) => c.checkId === 'no_clear_owner')).toBe(false);
    // Another day is another dashboard.
    const tomorrow = await ok(backend, 'dashboard.get', { today: addDays(today, 1) });
    expect(tomorrow.today).toBe(addDays(today, 1));
  });

  it('refuses a malformed date or month and changes nothing', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const before = canonicalDump(path);
    await expect(backend.call('dashboard.get', { today: '15/06/2026' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { today: 'Use a date like 2026-03-31' } },
    });
    await expect(backend.call('dashboard.get', { period: '2026-6' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { period: 'Use a month like 2026-03' } },
    });
    expect(canonicalDump(path)).toBe(before);
  });
});
