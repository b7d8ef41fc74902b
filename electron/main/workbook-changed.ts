import { basename, isAbsolute } from 'node:path';

export interface WorkbookChangedInfo {
  title: string;
  path: string;
}

export const APP_NAME = 'Partnership Workbook';

/** What the renderer sent on workbookChanged: an open workbook, null for none, undefined if malformed. */
export function parseWorkbookChanged(raw: unknown): WorkbookChangedInfo | null | undefined {
  if (raw === null) return null;
  if (typeof raw !== 'object') return undefined;
  const { title, path } = raw as Record<string, unknown>;
  if (typeof title !== 'string' || typeof path !== 'string') return undefined;
  if (title.length > 500 || path.length > 4096 || !isAbsolute(path) || path.includes('\0'))
    return undefined;
  return { title: title.trim(), path };
}

/** "Contoso partnership — Partnership Workbook"; the file name stands in for an empty title. */
export function windowTitle(info: WorkbookChangedInfo | null): string {
  if (!info) return APP_NAME;
  const name = info.title || basename(info.path);
  return `${name} — ${APP_NAME}`;
}
