// npm run soak: the crash-safety trials of test/reliability at soak length (1,000 kills by default;
// PWB_CRASH_TRIALS and PWB_CRASH_SEED override). Prints the report; exits 1 on any failure.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleChildren } from '../reliability/child-processes.ts';
import { runCrashTrials } from '../reliability/crash-harness.ts';

const trials = Number(process.env.PWB_CRASH_TRIALS ?? 1000);
const seed = Number(process.env.PWB_CRASH_SEED ?? Math.floor(Math.random() * 1e6));
const bundle = await bundleChildren();
const dir = mkdtempSync(join(tmpdir(), 'pwb-soak-'));
try {
  const report = await runCrashTrials({
    trials,
    lanes: Math.max(2, availableParallelism()),
    seed,
    dir,
    crashScript: bundle.crash,
  });
  console.log(JSON.stringify({ seed, ...report }, null, 2));
  const failures =
    report.integrityFailures.length +
    report.missing.length +
    report.phantoms.length +
    report.halfApplied.length +
    report.childErrors.length;
  console.log(
    failures === 0
      ? `soak passed: ${trials} kills, ${report.acknowledged} acknowledged commits, 0 lost, 0 integrity failures, 0 half-applied edits (${Math.round(report.durationMs / 1000)} s)`
      : `soak FAILED with ${failures} problems; replay with PWB_CRASH_SEED=${seed}`,
  );
  process.exitCode = failures === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
  bundle.dispose();
}
