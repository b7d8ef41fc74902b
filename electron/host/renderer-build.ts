import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time of any file below `dir` (0 when it does not exist). */
function newestFileTime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Whether the renderer build is missing or older than the sources it is built from (a working
 * copy edited since `npm run build:renderer`). An installed app has no sources: never stale.
 */
export function rendererBuildState(
  buildDir: string,
  sourceDirs: string[],
): 'missing' | 'stale' | 'fresh' {
  const index = join(buildDir, 'index.html');
  if (!existsSync(index)) return 'missing';
  const built = statSync(index).mtimeMs;
  return sourceDirs.some((dir) => newestFileTime(dir) > built) ? 'stale' : 'fresh';
}
