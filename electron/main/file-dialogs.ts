import { basename } from 'node:path';
import type { FileFilter } from 'electron';
import type { ShellBridge } from '../../shared/contract/index.ts';

export type SaveKind = Parameters<ShellBridge['pickSavePath']>[1];

export const saveFilters: Readonly<Record<SaveKind, FileFilter>> = {
  workbook: { name: 'Partnership Workbook', extensions: ['pwb'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  json: { name: 'JSON file', extensions: ['json'] },
  ics: { name: 'Calendar (iCalendar)', extensions: ['ics'] },
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
};

export const openFilters: readonly FileFilter[] = [
  saveFilters.workbook,
  { name: 'All files', extensions: ['*'] },
];

export function isSaveKind(value: unknown): value is SaveKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(saveFilters, value);
}

function extensionOf(kind: SaveKind): string {
  return `.${saveFilters[kind].extensions[0] ?? kind}`;
}

/** The renderer only suggests a file name: never a directory, a path or control characters. */
export function suggestedFileName(name: unknown, kind: SaveKind): string {
  const raw = typeof name === 'string' ? basename(name.replaceAll('\\', '/')) : '';
  const clean =
    raw
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
      .trim()
      .slice(0, 120) || 'Untitled';
  return withExtension(clean, kind);
}

/** Linux save dialogs do not add the filter's extension; the file types downstream rely on it. */
export function withExtension(path: string, kind: SaveKind): string {
  const ext = extensionOf(kind);
  return path.toLowerCase().endsWith(ext) ? path : `${path}${ext}`;
}
