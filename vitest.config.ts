import { defineConfig } from 'vitest/config';

const nodeProject = (name: string, extra: Record<string, unknown> = {}) => ({
  test: { name, include: [`test/${name}/**/*.test.ts`], environment: 'node', ...extra },
});

export default defineConfig({
  test: {
    projects: [
      nodeProject('unit'),
      // Real SQLite files and whole workbooks: allow for a slow, busy CI machine.
      nodeProject('db', { testTimeout: 30_000 }),
      nodeProject('backend', { testTimeout: 30_000 }),
      nodeProject('electron'),
      // Real processes killed mid-write, two writers racing, ~10,000 fuzzed calls: slow by design.
      nodeProject('reliability', { testTimeout: 180_000, hookTimeout: 120_000 }),
      nodeProject('e2e', {
        globalSetup: ['test/e2e/global-setup.ts'],
        testTimeout: 60_000,
        hookTimeout: 60_000,
        // One Chromium at a time on a 2-core machine.
        fileParallelism: false,
      }),
    ],
  },
});
