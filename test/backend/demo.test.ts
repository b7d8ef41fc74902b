import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend.ts';
import { defaultDemoPath } from '../../electron/backend/demo/demo-file.ts';
import { main } from '../../electron/host/cli.ts';
import { lifecycleStages } from '../../shared/contract/index.ts';
import { addPeriods } from '../../shared/domain/date-math.ts';
import { makeBackend, ok } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const today = '2026-05-14';
const tempDir = useTempDirs();
const backends: Backend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.close();
});

async function demoBackend(options: { today?: string; seed?: number } = {}) {
  const dir = tempDir();
  const backend = makeBackend(dir);
  backends.push(backend);
  const info = await ok(backend, 'workbook.createDemo', { today, ...options });
  return { backend, info, dir };
}

/** The export without what differs between two runs: creation times and the workbook's own id. */
async function comparableExport(backend: Backend): Promise<{ tables: Record<string, unknown[]> }> {
  const { json } = await ok(backend, 'workbook.exportJson', {});
  const volatile = /^(createdAt|updatedAt|workbookId|generator)$/;
  return JSON.parse(json ?? '{}', (key, value: unknown) =>
    volatile.test(key) ? undefined : value,
  ) as { tables: Record<string, unknown[]> };
}

describe('demo workbook', () => {
  it('opens a program with a dozen partners across types and stages, owners and contacts', async () => {
    const { backend, info } = await demoBackend();
    expect(info.title).toBe('Tidewater Partner Network (demo)');
    expect(info.path).toBe(defaultDemoPath(backend.state.options.dataDir));

    const partners = await ok(backend, 'partners.list', { includeArchived: true });
    expect(partners.length).toBeGreaterThanOrEqual(12);
    expect(new Set(partners.map((p) => p.type)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(partners.map((p) => p.stage))).toEqual(new Set(lifecycleStages));
    const harbor = partners.find((p) => p.name === 'Harbor Commerce');
    expect(harbor).toMatchObject({ ownerOurs: 'Maya Okafor', ownerTheirs: 'Grace Liu' });
    expect(harbor?.goalOurs).not.toBe('');
    const detail = await ok(backend, 'partners.get', { id: harbor?.id ?? 0 });
    expect(detail.contacts.map((c) => c.side).sort()).toEqual(['ours', 'theirs', 'theirs']);

    const fits = await ok(backend, 'fit.list', {});
    expect(fits.filter((f) => f.verdict !== 'unscored').length).toBeGreaterThanOrEqual(11);
    expect(fits.some((f) => f.verdict === 'no-go' && f.redFlags.includes('directCompetitor'))).toBe(
      true,
    );
    expect(fits.some((f) => f.verdict === 'go')).toBe(true);
  });

  it('populates every module of the spec', async () => {
    const { backend } = await demoBackend();
    const partners = await ok(backend, 'partners.list', { includeArchived: true });
    const idOf = (name: string) => partners.find((p) => p.name === name)?.id ?? 0;
    const harbor = idOf('Harbor Commerce');

    const agreements = await ok(backend, 'agreements.list', {});
    expect(agreements.filter((a) => a.status === 'signed').length).toBeGreaterThanOrEqual(7);
    const harborAgreement = await ok(backend, 'agreements.get', { partnerId: harbor });
    expect(harborAgreement.deliverables.length).toBeGreaterThanOrEqual(4);

    const risks = await ok(backend, 'risks.list', { today });
    expect(risks.filter((r) => r.partnerId === null).length).toBeGreaterThanOrEqual(3);
    expect(risks.some((r) => r.reviewOverdue)).toBe(true);
    expect(new Set(risks.map((r) => r.band)).size).toBeGreaterThanOrEqual(3);

    const program = await ok(backend, 'charters.get', { partnerId: null });
    expect(program.versions).toHaveLength(1);
    expect(program.draft?.decisions.length).toBeGreaterThanOrEqual(4);
    const overview = await ok(backend, 'charters.overview', {});
    expect(overview.filter((c) => c.partnerId !== null && c.hasRaci).length).toBeGreaterThanOrEqual(
      6,
    );

    const meetings = await ok(backend, 'meetings.list', {});
    expect(meetings.length).toBeGreaterThanOrEqual(15);
    expect(meetings.some((m) => m.date > today)).toBe(true);
    const decisions = await ok(backend, 'decisions.list', {});
    expect(new Set(decisions.map((d) => d.kind))).toEqual(
      new Set(['renew', 'adjust', 'expand', 'exit', 'other']),
    );
    const actions = await ok(backend, 'actions.list', { today });
    expect(actions.some((a) => a.overdue)).toBe(true);
    const requested = await ok(backend, 'governance.decisionsRequested', {});
    expect(requested.length).toBeGreaterThanOrEqual(3);

    const activities = await ok(backend, 'calendar.list', {});
    expect(activities.filter((a) => a.endDate < today).length).toBeGreaterThanOrEqual(8);
    expect(activities.filter((a) => a.startDate > today).length).toBeGreaterThanOrEqual(6);
    expect(activities.some((a) => a.splits.length === 2 && a.splits[0]?.percent === 60)).toBe(true);
    const budgets = await ok(backend, 'calendar.budgets', {});
    expect(budgets.filter((b) => b.plannedMinor !== null).length).toBeGreaterThanOrEqual(15);
    const conflicts = await ok(backend, 'calendar.conflicts', {});
    expect(new Set(conflicts.map((c) => c.kind))).toEqual(new Set(['overlap', 'budget-over-plan']));

    const kpis = await ok(backend, 'kpis.list', {});
    expect(kpis.length).toBeGreaterThanOrEqual(12);
    expect(kpis.every((k) => k.defaultTarget !== null)).toBe(true);
    expect(kpis.some((k) => k.targets.length > 0)).toBe(true);
    const first = addPeriods(today.slice(0, 7), -18);
    const last = addPeriods(today.slice(0, 7), -1);
    const grid = await ok(backend, 'actuals.grid', { partnerId: harbor, from: first, to: last });
    expect(grid.actuals.filter((a) => a.leads !== null)).toHaveLength(18);
    expect(grid.kpiValues.length).toBe(18);
    const rollup = await ok(backend, 'kpis.rollup', { period: last, scope: null });
    expect(rollup.overall).not.toBeNull();
    const scorecards = await ok(backend, 'scorecards.all', { period: last });
    expect(scorecards.rows.filter((r) => r.score !== null).length).toBeGreaterThanOrEqual(5);

    const canvas = await ok(backend, 'valueCanvas.get', { partnerId: harbor });
    expect(canvas.fit.percent).toBe(83);
    const map = await ok(backend, 'ecosystem.get', {});
    expect(map.nodes.length).toBeGreaterThanOrEqual(partners.length + 6);
    expect(new Set(map.edges.map((e) => e.kind)).size).toBe(5);

    const checks = await ok(backend, 'healthChecks.list', { partnerId: harbor });
    expect(checks.history).toHaveLength(2);
    const health = await ok(backend, 'health.all', { today });
    expect(health.rows.filter((r) => r.band === 'healthy').length).toBeGreaterThanOrEqual(5);

    const forecast = await ok(backend, 'forecast.compute', { partnerId: null });
    expect(forecast.forecast.updatedAt).not.toBeNull();
    expect(forecast.actuals.some((m) => m.attributedRevenue !== null)).toBe(true);
    expect((await ok(backend, 'revenueShare.get', { partnerId: harbor })).updatedAt).not.toBeNull();
    const economics = await ok(backend, 'unitEconomics.compute', {
      partnerId: null,
      from: first,
      to: last,
    });
    expect(economics.cac).not.toBeNull();
    expect(economics.roi).toBeGreaterThan(0);

    const guided = await ok(backend, 'firstProgram.get', {});
    expect(guided).toMatchObject({ step: 'legal', partnerId: idOf('Lattice Loyalty') });
    expect(guided.completed).toHaveLength(5);
    expect(guided.firstCallMeetingId).not.toBeNull();
  });

  it('fires the anti-pattern checks for a few partners, each for the reason planted', async () => {
    const { backend } = await demoBackend();
    const diagnostics = await ok(backend, 'diagnostics.all', { today });
    const fired = (checkId: string) =>
      diagnostics.filter((d) => d.checkId === checkId).map((d) => d.partnerName);
    expect(fired('no_written_agreement')).toEqual(['Retail Growth Summit']);
    expect(fired('no_clear_owner')).toEqual(['Parcelpoint']);
    expect(fired('fading_partnership')).toEqual(['The Merchant Weekly']);
    expect(fired('data_without_terms')).toEqual(['Stackhouse Marketplace']);
    expect(fired('expiring')).toEqual(['Brightpath Payments']);
    const healthy = ['Harbor Commerce', 'Quillmail', 'Northstar Consulting Group'];
    expect(diagnostics.filter((d) => healthy.includes(d.partnerName))).toEqual([]);
  });

  it('is deterministic: the same day and seed give the same export, a later day moves the dates', async () => {
    const one = await demoBackend();
    const two = await demoBackend();
    const first = await comparableExport(one.backend);
    expect(first.tables.partners).toHaveLength(13);
    expect(first.tables.actuals).toHaveLength(100);
    expect(await comparableExport(two.backend)).toEqual(first);

    const later = await demoBackend({ today: '2026-08-01' });
    const meetings = await ok(later.backend, 'meetings.list', {});
    const earlier = await ok(one.backend, 'meetings.list', {});
    expect(meetings.map((m) => m.date)).not.toEqual(earlier.map((m) => m.date));
    expect(meetings.map((m) => m.title)).toEqual(earlier.map((m) => m.title));
  });

  it('replaces the previous demo in the data directory with a fresh one, even while it is open', async () => {
    const { backend } = await demoBackend();
    await ok(backend, 'partners.create', { name: 'Scribbled during a workshop', type: 'content' });
    const again = await ok(backend, 'workbook.createDemo', { today });
    expect(again.path).toBe(defaultDemoPath(backend.state.options.dataDir));
    const names = (await ok(backend, 'partners.list', {})).map((p) => p.name);
    expect(names).not.toContain('Scribbled during a workshop');
  });

  it('refuses to overwrite a file at a chosen path and leaves it untouched', async () => {
    const dir = tempDir();
    const backend = makeBackend(dir);
    backends.push(backend);
    const path = join(dir, 'taken.pwb');
    writeFileSync(path, 'not a workbook');
    const result = await backend.call('workbook.createDemo', { path, today });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toMatch(/already exists/);
    expect(await ok(backend, 'workbook.current', {})).toBeNull();
  });

  it('pwb demo FILE creates the demo on the command line', async () => {
    const dir = tempDir();
    const file = join(dir, 'demo.pwb');
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      ['demo', file, '--today', today, '--data-dir', join(dir, 'data')],
      (line) => out.push(line),
      (line) => err.push(line),
    );
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out.join('\n')).toMatch(/13 fictional partners/);
    expect(existsSync(file)).toBe(true);
    const again = await main(
      ['demo', file, '--data-dir', join(dir, 'data')],
      () => {},
      (line) => err.push(line),
    );
    expect(again).toBe(1);
    expect(err.join('\n')).toMatch(/already exists/);
  });
});
