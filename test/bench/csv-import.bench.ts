import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { BenchContext, Figure } from './harness.ts';
import { median } from './harness.ts';
import type { Backend } from '../../electron/backend/backend.ts';
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

/**
 * P7: CSV import of 5,000 partners through the router (parse, map, validate every row with the
 * form's schema, insert in one transaction) against a raw prepared INSERT of the same rows into the
 * same table of a fresh workbook (same schema, indexes and pragmas), in one transaction. Only the
 * import call is timed; making the empty workbook is not part of either figure.
 */
export async function benchCsvImport(ctx: BenchContext): Promise<Figure[]> {
  const count = ctx.quick ? 500 : 5000;
  const data = rows(count);
  const csvText = [header.join(','), ...data.map((r) => r.join(','))].join('\n');
  const runs = ctx.quick ? 2 : 7;

  const emptyWorkbook = async (name: string): Promise<Backend> => {
    const backend = benchBackend(ctx, name);
    await must(
      backend.call('workbook.create', {
        path: join(ctx.workDir, `${name}.pwb`),
        orgName: 'Bench',
        clientName: 'Bench',
        currency: 'EUR',
      }),
    );
    return backend;
  };

  const importTimes: number[] = [];
  const rawTimes: number[] = [];
  // Alternate the two so a busy moment on a shared machine lands on both alike.
  for (let run = 0; run <= runs; run += 1) {
    const backend = await emptyWorkbook(`p7-${run}`);
    let start = performance.now();
    const result = await must<{ imported: number }>(
      backend.call('partners.importCsv', { csvText, mapping: header, mode: 'all-or-nothing' }),
    );
    const importMs = performance.now() - start;
    if (result.imported !== count) throw new Error(`imported ${result.imported} of ${count}`);
    backend.close();

    const rawPath = join(ctx.workDir, `p7-raw-${run}.pwb`);
    (await emptyWorkbook(`p7-raw-${run}`)).close();
    const db = new Database(rawPath, { fileMustExist: true });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const insert = db.prepare(
      `INSERT INTO partners (name, type, stage, maturity, tier, segment, region, website,
         audience_size, owner_ours, owner_theirs, goal_ours, goal_theirs, tags, notes, archived,
         created_at, updated_at)
       VALUES (?, ?, ?, 'exploratory', ?, ?, ?, ?, NULL, ?, ?, '', '', '[]', ?, 0, ?, ?)`,
    );
    start = performance.now();
    const now = new Date().toISOString();
    db.transaction(() => {
      for (const r of data) insert.run(...r, now, now);
    })();
    const rawMs = performance.now() - start;
    db.close();
    // The first pass warms both paths up.
    if (run > 0) {
      importTimes.push(importMs);
      rawTimes.push(rawMs);
    }
  }
  const imported = median(importTimes);
  const raw = median(rawTimes);
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
      baselineLabel: 'raw prepared INSERT, same table',
      ratio: share,
      goal: '≥ 50 % of raw',
      pass: share >= 0.5,
      note: `import ${imported.toFixed(0)} ms vs raw ${raw.toFixed(0)} ms (ratio is throughput share)`,
    },
  ];
}
