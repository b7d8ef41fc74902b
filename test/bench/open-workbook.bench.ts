import Database from 'better-sqlite3';
import type { BenchContext, Figure } from './harness.ts';
import { median, ratioFigure, timeMedian } from './harness.ts';
import { benchBackend, largeWorkbook, must } from './large-workbook.ts';

/**
 * P4: open the large workbook up to the first screen (probe, version check, pragmas, the first
 * screen's queries) against a raw better-sqlite3 open plus one count(*) per table.
 */
export async function benchOpenWorkbook(ctx: BenchContext): Promise<Figure[]> {
  const path = await largeWorkbook(ctx);
  const backend = benchBackend(ctx, 'p4');
  const samples: number[] = [];
  for (let i = 0; i <= ctx.runs; i += 1) {
    const start = performance.now();
    await must(backend.call('workbook.open', { path }));
    await must(backend.call('workbook.current', {}));
    await must(backend.call('partners.list', { search: '', includeArchived: false }));
    if (i > 0) samples.push(performance.now() - start);
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
      },
      2,
    ),
  ];
}
