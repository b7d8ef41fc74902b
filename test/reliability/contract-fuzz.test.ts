import Database from 'better-sqlite3';
import fc from 'fast-check';
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend.ts';
import { contract, methodNames, type MethodName } from '../../shared/contract/index.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { backendIn, createIn } from './backend-helpers.ts';
import { confinePaths, mutationsOf, oddValue } from './fuzz-values.ts';
import { arbitraryFor } from './zod-arbitrary.ts';

/**
 * Every contract method, picked up from methodNames (new modules are included automatically), gets
 * arbitrary JSON, arbitrary structured-clone values (what Electron IPC can carry) and mutations of
 * schema-generated inputs. A call may succeed or be refused with a sentence; it must never end in
 * 'internal', and a refused call must leave the workbook exactly as it was.
 *
 * Nothing is excluded. Every absolute path in an input is moved into this test's sandbox folder
 * (confinePaths), so the methods that write files (workbook.create/saveAs/open, backups.restore,
 * exports) write only there, and the process works in the sandbox so relative paths land there too.
 */
const TOTAL_RUNS = Number(process.env.PWB_FUZZ_RUNS ?? 10_000);
const runsPerMethod = Math.ceil(TOTAL_RUNS / methodNames.length);
const seed = Number(process.env.PWB_FUZZ_SEED ?? Math.floor(Math.random() * 1e9));

let sandbox = '';
let fixture = '';
let seeded = '';
let backend: Backend;
let reader: Database.Database | null = null;
let readerInode = 0;
const previousCwd = process.cwd();

function openReader(): void {
  reader?.close();
  reader = new Database(fixture, { readonly: true });
  readerInode = statSync(fixture).ino;
}
const dataVersion = (): number => {
  if (!reader || statSync(fixture).ino !== readerInode) openReader();
  return reader?.pragma('data_version', { simple: true }) as number;
};

/** The fixture workbook, open for editing, as every run starts. */
async function ensureFixtureOpen(): Promise<void> {
  const open = backend.state.workbook;
  if (open && open.connection.path === fixture && !open.connection.readOnly) return;
  const result = await backend.call('workbook.open', { path: fixture });
  if (!result.ok) throw new Error(`cannot reopen the fixture: ${result.error.message}`);
}

/** A fresh copy of the seeded workbook (a new file, so no connection sees the old one's journal). */
async function restoreSeededFixture(): Promise<void> {
  reader?.close();
  reader = null;
  await backend.call('workbook.close', {});
  for (const suffix of ['-wal', '-shm']) rmSync(`${fixture}${suffix}`, { force: true });
  copyFileSync(seeded, `${fixture}.next`);
  renameSync(`${fixture}.next`, fixture);
  await ensureFixtureOpen();
  openReader();
}

/** Seeds rows for every module by calling its creating methods with generated inputs. */
async function seedEveryModule(): Promise<number> {
  let created = 0;
  const creators = methodNames.filter(
    (m) =>
      contract[m].kind === 'write' &&
      contract[m].needsWorkbook &&
      /\.(create|add\w*|save|set\w*)$/.test(m),
  );
  for (let pass = 0; pass < 3; pass++) {
    for (const method of creators) {
      const samples = fc.sample(arbitraryFor(contract[method].input), {
        numRuns: 15,
        seed: seed + pass,
      });
      for (const input of samples) if ((await backend.call(method, input)).ok) created++;
    }
  }
  return created;
}

beforeAll(async () => {
  sandbox = mkdtempSync(join(tmpdir(), 'pwb-fuzz-'));
  process.chdir(sandbox);
  backend = backendIn(sandbox, { postOpenDelayMs: 3_600_000 });
  fixture = join(sandbox, 'fixture.pwb');
  await createIn(backend, fixture);
  const rows = await seedEveryModule();
  expect(rows).toBeGreaterThan(20);
  await backend.call('workbook.close', {});
  seeded = join(sandbox, 'seeded.pwb.copy');
  copyFileSync(fixture, seeded);
  mkdirSync(join(sandbox, 'home'), { recursive: true });
});

afterAll(() => {
  reader?.close();
  backend?.close();
  process.chdir(previousCwd);
  rmSync(sandbox, { recursive: true, force: true });
});

interface Finding {
  method: string;
  problem: string;
  input: string;
}

const show = (value: unknown): string => {
  try {
    return fc.stringify(value).slice(0, 300);
  } catch {
    return String(value).slice(0, 300);
  }
};

describe('every contract method under arbitrary input', () => {
  const findings: Finding[] = [];
  const stats = {
    runs: 0,
    accepted: 0,
    refused: 0,
    dumpsCompared: 0,
    schemaValid: 0,
    callMs: 0,
    setupMs: 0,
  };

  it.each(methodNames.map((m) => [m]))('%s', async (method: MethodName) => {
    const setupFrom = performance.now();
    await restoreSeededFixture();
    stats.setupMs += performance.now() - setupFrom;
    const schema = contract[method].input;
    const generated = arbitraryFor(schema);
    const input = fc.oneof(
      { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
      { weight: 1, arbitrary: oddValue },
      { weight: 2, arbitrary: generated },
      { weight: 4, arbitrary: mutationsOf(generated) },
    );
    let runsHere = 0;
    await fc.assert(
      fc.asyncProperty(input, async (raw) => {
        const value = confinePaths(raw, sandbox);
        runsHere++;
        stats.runs++;
        if (schema.safeParse(value).success) stats.schemaValid++;
        const versionBefore = dataVersion();
        const dumpBefore = stats.runs % 97 === 0 ? canonicalDump(fixture) : null;
        let result;
        const callFrom = performance.now();
        try {
          result = await backend.call(method, value);
          stats.callMs += performance.now() - callFrom;
        } catch (error) {
          findings.push({ method, problem: `threw: ${String(error)}`, input: show(value) });
          return;
        }
        if (result.ok) stats.accepted++;
        else {
          stats.refused++;
          if (result.error.code === 'internal')
            findings.push({ method, problem: result.error.message, input: show(value) });
          if (backend.state.workbook?.connection.path === fixture) {
            // data_version moves when another connection (the backend's) commits: any commit at all.
            if (dataVersion() !== versionBefore)
              findings.push({ method, problem: 'a refused call committed', input: show(value) });
            if (dumpBefore !== null) {
              stats.dumpsCompared++;
              if (canonicalDump(fixture) !== dumpBefore)
                findings.push({
                  method,
                  problem: 'a refused call changed rows',
                  input: show(value),
                });
            }
          }
        }
        await ensureFixtureOpen();
      }),
      { numRuns: runsPerMethod, seed, endOnFailure: true },
    );
    expect(runsHere).toBe(runsPerMethod);
    expect(
      findings.filter((f) => f.method === method),
      `seed ${seed}`,
    ).toEqual([]);
  });

  it(`made at least ${TOTAL_RUNS} calls in all, each checked`, () => {
    expect(stats.runs).toBeGreaterThanOrEqual(TOTAL_RUNS);
    expect(stats.refused).toBeGreaterThan(0);
    expect(stats.accepted).toBeGreaterThan(0);
    expect(findings).toEqual([]);
  });

  afterAll(() => {
    console.log(
      `contract fuzz (seed ${seed}): ${methodNames.length} methods, ${JSON.stringify(stats)}`,
    );
  });
});
