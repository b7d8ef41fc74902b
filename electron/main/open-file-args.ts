import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKBOOK_EXTENSION = '.pwb';

/** A path the OS handed us (argument or open-file event) when it names a workbook, made absolute. */
export function workbookPathFrom(arg: string, cwd: string): string | null {
  let path = arg;
  // Linux desktop entries may pass file:// URLs (%U) instead of paths.
  if (/^file:\/\//i.test(path)) {
    try {
      path = fileURLToPath(path);
    } catch {
      return null;
    }
  }
  if (!path.toLowerCase().endsWith(WORKBOOK_EXTENSION) || path.includes('\0')) return null;
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/**
 * The workbook named on a command line, if any: the last argument that is a .pwb file. argv[0] is
 * the executable; Chromium and Electron switches (`--foo`) and the app path (`.` in development) are
 * skipped.
 */
export function workbookPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1).reverse()) {
    if (arg.startsWith('-')) continue;
    const path = workbookPathFrom(arg, cwd);
    if (path) return path;
  }
  return null;
}
