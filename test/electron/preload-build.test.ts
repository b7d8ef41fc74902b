import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { resolveConfig } from 'electron-vite';
import { build, type InlineConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannels, methodNames } from '../../shared/contract/index.ts';

// Builds the real preload with the real electron.vite.config.ts into a temp folder, then runs the
// output the way a sandboxed preload runs: CommonJS, and `require` knows only 'electron'.
describe('the built preload', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'pwb-preload-build-'));
  let code = '';

  beforeAll(async () => {
    const nodeEnv = process.env.NODE_ENV;
    try {
      const resolved = await resolveConfig(
        {
          configFile: join(import.meta.dirname, '..', '..', 'electron.vite.config.ts'),
          build: { outDir },
          logLevel: 'silent',
        },
        'build',
        'production',
      );
      await build(resolved.config?.preload as InlineConfig);
    } finally {
      // electron-vite's resolveConfig sets NODE_ENV for the whole process.
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    code = readFileSync(join(outDir, 'preload', 'index.cjs'), 'utf8');
  }, 60_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('is CommonJS that requires nothing but electron, and carries no zod', () => {
    const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/zod|safeParse|ZodError/);
  });

  it('exposes every contract method when run in a sandbox-like context', () => {
    const exposed = new Map<string, Record<string, unknown>>();
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api),
      },
      ipcRenderer: {
        invoke: (...args: unknown[]) => (
          invoked.push(args),
          Promise.resolve({ ok: true, value: null })
        ),
        send: () => undefined,
        on: () => undefined,
      },
    };
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${id}`);
    };
    const module = { exports: {} };
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });

    const workbook = exposed.get('workbook');
    expect(Object.keys(workbook ?? {}).sort()).toEqual([...methodNames].sort());
    for (const method of methodNames)
      void (workbook?.[method] as (input: unknown) => unknown)({ probe: method });
    expect(invoked).toEqual(
      methodNames.map((method) => [ipcChannels.call, method, { probe: method }]),
    );
    expect(Object.keys(exposed.get('workbookShell') ?? {}).sort()).toEqual([
      'onMenu',
      'pickOpenPath',
      'pickSavePath',
      'workbookChanged',
    ]);
  });
});
