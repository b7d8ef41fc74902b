import { describe, expect, it } from 'vitest';
import { diagnosticCheckIds } from '../../shared/contract/index.ts';
import { addDays } from '../../shared/domain/date-math.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { fullCharter, seedEveryCheck } from './health-fixture.ts';

const tempDir = useTempDirs();
const today = '2026-06-15';

/** A live partnership with every component measurable; see the expected figures in the test. */
async function northstar() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const partner = await ok(backend, 'partners.create', {
    name: 'Northstar Outfitters',
    type: 'co_marketing',
    stage: 'active',
    ownerOurs: 'Ana Ruiz',
    ownerTheirs: 'Sam Lee',
  });
  await ok(backend, 'agreements.save', {
    partnerId: partner.id,
    fields: { status: 'signed', terminationNoticeDays: 30, exitPlan: 'Wind down campaigns.' },
  });
  await ok(backend, 'charters.save', { partnerId: partner.id, fields: fullCharter });
  await ok(backend, 'risks.create', {
    partnerId: partner.id,
    title: 'Stock-outs during the joint promotion',
    category: 'operational',
    likelihood: 3,
    impact: 4,
    owner: 'Ana Ruiz',
    mitigation: 'Reserve stock',
  });
  await ok(backend, 'risks.create', {
    partnerId: partner.id,
    title: 'Old pricing dispute',
    category: 'financial',
    likelihood: 5,
    impact: 5,
    status: 'closed',
  });
  await ok(backend, 'meetings.create', {
    partnerId: partner.id,
    kind: 'check_in',
    date: addDays(today, -10),
  });
  for (const side of ['ours', 'ours', 'theirs'] as const) {
    await ok(backend, 'deliverables.create', {
      partnerId: partner.id,
      side,
      description: 'Campaign asset',
    });
  }
  await ok(backend, 'kpis.create', {
    name: 'Joint revenue',
    category: 'revenue',
    partnerId: partner.id,
  });
  await ok(backend, 'actuals.set', {
    partnerId: partner.id,
    period: '2026-06',
    measure: 'qualifiedLeads',
    value: 10,
  });
  return { backend, path, partner };
}

describe('health index', () => {
  it('weighs the five components from the recorded facts and the scorecard score', async () => {
    const { backend, partner } = await northstar();
    const { health, evidence, diagnostics } = await ok(backend, 'health.partner', {
      partnerId: partner.id,
      today,
    });
    // Governance complete (100); 10 of 20 qualified leads (score 50); one open risk of 3 × 4
    // (100 × (1 − 12/50) = 76; the closed one does not count); recent activity (100);
    // two open deliverables on our side against one (50).
    expect(Object.fromEntries(health.components.map((c) => [c.key, c.score]))).toEqual({
      governanceCompleteness: 100,
      kpiAttainment: 50,
      riskExposure: 76,
      activityRecency: 100,
      effortBalance: 50,
    });
    // (100·30 + 50·25 + 76·20 + 100·15 + 50·10) ÷ 100 = 77.7
    expect(health).toMatchObject({ index: 78, band: 'healthy', missing: [] });
    expect(evidence).toMatchObject({
      kpi: { period: '2026-06', score: 50 },
      risks: { registered: 2, open: 1, severity: 12, budget: 50 },
      // June's actuals count as activity up to today, the latest of meeting and actual.
      recency: { lastMeetingDate: addDays(today, -10), lastActualDate: today, daysSince: 0 },
      effort: { ours: 2, theirs: 1 },
    });
    expect(diagnostics).toEqual([]);

    const all = await ok(backend, 'health.all', { today });
    expect(all.rows).toEqual([health]);
    expect(all.weights).toEqual({
      governanceCompleteness: 30,
      kpiAttainment: 25,
      riskExposure: 20,
      activityRecency: 15,
      effortBalance: 10,
    });
  });

  it('leaves out and names the components without data instead of scoring them as zero', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', {
      name: 'Quiet Co',
      type: 'content',
      stage: 'signed',
      ownerOurs: 'Ana Ruiz',
      ownerTheirs: 'Lee Park',
    });
    await ok(backend, 'agreements.save', { partnerId: partner.id, fields: { status: 'signed' } });
    const { health } = await ok(backend, 'health.partner', { partnerId: partner.id, today });
    expect(health.missing).toEqual([
      'kpiAttainment',
      'riskExposure',
      'activityRecency',
      'effortBalance',
    ]);
    // Owners both sides and a signed agreement: 2 of 6 governance elements.
    expect(health.components[0]).toMatchObject({ key: 'governanceCompleteness', score: 33.3 });
    expect(health).toMatchObject({ index: 33, band: 'at_risk' });
  });

  it('takes the latest scored month of the last three unless a month is asked for', async () => {
    const { backend, partner } = await northstar();
    await ok(backend, 'actuals.set', {
      partnerId: partner.id,
      period: '2026-06',
      measure: 'qualifiedLeads',
      value: null,
    });
    await ok(backend, 'actuals.set', {
      partnerId: partner.id,
      period: '2026-04',
      measure: 'qualifiedLeads',
      value: 30,
    });
    const latest = await ok(backend, 'health.partner', { partnerId: partner.id, today });
    expect(latest.evidence.kpi).toEqual({ period: '2026-04', score: 150 });
    expect(latest.health.components[1]).toMatchObject({ score: 100, missing: false });

    const june = await ok(backend, 'health.partner', {
      partnerId: partner.id,
      today,
      period: '2026-06',
    });
    expect(june.evidence.kpi).toEqual({ period: null, score: null });
    expect(june.health.missing).toEqual(['kpiAttainment']);
  });

  it('uses the weights saved in the workbook, and refuses weights that cannot weigh anything', async () => {
    const { backend, path, partner } = await northstar();
    const settings = await ok(backend, 'settings.get', {});
    const onlyKpi = {
      governanceCompleteness: 0,
      kpiAttainment: 100,
      riskExposure: 0,
      activityRecency: 0,
      effortBalance: 0,
    };
    await ok(backend, 'settings.updateParams', { ...settings.params, healthWeights: onlyKpi });
    const weighted = await ok(backend, 'health.partner', { partnerId: partner.id, today });
    expect(weighted.health).toMatchObject({ index: 50, band: 'watch' });
    expect(weighted.weights).toEqual(onlyKpi);

    const before = canonicalDump(path);
    const allZero = await backend.call('settings.updateParams', {
      ...settings.params,
      healthWeights: { ...onlyKpi, kpiAttainment: 0 },
    });
    expect(allZero).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { healthWeights: 'Give at least one component a weight above zero' },
      },
    });
    const negative = await backend.call('settings.updateParams', {
      ...settings.params,
      healthWeights: { ...onlyKpi, riskExposure: -5 },
    });
    expect(negative).toMatchObject({
      ok: false,
      error: { fields: { 'healthWeights.riskExposure': 'A weight cannot be negative' } },
    });
    expect(canonicalDump(path)).toBe(before);
  });

  it('gives older workbooks the recommended weights', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const settings = await ok(backend, 'settings.get', {});
    expect(settings.params.healthWeights).toEqual({
      governanceCompleteness: 30,
      kpiAttainment: 25,
      riskExposure: 20,
      activityRecency: 15,
      effortBalance: 10,
    });
  });

  it('answers not found for a partner that does not exist and rejects a malformed month', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    await expect(backend.call('health.partner', { partnerId: 999, today })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That partner no longer exists.' },
    });
    await expect(backend.call('health.all', { today, period: '2026-13' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});

describe('diagnostics', () => {
  it('fires every anti-pattern check of the spec from what was recorded, with reason and fix', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const { brittle, polished } = await seedEveryCheck(backend, today);
    const found = await ok(backend, 'diagnostics.all', { today });

    expect(new Set(found.map((d) => d.checkId))).toEqual(new Set(diagnosticCheckIds));
    expect(found).toHaveLength(14);
    const ids = (partnerId: number) =>
      found.filter((d) => d.partnerId === partnerId).map((d) => d.checkId);
    expect(ids(polished.id).sort()).toEqual(['expiring', 'no_exit_plan', 'vanity_metrics_only']);
    expect(ids(brittle.id)).toHaveLength(11);

    const severities = found.map((d) => d.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) =>
          ['critical', 'warning', 'info'].indexOf(a) - ['critical', 'warning', 'info'].indexOf(b),
      ),
    );
    const owner = found.find((d) => d.checkId === 'no_clear_owner');
    expect(owner).toMatchObject({
      partnerName: 'Brittle Brands',
      severity: 'critical',
      reason: "The partnership is active but no owner is named on the partner's side.",
      sourceId: '001',
    });
    expect(owner?.fix).toMatch(/^Name one person on each side/);
    expect(found.find((d) => d.checkId === 'expiring')?.reason).toBe(
      `The agreement ends on ${addDays(today, 30)}, in 30 days; no renew, adjust or exit decision is logged.`,
    );

    // Logging a renewal settles "expiring"; the partner page shows the same findings.
    await ok(backend, 'decisions.create', {
      partnerId: polished.id,
      decision: 'Renew for two years',
      kind: 'renew',
      date: today,
      decidedBy: 'Steering committee',
    });
    const page = await ok(backend, 'health.partner', { partnerId: polished.id, today });
    expect(page.diagnostics.map((d) => d.checkId).sort()).toEqual([
      'no_exit_plan',
      'vanity_metrics_only',
    ]);
  });

  it('leaves archived and exited partnerships out', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const { brittle, polished } = await seedEveryCheck(backend, today);
    const archived = await ok(backend, 'partners.get', { id: brittle.id });
    const { id: _id, createdAt: _c, updatedAt: _u, contacts: _k, ...fields } = archived;
    await ok(backend, 'partners.update', { id: brittle.id, fields: { ...fields, archived: true } });
    await ok(backend, 'partners.setStage', { id: polished.id, stage: 'exited' });
    await expect(ok(backend, 'diagnostics.all', { today })).resolves.toEqual([]);
    const rows = await ok(backend, 'health.all', { today });
    expect(rows.rows.map((r) => r.partnerName)).toEqual(['Polished Partners']);
  });
});
