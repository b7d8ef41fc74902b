// npm run security:electron — runs Electronegativity over electron/ offline and fails on any finding
// that build/electronegativity-allowlist.json does not accept with a reason. Electronegativity itself
// exits 0 whatever it finds, so this script is the gate.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const electronVersion = '45.4.1';
const outDir = join(root, 'test-results');
const reportPath = join(outDir, 'electronegativity.sarif');
const allowListPath = join(root, 'build', 'electronegativity-allowlist.json');

interface Finding {
  check: string;
  level: string;
  file: string;
  location: string;
  description: string;
}
interface Accepted {
  check: string;
  file: string;
  reason: string;
  test?: string;
}

interface Sarif {
  runs: {
    results: {
      ruleId: string;
      level?: string;
      message?: { text?: string };
      locations?: {
        physicalLocation?: {
          artifactLocation?: { uri?: string };
          region?: { startLine?: number; startColumn?: number };
        };
      }[];
    }[];
  }[];
}

/**
 * Findings from Electronegativity's SARIF report. (Its CSV report cannot be relied on: a finding
 * whose code sample spans lines comes out mangled, and which one varies from run to run.)
 */
function parseFindings(sarif: string): Finding[] {
  const report = JSON.parse(sarif) as Sarif;
  return report.runs.flatMap((run) =>
    run.results.map((result) => {
      const where = result.locations?.[0]?.physicalLocation;
      return {
        check: result.ruleId,
        level: result.level ?? 'warning',
        file: where?.artifactLocation?.uri ?? '',
        location: `${where?.region?.startLine ?? '?'}:${where?.region?.startColumn ?? '?'}`,
        description: result.message?.text ?? '',
      };
    }),
  );
}

function main(): number {
  mkdirSync(outDir, { recursive: true });
  const run = spawnSync(
    join(root, 'node_modules', '.bin', 'electronegativity'),
    ['-i', join(root, 'electron'), '-e', electronVersion, '-o', reportPath, '-r', '-v', 'false'],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error(`Electronegativity failed to run (exit ${run.status}).`);
    return 2;
  }
  const findings = parseFindings(readFileSync(reportPath, 'utf8'));
  const allowList = (JSON.parse(readFileSync(allowListPath, 'utf8')) as { accepted: Accepted[] })
    .accepted;
  const missingReason = allowList.filter((entry) => !entry.reason?.trim());
  if (missingReason.length) {
    console.error('Allow-list entries without a reason:', missingReason);
    return 1;
  }
  const accepted = (f: Finding) =>
    allowList.find((entry) => entry.check === f.check && entry.file === f.file);
  const open = findings.filter((f) => !accepted(f));
  const unused = allowList.filter((entry) => !findings.some((f) => accepted(f) === entry));

  console.log(
    `Electronegativity (Electron ${electronVersion}) over electron/: ${findings.length} findings, ${findings.length - open.length} accepted with a reason, ${open.length} open.`,
  );
  for (const f of findings) {
    const entry = accepted(f);
    console.log(
      `  ${entry ? 'accepted' : 'OPEN    '}  ${f.check} ${f.level} ${f.file}:${f.location}${entry ? ` — ${entry.reason}` : ` — ${f.description}`}`,
    );
  }
  for (const entry of unused)
    console.log(`  note: allow-list entry no longer needed: ${entry.check} ${entry.file}`);
  if (open.length) {
    console.error(
      `\n${open.length} finding(s) need a fix, or a reasoned entry in build/electronegativity-allowlist.json.`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = main();
