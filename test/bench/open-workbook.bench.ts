import Database from 'better-sqlite3';
import type { BenchContext, Figure } from './harness.ts';
import { median, ratioFigure, timeMedian } from './harness.ts';
import { benchBackend, largeWorkbook, must } from './large-workbook.ts';

/** What the renderer asks for when a workbook opens: the shell, then the dashboard's cards. */
export const firstScreenCalls: [method: string, input: unknown][] = [
  ['workbook.current', {}],
  ['settings.get', {}],
  ['dashboard.get', { today: '2026-11-21' }],
  ['firstProgram.get', {}],
  ['forecast.compute', { partnerId: null }],
];

/**
 * P4: open the large workbook up to the first screen (probe, version check, pragmas, then every
 * request of the first screen, the dashboard) against a raw better-sqlite3 open plus one count(*)
 * per table. The integrity check and the on-open backup come later, in a worker thread.
 */
export async function benchOpenWorkbook(ctx: BenchContext): Promise<Figure[]> {
  const path = await largeWorkbook(ctx);
  const backend = benchBackend(ctx, 'p4');
  const samples: number[] = [];
  const perCall = new Map<string, number[]>();
  for (let i = 0; i <= ctx.runs; i += 1) {
    const start = performance.now();
    await must(backend.call('workbook.open', { path }));
    const opened = performance.now();
    for (const [method, input] of firstScreenCalls) {
      const before = performance.now();
      await must(backend.call(method, input));
      if (i > 0) perCall.set(method, [...(perCall.get(method) ?? []), performance.now() - before]);
    }
    if (i > 0) {
      samples.push(performance.now() - start);
      perCall.set('workbook.open', [...(perCall.get('workbook.open') ?? []), opened - start]);
    }
    await must(backend.call('workbook.close', {}));
  }
  const open = median(samples);
  backend.close();

  const raw = await timeMedian(ctx.runs, () => {
    const db = new Database(path, { fileMustExist: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    for (const { name } of tables) db.prepare(`SELECT count(*) FROM "${name}"`).get();
    db.close();
  });

  return [
    ratioFigure(
      {
        id: 'P4',
        figure: `open the large workbook to the first screen (${ctx.quick ? 500 : 5000} partners)`,
        unit: 'ms',
        median: open,
        baseline: raw,
        baselineLabel: 'raw open + count(*) per table',
        goal: '≤ 2×',
        note: [...perCall.entries()]
          .map(([method, times]) => `${method} ${median(times).toFixed(1)} ms`)
          .join(', '),
      },
      2,
    ),
  ];
}
