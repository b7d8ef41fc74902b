import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from '../shared/contract/zod.ts';
import { backupFolderFor } from './backup.ts';

/**
 * Each backups folder remembers which workbook it belongs to and where that file has lived, so a
 * file that can no longer be opened (and so cannot tell us its id) still finds its backups.
 */
const INDEX_FILE = 'workbook.json';
const MAX_PATHS = 20;

const stored = z.object({
  workbookId: z.string(),
  title: z.string(),
  paths: z.array(z.string()),
});
type StoredIndex = z.infer<typeof stored>;

function readIndex(folder: string): StoredIndex | null {
  try {
    const parsed = stored.safeParse(JSON.parse(readFileSync(join(folder, INDEX_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Notes that the workbook with this id lives at path (called on every open). Returns its folder. */
export function recordWorkbookLocation(
  root: string,
  workbookId: string,
  path: string,
  title: string,
): string {
  const folder = backupFolderFor(root, workbookId);
  const full = resolve(path);
  const previous = readIndex(folder);
  const paths = [full, ...(previous?.paths ?? []).filter((p) => p !== full)].slice(0, MAX_PATHS);
  if (previous && previous.paths[0] === full && previous.title === title) return folder;
  mkdirSync(folder, { recursive: true });
  const temp = join(folder, `${INDEX_FILE}.${process.pid}.tmp`);
  writeFileSync(temp, JSON.stringify({ workbookId, title, paths }, null, 2));
  renameSync(temp, join(folder, INDEX_FILE));
  return folder;
}

export interface KnownWorkbook {
  workbookId: string;
  folder: string;
  title: string;
}

/** The backups folder of the workbook last seen at path, if any (the most recently used match). */
export function findBackupsForPath(root: string, path: string): KnownWorkbook | null {
  const full = resolve(path);
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return null;
  }
  let best: { known: KnownWorkbook; rank: number } | null = null;
  for (const name of names) {
    const folder = join(root, name);
    const index = readIndex(folder);
    const rank = index?.paths.indexOf(full) ?? -1;
    if (!index || rank < 0) continue;
    if (!best || rank < best.rank)
      best = { known: { workbookId: index.workbookId, folder, title: index.title }, rank };
  }
  return best?.known ?? null;
}

export function knownWorkbookPaths(folder: string): string[] {
  return readIndex(folder)?.paths ?? [];
}
