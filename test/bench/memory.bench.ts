import { execFileSync } from 'node:child_process';
import type { BenchContext, Figure } from './harness.ts';
import { largeWorkbook } from './large-workbook.ts';
import { firstScreenCalls } from './open-workbook.bench.ts';

/**
 * P10: resident memory of a fresh process with the large workbook open, its first screen (the
 * dashboard's requests), the partner list and the scorecards computed. Measured in a child process so earlier benchmarks do not count.
 */
export async function benchMemory(ctx: BenchContext): Promise<Figure[]> {
  const path = await largeWorkbook(ctx);
  const script = `
    import { benchBackend, must } from ${JSON.stringify(new URL('./large-workbook.ts', import.meta.url).pathname)};
    const backend = benchBackend({ quick: true, runs: 1, workDir: ${JSON.stringify(ctx.workDir)} }, 'p10');
    await must(backend.call('workbook.open', { path: ${JSON.stringify(path)} }));
    for (const [method, input] of ${JSON.stringify(firstScreenCalls)}) await must(backend.call(method, input));
    await must(backend.call('partners.list', { search: '', includeArchived: false }));
    await must(backend.call('scorecards.all', { period: '2026-10' }));
    globalThis.gc?.();
    console.log(JSON.stringify({ rss: process.memoryUsage().rss }));
    backend.close();
  `;
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      encoding: 'utf8',
      cwd: process.cwd(),
    },
  );
  const rss =
    (JSON.parse(out.trim().split('\n').pop() ?? '{}') as { rss: number }).rss / 1024 / 1024;
  return [
    {
      id: 'P10',
      figure:
        'backend memory, large workbook open, dashboard, partner list and scorecards computed',
      unit: 'MB',
      median: rss,
      baseline: null,
      baselineLabel: null,
      ratio: null,
      goal: '≤ 300 MB RSS',
      pass: rss <= 300,
    },
  ];
}
