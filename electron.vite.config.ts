import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.config.ts';
import { methodNames } from './shared/contract/index.ts';

const root = import.meta.dirname;

/**
 * Replaced at build time in the preload: the contract's method names, so the sandboxed preload
 * exposes one function per method without bundling zod and the schemas.
 */
export const preloadDefine = { __PWB_METHOD_NAMES__: JSON.stringify(methodNames) };

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out', 'main'),
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron', 'main', 'index.ts'),
          // Monte Carlo runs in a worker thread; the backend finds it next to index.js.
          'forecast-worker': resolve(root, 'electron', 'backend', 'workers', 'forecast-worker.ts'),
          // The on-open integrity check and backup verification, off the backend's thread.
          'integrity-worker': resolve(
            root,
            'electron',
            'backend',
            'workers',
            'integrity-worker.ts',
          ),
        },
      },
    },
  },
  preload: {
    define: preloadDefine,
    build: {
      outDir: resolve(root, 'out', 'preload'),
      // A sandboxed preload can only require('electron'): bundle everything else into it.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron', 'preload', 'index.ts') },
        // The package is "type": "module", so CommonJS output must say so in its extension.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      rolldownOptions: { input: resolve(root, 'renderer', 'index.html') },
    },
  },
});
