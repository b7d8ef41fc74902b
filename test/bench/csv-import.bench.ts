import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { BenchContext, Figure } from './harness.ts';
import { timeMedian } from './harness.ts';
import { benchBackend, must } from './large-workbook.ts';

const header = [
  'name',
  'type',
  'stage',
  'tier',
  'segment',
  'region',
  'website',
  'ownerOurs',
  'ownerTheirs',
  'notes',
];

function rows(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    `Imported Partner ${i + 1}`,
    i % 2 ? 'integration' : 'co_marketing',
    i % 3 ? 'active' : 'identified',
    i % 4 ? 'Gold' : 'Silver',
    'Mid-market retail',
    'EMEA',
    `https://partner${i + 1}.example`,
    'Ana Ruiz',
    'Sam Lee',
    'Met at the spring summit',
  ]);
}

/** P7: CSV import of 5,000 partners through the router against a raw transactional insert. */
export async function benchCsvImport(ctx: BenchContext): Promise<Figure[]> {
  const count = ctx.quick ? 500 : 5000;
  const data = rows(count);
  const csvText = [header.join(','), ...data.map((r) => r.join(','))].join('\n');
  const runs = ctx.quick ? 2 : 5;

  let n = 0;
  const imported = await timeMedian(
    runs,
    async () => {
      const backend = benchBackend(ctx, `p7-${n}`);
      const path = join(ctx.workDir, `p7-${n++}.pwb`);
      await must(
        backend.call('workbook.create', {
          path,
          orgName: 'Bench',
          clientName: 'Bench',
          currency: 'EUR',
        }),
      );
      const result = await must<{ imported: number }>(
        backend.call('partners.importCsv', { csvText, mapping: header, mode: 'all-or-nothing' }),
      );
      if (result.imported !== count) throw new Error(`imported ${result.imported} of ${count}`);
      backend.close();
    },
    0,
  );

  let m = 0;
  const raw = await timeMedian(
    runs,
    () => {
      const db = new Database(join(ctx.workDir, `p7-raw-${m++}.db`));
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec(
        'CREATE TABLE partners (id INTEGER PRIMARY KEY, name TEXT, type TEXT, stage TEXT, tier TEXT, segment TEXT, region TEXT, website TEXT, owner_ours TEXT, owner_theirs TEXT, notes TEXT, created_at TEXT, updated_at TEXT)',
      );
      const insert = db.prepare(
        'INSERT INTO partners (name, type, stage, tier, segment, region, website, owner_ours, owner_theirs, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const now = new Date().toISOString();
      db.transaction(() => {
        for (const r of data) insert.run(...r, now, now);
      })();
      db.close();
    },
    0,
  );

  const throughput = (count / imported) * 1000;
  const rawThroughput = (count / raw) * 1000;
  const share = throughput / rawThroughput;
  return [
    {
      id: 'P7',
      figure: `CSV import of ${count} partners (validate, map, insert in one transaction)`,
      unit: 'rows/s',
      median: throughput,
      baseline: rawThroughput,
      baselineLabel: 'raw transactional insert',
      ratio: share,
      goal: '≥ 50 % of raw',
      pass: share >= 0.5,
      note: `import ${imported.toFixed(0)} ms vs raw ${raw.toFixed(0)} ms (ratio is throughput share)`,
    },
  ];
}
