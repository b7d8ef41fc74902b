import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or unpacked app) root: two levels above electron/backend. */
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const rendererBuildDir = join(projectRoot, 'out', 'renderer');

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** XDG data directory for the browser host and the command line. */
export function defaultDataDir(): string {
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'partnership-workbook');
}
