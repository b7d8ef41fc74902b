import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { AppError, type FileEntry } from '../../../shared/contract/index.ts';
import type { fileMethods } from '../../../shared/contract/files.ts';
import type { HandlerMap } from '../handler-types.ts';

const MAX_ENTRIES = 2000;

export const fileHandlers: HandlerMap<keyof typeof fileMethods> = {
  'files.list': (input) => {
    const dir = resolve(input.dir && input.dir.trim() ? input.dir : homedir());
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      throw new AppError('not_found', `Cannot read the folder ${dir}.`, {
        dir: 'This folder cannot be read',
      });
    }
    const wanted = new Set(input.extensions.map((e) => e.toLowerCase()));
    const entries: FileEntry[] = [];
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      try {
        const stats = statSync(path);
        if (stats.isDirectory()) {
          entries.push({
            name,
            path,
            kind: 'dir',
            sizeBytes: null,
            modifiedAt: stats.mtime.toISOString(),
          });
        } else if (
          stats.isFile() &&
          (wanted.size === 0 || wanted.has(extname(name).toLowerCase()))
        ) {
          entries.push({
            name,
            path,
            kind: 'file',
            sizeBytes: stats.size,
            modifiedAt: stats.mtime.toISOString(),
          });
        }
      } catch {
        // A dangling link or a file without permission is not listed.
      }
      if (entries.length >= MAX_ENTRIES) break;
    }
    entries.sort((a, b) =>
      a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'dir' ? -1 : 1,
    );
    const parent = dirname(dir);
    return { dir, parent: parent === dir ? null : parent, entries };
  },
};
