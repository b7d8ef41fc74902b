import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend.ts';
import { defaultScorecardCriteriaConfig } from '../../shared/contract/index.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

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

/** A workbook with `partners` partners, three months of actuals each, and a KPI-sourced criterion. */
async function seeded(partners: number) {
  const { backend } = await backendWithWorkbook(tempDir());
  const kpi = await ok(backend, 'kpis.create', {
    name: 'Enablement',
    category: 'operational',
    unit: '%',
  });
  const settings = await ok(backend, 'settings.get', {});
  await ok(backend, 'settings.updateParams', {
    ...settings.params,
    scorecardCriteria: defaultScorecardCriteriaConfig.map((c) =>
      c.key === 'enablement_completion'
        ? { ...c, source: { kind: 'kpi' as const, kpiId: kpi.id } }
        : c,
    ),
  });
  const names = Array.from({ length: partners }, (_, i) => `Partner ${String(i).padStart(3, '0')}`);
  // One transaction for all partners: each write call is an fsync, which is slow on a busy disk.
  await ok(backend, 'partners.importCsv', {
    csvText: ['Name,Type,Tier', ...names.map((n) => `${n},channel,Gold`)].join('\n'),
    mapping: ['name', 'type', 'tier'],
  });
  const lines = ['Partner,Month,Qualified leads,Attributed revenue,Enablement'];
  names.forEach((name, i) => {
    for (const [m, month] of ['2026-01', '2026-02', '2026-03'].entries()) {
      lines.push(
        `${name},${month},${10 + ((i + m) % 15)},${1000 + i * 10 + m * 100},${50 + (i % 40)}`,
      );
    }
  });
  const listed = await ok(backend, 'partners.list', {});
  for (const partner of listed.slice(0, 5)) {
    await ok(backend, 'scorecards.setInput', {
      partnerId: partner.id,
      period: '2026-03',
      criterionKey: 'compliance',
      value: 90,
    });
  }
  const imported = await ok(backend, 'actuals.importCsv', { csvText: lines.join('\n') });
  expect(imported).toMatchObject({ imported: partners * 3, errors: [] });
  return backend;
}

async function statementsForAll(backend: Backend): Promise<{ statements: number; rows: number }> {
  const counter = countStatements(backend);
  const all = await ok(backend, 'scorecards.all', { period: '2026-03' });
  expect(all.rows.every((r) => r.score !== null)).toBe(true);
  return { statements: counter.count(), rows: all.rows.length };
}

describe('scorecards for every partner', () => {
  it(
    'run a fixed number of SQL statements, whether there are 10 partners or 200',
    { timeout: 30_000 },
    async () => {
      const small = await statementsForAll(await seeded(10));
      const large = await statementsForAll(await seeded(200));
      expect(small.rows).toBe(10);
      expect(large.rows).toBe(200);
      expect(large.statements).toBe(small.statements);
      // settings, partners, actuals, KPI links, KPI values, typed inputs
      expect(small.statements).toBe(6);
    },
  );
});
