import react from '@vitejs/plugin-react';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { rendererConfig } from '../../renderer/vite.config.ts';
import type { BenchContext, Figure } from './harness.ts';
import { ratioFigure } from './harness.ts';

/** Gzipped bytes of the JavaScript a page loads before it shows anything: the entry and its preloads. */
function initialJsGzip(outDir: string): number {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g))
    if (match[1]) files.add(match[1]);
  let total = 0;
  for (const file of files)
    total += gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  return total;
}

const helloMain = `import '@mantine/core/styles.css';
import { Button, MantineProvider, Text } from '@mantine/core';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')!).render(
  <MantineProvider><Text>Hello</Text><Button>OK</Button></MantineProvider>,
);
`;

/** P11: initial renderer JavaScript, gzipped, against a React + Mantine hello world built the same way. */
export async function benchBundleSize(ctx: BenchContext): Promise<Figure[]> {
  const appOut = join(ctx.workDir, 'p11-app');
  await build({
    ...rendererConfig,
    logLevel: 'silent',
    build: { ...rendererConfig.build, outDir: appOut },
  });

  // Inside the repository, so the hello world resolves the same node_modules.
  const helloRoot = join(process.cwd(), 'test-results', 'p11-hello-src');
  mkdirSync(helloRoot, { recursive: true });
  writeFileSync(
    join(helloRoot, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="./main.tsx"></script>',
  );
  writeFileSync(join(helloRoot, 'main.tsx'), helloMain);
  const helloOut = join(ctx.workDir, 'p11-hello');
  await build({
    root: helloRoot,
    base: './',
    logLevel: 'silent',
    plugins: [react()],
    resolve: { alias: {} },
    build: { outDir: helloOut, emptyOutDir: true },
  });

  const app = initialJsGzip(appOut) / 1024;
  const hello = initialJsGzip(helloOut) / 1024;
  return [
    ratioFigure(
      {
        id: 'P11',
        figure: 'initial renderer JavaScript, gzipped',
        unit: 'KB',
        median: app,
        baseline: hello,
        baselineLabel: 'React + Mantine hello world',
        goal: '≤ 2.5×',
      },
      2.5,
    ),
  ];
}
