import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '../../shared/contract/zod.ts';
import type { ForgottenRecent, RecentWorkbook } from '../../shared/contract/index.ts';

const MAX_RECENT = 12;
const stored = z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() }));

/** Recent workbooks live in the user-data directory, never inside a workbook. */
export function createRecentWorkbooks(dataDir: string) {
  const file = join(dataDir, 'recent-workbooks.json');

  const read = (): z.infer<typeof stored> => {
    try {
      const parsed = stored.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  };

  const write = (entries: z.infer<typeof stored>): void => {
    mkdirSync(dataDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entries, null, 2));
    renameSync(tmp, file);
  };

  return {
    list(): RecentWorkbook[] {
      return read().map((e) => ({ ...e, exists: existsSync(e.path) }));
    },
    remember(path: string, title: string): void {
      const rest = read().filter((e) => e.path !== path);
      write([{ path, title, openedAt: new Date().toISOString() }, ...rest].slice(0, MAX_RECENT));
    },
    /** Keeps the listed title current when the program or client is renamed. */
    retitle(path: string, title: string): void {
      const entries = read();
      const entry = entries.find((e) => e.path === path);
      if (entry && entry.title !== title)
        write(entries.map((e) => (e.path === path ? { ...e, title } : e)));
    },
    /** Removes an entry and returns it with its place in the list, so it can be put back. */
    forget(path: string): ForgottenRecent | null {
      const entries = read();
      const position = entries.findIndex((e) => e.path === path);
      const entry = entries[position];
      if (entry === undefined) return null;
      write(entries.filter((e) => e.path !== path));
      return { ...entry, position };
    },
    /** Puts a forgotten entry back where it was, unless the path was opened again since. */
    restore(entry: ForgottenRecent): void {
      const entries = read();
      if (entries.some((e) => e.path === entry.path)) return;
      const { position, ...kept } = entry;
      entries.splice(Math.min(position, entries.length), 0, kept);
      write(entries.slice(0, MAX_RECENT));
    },
  };
}
export type RecentWorkbooks = ReturnType<typeof createRecentWorkbooks>;
