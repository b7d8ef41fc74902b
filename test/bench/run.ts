import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchBundleSize } from './bundle-size.bench.ts';
import { benchFieldEdit } from './field-edit.bench.ts';
import type { BenchContext, Figure } from './harness.ts';
import { printTable, writeJson } from './harness.ts';
import { benchMonteCarlo } from './monte-carlo.bench.ts';
import { benchOpenWorkbook } from './open-workbook.bench.ts';
import { benchPackPrint } from './pack-print.bench.ts';
import { benchPartnerFilter } from './partner-filter.bench.ts';
import { benchRendererReady } from './renderer-ready.bench.ts';
import { benchCsvImport } from './csv-import.bench.ts';
import { benchMemory } from './memory.bench.ts';
import { benchHotQueries } from './hot-queries.bench.ts';
import { benchProgramScan } from './program-scan.bench.ts';

/**
 * `npm run bench`: every performance figure of the issues, each with its baseline measured in the
 * same run. `--quick` (CI) proves every benchmark runs, with fewer repetitions and smaller data.
 */
// Measure what users run: the packaged app skips the development-only output checks.
process.env.NODE_ENV = 'production';
const quick = process.argv.includes('--quick');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const workDir = mkdtempSync(join(tmpdir(), 'pwb-bench-'));
const ctx: BenchContext = { quick, runs: quick ? 3 : 15, workDir };

const suites: [string, (ctx: BenchContext) => Promise<Figure[]>][] = [
  ['P1', benchRendererReady],
  ['P2', benchHotQueries],
  ['P3', benchProgramScan],
  ['P4', benchOpenWorkbook],
  ['P5', benchPackPrint],
  ['P6', benchFieldEdit],
  ['P7', benchCsvImport],
  ['P8', benchMonteCarlo],
  ['P9', benchPartnerFilter],
  ['P10', benchMemory],
  ['P11', benchBundleSize],
];

const figures: Figure[] = [];
try {
  for (const [id, suite] of suites) {
    if (only && !only.includes(id)) continue;
    process.stdout.write(`running ${id}…\n`);
    figures.push(...(await suite(ctx)));
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

console.log(`\n${printTable(figures)}\n`);
const out = join(process.cwd(), 'test-results', quick ? 'bench-quick.json' : 'bench.json');
writeJson(out, figures, quick);
console.log(`Wrote ${out}.`);
const failed = figures.filter((f) => !f.pass);
// Quick mode proves the benchmarks work; budgets are judged on the full run.
if (!quick && failed.length > 0) {
  console.log(
    `${failed.length} figure(s) missed their goal: ${failed.map((f) => f.id).join(', ')}`,
  );
  process.exitCode = 1;
}
