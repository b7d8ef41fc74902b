import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend.ts';
import { generateLargeWorkbook } from '../../db/generator/large-workbook.ts';
import { defaultMigrationsFolder } from '../../db/migrations-info.ts';
import { addDays } from '../../shared/domain/date-math.ts';
import { appSchemaVersion, backendWithWorkbook, makeBackend, ok } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const today = '2026-06-15';

/** Counts the SQL statements the connection prepares (drizzle prepares each one it runs). */
function countStatements(backend: Backend): { count: () => number } {
  const sqlite: Database.Database = backend.state.require().connection.sqlite;
  const prepare = sqlite.prepare.bind(sqlite);
  let count = 0;
  sqlite.prepare = ((source: string) => {
    count += 1;
    return prepare(source);
  }) as typeof sqlite.prepare;
  return { count: () => count };
}

/** A generated workbook with risks, activities, actuals, meetings and decisions for every partner. */
async function generated(partners: number): Promise<Backend> {
  const dir = tempDir();
  const path = join(dir, `program-${partners}.pwb`);
  await generateLargeWorkbook(path, {
    partners,
    seed: 7,
    today,
    months: 12,
    migrationsFolder: defaultMigrationsFolder,
    appSchemaVersion,
  });
  const backend = makeBackend(dir);
  await ok(backend, 'workbook.open', { path });
  return backend;
}

async function statementsPerMethod(backend: Backend) {
  const measure = async (run: () => Promise<unknown>) => {
    const counter = countStatements(backend);
    await run();
    return counter.count();
  };
  return {
    health: await measure(() => ok(backend, 'health.all', { today })),
    diagnostics: await measure(() => ok(backend, 'diagnostics.all', { today })),
    dashboard: await measure(() => ok(backend, 'dashboard.get', { today })),
  };
}

describe('partnership facts', () => {
  it(
    'are read in the same number of SQL statements for 10 partners as for 300',
    { timeout: 60_000 },
    async () => {
      const small = await generated(10);
      const large = await generated(300);
      const smallCounts = await statementsPerMethod(small);
      const largeCounts = await statementsPerMethod(large);
      const findings = await ok(large, 'diagnostics.all', { today });
      expect(findings.length).toBeGreaterThan(300);
      expect(largeCounts).toEqual(smallCounts);
      // Eleven fact queries; health adds the settings and the scorecard figures (settings,
      // actuals, typed inputs: no criterion reads a KPI here). Only partners with figures are
      // scored, so the partners are not read again.
      expect(smallCounts.diagnostics).toBe(11);
      expect(smallCounts.health).toBe(15);
      // The dashboard adds the top risks with the open-risk count, upcoming activities, overdue
      // actions, overdue reviews, the monthly actuals and the workbook's change count.
      expect(smallCounts.dashboard).toBe(21);
      small.close();
      large.close();
    },
  );

  it(
    'give the dashboard the same top risks and overdue work as the risk and governance methods',
    { timeout: 60_000 },
    async () => {
      const backend = await generated(300);
      const board = await ok(backend, 'dashboard.get', { today });
      const top = await ok(backend, 'risks.top', { limit: 5, basis: 'current', today });
      expect(board.topRisks).toEqual(top);
      const open = await ok(backend, 'risks.list', { today });
      expect(board.openRiskCount).toBe(open.filter((r) => r.status !== 'closed').length);
      const overdue = await ok(backend, 'governance.overdue', { today });
      expect(overdue.actions.length).toBeGreaterThan(8);
      expect(overdue.riskReviews.length).toBeGreaterThan(8);
      expect(board.overdue).toEqual({
        actionsTotal: overdue.actions.length,
        actions: overdue.actions.slice(0, 8),
        reviewsTotal: overdue.riskReviews.length,
        reviews: overdue.riskReviews.slice(0, 8),
      });
      backend.close();
    },
  );

  it(
    "sum each partnership's risks as the register lists them, and give the checks its open high and critical ones",
    { timeout: 60_000 },
    async () => {
      const backend = await generated(300);
      const registered = await ok(backend, 'risks.list', { today });
      const records = backend.state.require().repos.partnershipFacts.load({ today });
      expect(records.length).toBeGreaterThan(250);
      let withOpen = 0;
      for (const record of records) {
        const risks = registered
          .filter((r) => r.partnerId === record.facts.partnerId)
          .sort((a, b) => a.id - b.id);
        const open = risks.filter((r) => r.status !== 'closed');
        expect(record.risks).toEqual({
          registered: risks.length,
          open: open.length,
          severity: open.reduce((sum, r) => sum + (r.residualScore ?? r.score), 0),
        });
        expect(record.facts.risks).toEqual(
          open
            .map((r) => ({ ...r, band: r.residualBand ?? r.band }))
            .filter((r) => r.band === 'high' || r.band === 'critical')
            .map((r) => ({
              title: r.title,
              band: r.band,
              owner: r.owner,
              mitigation: r.mitigation,
              nextReviewDate: r.nextReviewDate,
              status: r.status,
            })),
        );
        if (open.length > 0) withOpen += 1;
      }
      expect(withOpen).toBeGreaterThan(100);
      expect(records.filter((r) => r.facts.risks.length > 0).length).toBeGreaterThan(20);
      backend.close();
    },
  );

  it('read what each check needs from the modules, dated as the user sees it', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', {
      name: 'Globex',
      type: 'integration',
      stage: 'active',
      ownerOurs: 'Ana Ruiz',
      ownerTheirs: 'Sam Lee',
    });
    await ok(backend, 'agreements.save', {
      partnerId: partner.id,
      fields: {
        status: 'signed',
        startDate: '2025-08-01',
        exclusive: true,
        exclusivityMonths: 12,
        terminationNoticeDays: 30,
        exitPlan: 'Wind down together',
      },
    });
    await ok(backend, 'charters.save', {
      partnerId: partner.id,
      fields: { successDefinition: 'Ten deals', checkInCadence: 'quarterly' },
    });
    await ok(backend, 'kpis.create', { name: 'Deals', category: 'revenue', partnerId: partner.id });
    // A QBR counts as the check-in; a meeting booked for next week is not activity yet.
    await ok(backend, 'meetings.create', {
      partnerId: partner.id,
      kind: 'qbr',
      date: '2026-04-02',
    });
    await ok(backend, 'meetings.create', {
      partnerId: partner.id,
      kind: 'steering',
      date: addDays(today, 7),
    });
    // A cancelled activity is no activity.
    await ok(backend, 'calendar.create', {
      title: 'Cancelled webinar',
      kind: 'joint_webinar',
      partnerIds: [partner.id],
      startDate: '2026-06-01',
      endDate: '2026-06-01',
      status: 'cancelled',
    });
    await ok(backend, 'calendar.create', {
      title: 'Spring webinar',
      kind: 'joint_webinar',
      partnerIds: [partner.id],
      startDate: '2026-03-03',
      endDate: '2026-03-03',
    });
    await ok(backend, 'actuals.set', {
      partnerId: partner.id,
      period: '2026-02',
      measure: 'leads',
      value: 40,
    });

    const facts = backend.state.require().repos.partnershipFacts.load({ today });
    expect(facts).toHaveLength(1);
    expect(facts[0]?.facts).toMatchObject({
      name: 'Globex',
      agreement: { status: 'signed', exclusivityEndDate: '2026-07-31', terminationNoticeDays: 30 },
      charter: { successDefinition: 'Ten deals', cadence: 'quarterly' },
      kpiCategories: ['revenue'],
      lastCheckInDate: '2026-04-02',
      lastMeetingDate: '2026-04-02',
      lastActivityDate: '2026-03-03',
      lastActualDate: '2026-02-28',
      fit: null,
      risks: [],
      openDeliverables: { ours: 0, theirs: 0 },
    });
    expect(facts[0]?.governance).toEqual({
      ownerOurs: true,
      ownerTheirs: true,
      successDefinition: true,
      cadence: true,
      escalationPath: false,
      raci: false,
      signedAgreement: true,
    });
    // Exclusivity ends within 60 days with no decision logged: the expiring check sees it.
    const page = await ok(backend, 'health.partner', { partnerId: partner.id, today });
    expect(page.diagnostics.map((d) => d.checkId)).toEqual(['expiring']);
    expect(page.diagnostics[0]?.reason).toBe(
      'Exclusivity ends on 2026-07-31, in 46 days; no renew, adjust or exit decision is logged.',
    );
  });
});
