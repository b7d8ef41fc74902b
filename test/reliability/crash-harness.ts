import { closeSync, cpSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultMigrationsFolder, readSchemaVersion } from '../../db/migrations-info.ts';
import type { Backend } from '../../electron/backend/backend.ts';
import { backendIn, createIn } from './backend-helpers.ts';
import { exited, jsonLines, startChild } from './child-processes.ts';
import { ExpectedWorkbook, Snapshot, type LogEntry } from './crash-model.ts';
import { mulberry32 } from './crash-ops.ts';

export interface CrashOptions {
  trials: number;
  /** Workbooks killed side by side (one child each): the machine's cores. */
  lanes: number;
  seed: number;
  dir: string;
  crashScript: string;
  /** Set by runCrashTrials: a copy taken at the start, so a migration added meanwhile changes nothing. */
  migrationsFolder: string;
}

export interface CrashReport {
  trials: number;
  killsDuringEdits: number;
  killsDuringStartup: number;
  acknowledged: number;
  inFlightCommitted: number;
  inFlightRolledBack: number;
  integrityFailures: string[];
  missing: string[];
  phantoms: string[];
  halfApplied: string[];
  childErrors: string[];
  rowsAtEnd: number;
  /** Where the time went, summed over lanes: waiting for a child to load, its run, verifying. */
  phaseMs: { loading: number; running: number; verifying: number };
  /** From go to ready: open (probe, lock, SQLite, WAL recovery) in the child. */
  medianOpenMs: number;
  durationMs: number;
}

const PRELOADED = 2;

const ofLines = (text: string): LogEntry[] =>
  text
    .split('\n')
    .filter((line) => line.endsWith('}'))
    .map((line) => JSON.parse(line) as LogEntry);

/** One workbook, crashed trial after trial; the parent verifies it after every kill. */
async function runLane(
  lane: number,
  trials: number[],
  options: CrashOptions,
  report: CrashReport,
  readyTimes: number[],
) {
  const dir = join(options.dir, `lane-${lane}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'crash.pwb');
  const logPath = join(dir, 'acks.log');
  closeSync(openSync(logPath, 'a'));
  const verifier: Backend = backendIn(dir, {
    postOpenDelayMs: 3_600_000,
    migrationsFolder: options.migrationsFolder,
    appSchemaVersion: readSchemaVersion(options.migrationsFolder),
  });
  await createIn(verifier, path);
  await verifier.call('workbook.close', {});
  const expected = new ExpectedWorkbook();
  const random = mulberry32(options.seed + lane);

  const spawnFor = (trial: number) => {
    const child = startChild(options.crashScript, [
      path,
      join(dir, 'child-data'),
      options.migrationsFolder,
      logPath,
      String(options.seed * 100_003 + trial),
      String((trial + 1) * 1_000_000),
    ]);
    const lines = jsonLines(child);
    const loaded = lines.next<{ loaded: boolean }>();
    loaded.catch(() => undefined);
    return { child, lines, loaded };
  };
  // Processes for the next trials load their modules while this one runs (they wait for "go").
  const upcoming = trials.slice(0, PRELOADED).map(spawnFor);

  for (const [index, trial] of trials.entries()) {
    const current = upcoming.shift();
    if (!current) break;
    const { child, lines, loaded } = current;
    const waitFrom = performance.now();
    await loaded;
    report.phaseMs.loading += performance.now() - waitFrom;
    const later = trials[index + PRELOADED];
    if (later !== undefined) upcoming.push(spawnFor(later));
    const logStart = statSync(logPath).size;
    const started = performance.now();
    child.stdin?.write('go\n');
    const duringEdits = random() < 0.7;
    const ready = lines.next<{ ready: boolean }>().then(
      () => readyTimes.push(performance.now() - started),
      () => undefined,
    );
    const typicalOpen = readyTimes.length
      ? readyTimes.reduce((a, b) => a + b) / readyTimes.length
      : 100;
    if (duringEdits) {
      await ready;
      await new Promise((r) => setTimeout(r, random() * 250));
    } else {
      await new Promise((r) => setTimeout(r, random() * typicalOpen * 1.2));
    }
    const killed = child.kill('SIGKILL');
    await exited(child);
    if (duringEdits) report.killsDuringEdits++;
    else report.killsDuringStartup++;
    const verifyFrom = performance.now();
    report.phaseMs.running += verifyFrom - started;

    const entries = ofLines(readFileSync(logPath, 'utf8').slice(logStart));
    for (const error of entries.filter((e) => e.t === 'error'))
      report.childErrors.push(`trial ${trial}: ${error.message}`);
    if (!killed && entries.every((e) => e.t !== 'error'))
      report.childErrors.push(`trial ${trial}: the child exited before the kill`);

    const opened = await verifier.call('workbook.open', { path });
    if (!opened.ok) {
      report.integrityFailures.push(`trial ${trial}: ${opened.error.message}`);
      break;
    }
    const { sqlite } = verifier.state.require().connection;
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    const foreignKeys = sqlite.pragma('foreign_key_check') as unknown[];
    if (integrity !== 'ok' || foreignKeys.length > 0)
      report.integrityFailures.push(
        `trial ${trial}: ${String(integrity)}, ${foreignKeys.length} foreign key faults`,
      );

    const snapshot = new Snapshot(sqlite);
    const missing: string[] = [];
    const acks = new Set(entries.filter((e) => e.t === 'ack').map((e) => e.op));
    for (const entry of entries) {
      if (entry.t === 'ack') {
        expected.apply(entry, snapshot, missing);
        report.acknowledged++;
      } else if (entry.t === 'intent' && !acks.has(entry.op)) {
        if (expected.committed(entry, snapshot)) {
          expected.apply(entry, snapshot, missing);
          report.inFlightCommitted++;
        } else report.inFlightRolledBack++;
      }
    }
    const found = expected.compare(snapshot);
    report.missing.push(...[...missing, ...found.missing].map((m) => `trial ${trial}: ${m}`));
    report.phantoms.push(...found.phantoms.map((m) => `trial ${trial}: ${m}`));
    report.halfApplied.push(...found.halfApplied.map((m) => `trial ${trial}: ${m}`));
    report.rowsAtEnd = Math.max(report.rowsAtEnd, snapshot.partners.size + snapshot.contacts.size);
    await verifier.call('workbook.close', {});
    report.phaseMs.verifying += performance.now() - verifyFrom;
    if (report.missing.length + report.phantoms.length + report.integrityFailures.length > 20)
      break;
  }
  for (const idle of upcoming) idle.child.kill('SIGKILL');
  verifier.close();
}

/** Kills a child that edits a workbook through the backend at random moments, and checks every result. */
export async function runCrashTrials(
  given: Omit<CrashOptions, 'migrationsFolder'>,
): Promise<CrashReport> {
  const started = performance.now();
  const migrationsFolder = join(given.dir, 'migrations');
  cpSync(defaultMigrationsFolder, migrationsFolder, { recursive: true });
  const options: CrashOptions = { ...given, migrationsFolder };
  const report: CrashReport = {
    trials: options.trials,
    killsDuringEdits: 0,
    killsDuringStartup: 0,
    acknowledged: 0,
    inFlightCommitted: 0,
    inFlightRolledBack: 0,
    integrityFailures: [],
    missing: [],
    phantoms: [],
    halfApplied: [],
    childErrors: [],
    rowsAtEnd: 0,
    phaseMs: { loading: 0, running: 0, verifying: 0 },
    medianOpenMs: 0,
    durationMs: 0,
  };
  const readyTimes: number[] = [];
  const lanes = Array.from({ length: options.lanes }, (_, lane) =>
    Array.from({ length: options.trials }, (_, t) => t).filter((t) => t % options.lanes === lane),
  );
  await Promise.all(
    lanes.map((trials, lane) => runLane(lane, trials, options, report, readyTimes)),
  );
  const sorted = [...readyTimes].sort((a, b) => a - b);
  report.medianOpenMs = Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
  report.durationMs = Math.round(performance.now() - started);
  for (const key of ['loading', 'running', 'verifying'] as const)
    report.phaseMs[key] = Math.round(report.phaseMs[key]);
  return report;
}
