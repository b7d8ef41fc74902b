import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface BenchContext {
  quick: boolean;
  /** Repetitions per measurement: fewer in quick mode, which only proves the benchmarks run. */
  runs: number;
  workDir: string;
}

export interface Figure {
  id: string;
  figure: string;
  unit: 'ms' | 'MB' | 'KB' | 'rows/s' | 'ratio';
  median: number;
  /** What the figure is compared with, measured in the same run (null when the goal is absolute). */
  baseline: number | null;
  baselineLabel: string | null;
  ratio: number | null;
  goal: string;
  pass: boolean;
  note?: string;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Times fn `runs` times after one warm-up; returns the median in ms. */
export async function timeMedian(
  runs: number,
  fn: () => unknown | Promise<unknown>,
  warmup = 1,
): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export function ratioFigure(
  base: Omit<Figure, 'ratio' | 'pass'>,
  maxRatio: number,
  extra: (f: Figure) => boolean = () => true,
): Figure {
  const ratio = base.baseline ? base.median / base.baseline : null;
  const figure: Figure = { ...base, ratio, pass: false };
  figure.pass = ratio !== null && ratio <= maxRatio && extra(figure);
  return figure;
}

const fmt = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));

export function printTable(figures: Figure[]): string {
  const rows = [
    ['id', 'figure', 'median', 'baseline', 'ratio', 'goal', 'result'],
    ...figures.map((f) => [
      f.id,
      f.figure,
      `${fmt(f.median)} ${f.unit}`,
      f.baseline === null ? '—' : `${fmt(f.baseline)} ${f.unit} (${f.baselineLabel})`,
      f.ratio === null ? '—' : `${fmt(f.ratio, 2)}×`,
      f.goal,
      f.pass ? 'pass' : 'FAIL',
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

export function writeJson(path: string, figures: Figure[], quick: boolean): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    JSON.stringify({ quick, measuredAt: new Date().toISOString(), figures }, null, 2),
  );
}
