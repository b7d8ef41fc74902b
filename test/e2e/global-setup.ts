import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { rendererConfig } from '../../renderer/vite.config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    rendererDir: string;
  }
}

/**
 * End-to-end tests run against the production renderer bundle, built once per run into a folder
 * of its own, so two runs at once never serve each other's half-written build.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const base = join(process.cwd(), 'test-results');
  mkdirSync(base, { recursive: true });
  const outDir = mkdtempSync(join(base, 'renderer-'));
  // Vitest sets NODE_ENV=test, which Vite would bake into the bundle (React's development build).
  // Build what users run, then put the variable back before any test worker starts: the backend
  // checks its outputs against the contract outside production.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      ...rendererConfig,
      mode: 'production',
      logLevel: 'warn',
      build: { ...rendererConfig.build, outDir },
    });
  } finally {
    process.env.NODE_ENV = previous;
  }
  project.provide('rendererDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
