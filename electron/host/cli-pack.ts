import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packSectionIds, type PackSectionId } from '../../shared/contract/index.ts';
import { projectRoot, rendererBuildDir } from '../backend/paths.ts';
import { rendererBuildState } from './renderer-build.ts';
import { createNodeBackend } from './backend-for-node.ts';
import { startHost } from './server.ts';

type Out = (line: string) => void;

const lastFullMonth = (now = new Date()): string => {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

const list = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : undefined;

/** The renderer build to print from, and the sources it must be newer than. */
export interface PackBuild {
  dir: string;
  sourceDirs: string[];
}

const appBuild: PackBuild = {
  dir: rendererBuildDir,
  sourceDirs: ['renderer', 'shared'].map((d) => join(projectRoot, d)),
};

/** `pwb pack`: opens the workbook read-only, serves the renderer on loopback, prints, stops. */
export async function pack(
  args: string[],
  out: Out,
  err: Out,
  build: PackBuild = appBuild,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      sections: { type: 'string' },
      partners: { type: 'string' },
      paper: { type: 'string', default: 'a4' },
      period: { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || !values.out) {
    err(
      'Usage: pwb pack FILE --out PACK.pdf [--sections a,b] [--partners 1,2] [--paper a4|letter] [--period YYYY-MM]',
    );
    return 2;
  }
  const sections = list(values.sections);
  const unknown = sections?.filter((s) => !(packSectionIds as readonly string[]).includes(s)) ?? [];
  if (unknown.length > 0) {
    err(`Unknown section(s): ${unknown.join(', ')}. Sections are: ${packSectionIds.join(', ')}.`);
    return 2;
  }

  const state = rendererBuildState(build.dir, build.sourceDirs);
  if (state === 'missing') {
    err('The app is not built yet, so there is nothing to print. Run: npm run build:renderer');
    return 1;
  }
  if (state === 'stale') {
    err(
      'The app was changed after its last build, so the pack would print the older version. Run: npm run build:renderer',
    );
    return 1;
  }
  const ownDataDir = values['data-dir'] ? null : mkdtempSync(join(tmpdir(), 'pwb-pack-'));
  const backend = createNodeBackend(
    values['data-dir'] ? resolve(values['data-dir']) : (ownDataDir ?? undefined),
  );
  const host = await startHost({ backend, staticDir: build.dir });
  try {
    const opened = await backend.call('workbook.open', { path: resolve(file), readOnly: true });
    if (!opened.ok) {
      err(opened.error.message);
      return 1;
    }
    const started = Date.now();
    const result = await backend.call('pack.export', {
      path: resolve(values.out),
      sections: sections as PackSectionId[] | undefined,
      partnerIds: list(values.partners)?.map(Number),
      paper: values.paper,
      period: values.period ?? lastFullMonth(),
    });
    if (!result.ok) {
      err(result.error.message);
      return 1;
    }
    const { pages, bytes } = result.value as { pages: number; bytes: number };
    out(
      `Wrote ${resolve(values.out)}: ${pages} pages, ${Math.round(bytes / 1024)} KB, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return 0;
  } finally {
    await host.close();
    backend.close();
    if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
  }
}
