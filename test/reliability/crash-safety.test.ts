import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleChildren } from './child-processes.ts';
import { runCrashTrials } from './crash-harness.ts';

const trials = Number(process.env.PWB_CRASH_TRIALS ?? 200);
const seed = Number(process.env.PWB_CRASH_SEED ?? Math.floor(Math.random() * 1e6));

describe('crash safety', () => {
  it(`keeps every acknowledged edit and a healthy file through ${trials} kills at random moments`, async () => {
    const bundle = await bundleChildren();
    const dir = mkdtempSync(join(tmpdir(), 'pwb-crash-'));
    try {
      const report = await runCrashTrials({
        trials,
        lanes: 3,
        seed,
        dir,
        crashScript: bundle.crash,
      });
      mkdirSync(join('test-results', 'reliability'), { recursive: true });
      writeFileSync(
        join('test-results', 'reliability', 'crash-report.json'),
        JSON.stringify({ seed, ...report }, null, 2),
      );
      console.log(
        `crash safety (seed ${seed}):`,
        JSON.stringify({ ...report, missing: report.missing.length }),
      );

      const replay = `replay with PWB_CRASH_SEED=${seed}`;
      expect(report.childErrors, replay).toEqual([]);
      expect(report.integrityFailures, replay).toEqual([]);
      expect(report.missing, replay).toEqual([]);
      expect(report.phantoms, replay).toEqual([]);
      expect(report.halfApplied, replay).toEqual([]);
      expect(report.killsDuringEdits + report.killsDuringStartup).toBe(trials);
      expect(report.killsDuringEdits).toBeGreaterThan(trials / 2);
      expect(report.acknowledged).toBeGreaterThan(trials);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      bundle.dispose();
    }
    // ~70 CPU-seconds for 200 trials: well under 90 s on two idle cores, minutes on a busy machine.
  }, 600_000);
});
