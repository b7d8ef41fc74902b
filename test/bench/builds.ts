import react from '@vitejs/plugin-react';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { rendererConfig } from '../../renderer/vite.config.ts';
import type { BenchContext } from './harness.ts';

/**
 * The production renderer and the React + Mantine hello world it is compared with (P1, P11), each
 * built once per run with the same Vite setup. run.ts sets NODE_ENV=production first.
 */
const builds = new Map<string, Promise<string>>();

function once(key: string, make: () => Promise<string>): Promise<string> {
  let made = builds.get(key);
  if (!made) {
    made = make();
    builds.set(key, made);
  }
  return made;
}

/** The app's renderer, exactly as `npm run build:renderer` makes it. */
export function buildApp(ctx: BenchContext): Promise<string> {
  return once('app', async () => {
    const outDir = join(ctx.workDir, 'renderer-app');
    await build({
      ...rendererConfig,
      mode: 'production',
      logLevel: 'silent',
      build: { ...rendererConfig.build, outDir },
    });
    return outDir;
  });
}

/** Ready when its button is on screen. */
export const HELLO_READY_SELECTOR = 'button';

const helloMain = `import '@mantine/core/styles.css';
import { Button, MantineProvider, Text } from '@mantine/core';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')!).render(
  <MantineProvider><Text>Hello</Text><Button>OK</Button></MantineProvider>,
);
`;

/** The React + Mantine hello world, built with the app's configuration. */
export function buildHello(ctx: BenchContext): Promise<string> {
  return once('hello', async () => {
    // Inside the repository, so the hello world resolves the same node_modules.
    const root = join(process.cwd(), 'test-results', 'bench-hello-src');
    mkdirSync(root, { recursive: true });
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="./main.tsx"></script>',
    );
    writeFileSync(join(root, 'main.tsx'), helloMain);
    const outDir = join(ctx.workDir, 'renderer-hello');
    await build({
      root,
      base: './',
      mode: 'production',
      logLevel: 'silent',
      plugins: [react()],
      resolve: { alias: {} },
      build: { outDir, emptyOutDir: true },
    });
    return outDir;
  });
}
