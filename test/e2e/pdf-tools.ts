import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** poppler-utils, as a reader of the PDF would see it. */
export function pdfPageCount(pdfPath: string): number {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const match = /^Pages:\s+(\d+)/m.exec(info);
  if (!match?.[1]) throw new Error(`pdfinfo gave no page count:\n${info}`);
  return Number(match[1]);
}

/** The text of each page, in reading order (pdftotext -layout, split on form feeds). */
export function pdfPagesText(pdfPath: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Renders pages (firstPage to lastPage) to PNG for looking at; returns the files written. */
export function pdfToPngs(
  pdfPath: string,
  outDir: string,
  prefix: string,
  lastPage = 4,
  firstPage = 1,
): string[] {
  mkdirSync(outDir, { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(firstPage),
    '-l',
    String(lastPage),
    pdfPath,
    join(outDir, prefix),
  ]);
  return readdirSync(outDir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .map((f) => join(outDir, f));
}

export function writePdf(path: string, base64: string): void {
  writeFileSync(path, Buffer.from(base64, 'base64'));
}
