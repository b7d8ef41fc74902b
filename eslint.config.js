// Import boundaries of ARCHITECTURE.md are enforced here with no-restricted-imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronBan = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron.',
};
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url'];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'release',
      'db/migrations',
      'test-results',
      '.scratch',
      '.native',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electronBan] }],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**', 'test/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, 'react', 'better-sqlite3', 'drizzle-orm'],
          patterns: [
            {
              group: ['**/electron/**', '**/db/**', '**/renderer/**'],
              message: 'shared/ imports nothing from the other folders.',
            },
            { group: nodeBuiltins, message: 'shared/ runs everywhere: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, 'better-sqlite3'],
          patterns: [
            { group: ['**/electron/**', '**/db/**'], message: 'renderer/ imports only shared/.' },
            { group: nodeBuiltins, message: 'renderer/ has no Node.' },
          ],
        },
      ],
    },
  },
  {
    // Build configuration runs in Node, not in the renderer.
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronBan] }] },
  },
);
