import Database from 'better-sqlite3';
import type { BenchContext, Figure } from './harness.ts';
import { median, ratioFigure } from './harness.ts';
import { benchBackend, largeWorkbook, must } from './large-workbook.ts';

const today = '2026-11-21';
const period = '2026-10';

/**
 * The tables scorecards, health and diagnostics read, each with the partner column it is grouped
 * by: the baseline scans each once with a GROUP BY, as raw SQL can at best.
 */
const tablesRead: [table: string, partnerColumn: string][] = [
  ['partners', 'id'],
  ['agreements', 'partner_id'],
  ['agreement_deliverables', 'partner_id'],
  ['charters', 'partner_id'],
  ['kpis', 'partner_id'],
  ['kpi_values', 'partner_id'],
  ['meetings', 'partner_id'],
  ['marketing_activity_partners', 'partner_id'],
  ['marketing_activities', 'status'],
  ['actuals', 'partner_id'],
  ['scorecard_inputs', 'partner_id'],
  ['fit_assessments', 'partner_id'],
  ['fit_scores', 'partner_id'],
  ['fit_red_flags', 'partner_id'],
  ['risks', 'partner_id'],
  ['decisions', 'partner_id'],
];

async function measure(
  ctx: BenchContext,
  partners: number,
  runs: number,
): Promise<{ program: number; raw: number }> {
  const path = await largeWorkbook(ctx, partners);
  const backend = benchBackend(ctx, `p3-${partners}`);
  await must(backend.call('workbook.open', { path }));
  const raw = new Database(path, { readonly: true, fileMustExist: true });
  const scans = tablesRead.map(([table, column]) =>
    raw.prepare(`SELECT "${column}", count(*), max(rowid) FROM "${table}" GROUP BY "${column}"`),
  );
  const programTimes: number[] = [];
  const rawTimes: number[] = [];
  try {
    for (let run = 0; run <= runs; run += 1) {
      let start = performance.now();
      await must(backend.call('scorecards.all', { period, includeArchived: false }));
      await must(backend.call('health.all', { today }));
      await must(backend.call('diagnostics.all', { today }));
      const program = performance.now() - start;
      start = performance.now();
      for (const scan of scans) scan.raw().all();
      const scanned = performance.now() - start;
      if (run === 0) continue;
      programTimes.push(program);
      rawTimes.push(scanned);
    }
  } finally {
    raw.close();
    backend.close();
  }
  return { program: median(programTimes), raw: median(rawTimes) };
}

/**
 * P3: scorecards, health and diagnostics of every partnership through the backend (router,
 * set-based reads, domain rules) against one raw GROUP BY scan of each table they read, over the
 * same workbook; and how the time grows from 1,000 to 10,000 partners.
 */
export async function benchProgramScan(ctx: BenchContext): Promise<Figure[]> {
  const [small, large] = ctx.quick ? [100, 1000] : [1000, 10000];
  const runs = ctx.quick ? 2 : 7;
  const atSmall = await measure(ctx, small, runs);
  const atLarge = await measure(ctx, large, runs);
  const growth = atLarge.program / atSmall.program;
  const label = (n: number) => n.toLocaleString('en');
  return [
    ratioFigure(
      {
        id: 'P3',
        figure: `scorecards + health + diagnostics, all ${label(large)} partners`,
        unit: 'ms',
        median: atLarge.program,
        baseline: atLarge.raw,
        baselineLabel: 'one raw GROUP BY scan per table read',
        goal: '≤ 3×',
      },
      3,
    ),
    ratioFigure(
      {
        id: 'P3',
        figure: `scorecards + health + diagnostics, all ${label(small)} partners`,
        unit: 'ms',
        median: atSmall.program,
        baseline: atSmall.raw,
        baselineLabel: 'one raw GROUP BY scan per table read',
        goal: '≤ 3×',
      },
      3,
    ),
    {
      id: 'P3',
      figure: `growth from ${label(small)} to ${label(large)} partners, t(${label(large)}) / t(${label(small)})`,
      unit: 'ratio',
      median: growth,
      baseline: null,
      baselineLabel: null,
      ratio: null,
      goal: '≤ 12',
      pass: growth <= 12,
    },
  ];
}
