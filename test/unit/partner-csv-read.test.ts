import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CsvRowError } from '../../shared/contract/partners.ts';
import { guessCsvNewline, parseCsv, type ParsedCsv } from '../../shared/domain/partner-csv.ts';

/**
 * How the import read a file before it read row by row: papaparse on the whole text, every
 * row kept, its quote errors on the row papaparse names. The import must read every file the same.
 */
function papaparseReading(text: string): ParsedCsv {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [headerRow = [], ...body] = parsed.data;
  const rows = body
    .map((cells, index) => ({ rowNumber: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  const problems: CsvRowError[] = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({
      row: (e.row ?? 0) + 1,
      column: '',
      message: 'A quoted value is not closed, so the rest of the file cannot be read reliably.',
    }));
  return { headers: headerRow.map((h) => h.trim()), rows, problems };
}

/** papaparse's own line-break guess, read from what it reports having used. */
const papaparseNewline = (text: string): string =>
  Papa.parse<string[]>(text, { preview: 1 }).meta.linebreak;

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text built from the characters that matter to a CSV reader, in runs that look like files. */
function noisyCsv(seed: number, quotes = true): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const pieces = [
    'a',
    'Globex',
    ' ',
    ',',
    ',',
    ';',
    '\t',
    '|',
    '"',
    '""',
    '\n',
    '\r\n',
    '\r',
    '\n\n',
    '\uFEFF',
    'é',
  ];
  const quotedCell = () => `"${pick(['x', 'a,b', 'two\nlines', 'say ""hi""', '', 'c\r\nd'])}"`;
  const length = 1 + Math.floor(next() * 60);
  let text = next() < 0.2 ? '\uFEFF' : '';
  for (let i = 0; i < length; i += 1) text += quotes && next() < 0.15 ? quotedCell() : pick(pieces);
  return quotes ? text : text.replaceAll('"', '');
}

/** Rows of cells written with one delimiter and line break, some cells quoted. */
function tableCsv(seed: number, quotes = true): string {
  const next = random(seed);
  const delimiter = [',', ';', '\t', '|'][Math.floor(next() * 4)] as string;
  const newline = ['\n', '\r\n', '\r'][Math.floor(next() * 3)] as string;
  const rows = Array.from({ length: 1 + Math.floor(next() * 25) }, (_, r) =>
    Array.from({ length: 1 + Math.floor(next() * 5) }, (_, c) => {
      const roll = next();
      if (quotes && roll < 0.1) return `"q${r}${delimiter}${c}"`;
      if (quotes && roll < 0.15) return `"line${newline}break"`;
      if (roll < 0.2) return '';
      return `cell ${r}.${c}`;
    }).join(delimiter),
  );
  return rows.join(newline) + (next() < 0.5 ? newline : '');
}

describe('reading a partner CSV', () => {
  it('guesses the line break exactly as papaparse does', () => {
    const samples = ['', 'a', 'a\nb', 'a\r\nb', 'a\rb', 'a\n\rb\r', '"x\r\ny"\nz', '"\r"\n\r\n\r'];
    for (let seed = 1; seed <= 600; seed += 1)
      samples.push(noisyCsv(seed), tableCsv(seed), noisyCsv(seed, false), tableCsv(seed, false));
    const differing = samples.filter((text) => guessCsvNewline(text) !== papaparseNewline(text));
    expect(differing).toEqual([]);
  });

  it('reads every file into the rows, cells and quote problems papaparse reads', () => {
    const differing: string[] = [];
    for (let seed = 1; seed <= 600; seed += 1) {
      for (const text of [
        noisyCsv(seed),
        tableCsv(seed),
        noisyCsv(seed, false),
        tableCsv(seed, false),
      ]) {
        if (JSON.stringify(parseCsv(text)) !== JSON.stringify(papaparseReading(text)))
          differing.push(text);
      }
    }
    expect(differing).toEqual([]);
    // The same for the files that differ in a way the comparison above could hide.
    for (const text of differing.slice(0, 3))
      expect(parseCsv(text)).toEqual(papaparseReading(text));
  });

  it('reads the header, a byte-order mark, CRLF line ends and quoted cells with line breaks', () => {
    const csv = '\uFEFFName,Notes\r\n"Globex, Inc.","two\r\nlines"\r\n\r\nInitech,"say ""hi"""\r\n';
    expect(parseCsv(csv)).toEqual({
      headers: ['Name', 'Notes'],
      rows: [
        { rowNumber: 2, cells: ['Globex, Inc.', 'two\r\nlines'] },
        { rowNumber: 4, cells: ['Initech', 'say "hi"'] },
      ],
      problems: [],
    });
  });

  it('reads a semicolon-separated file as papaparse does, even when quotes come late', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `Partner ${i};Content`);
    rows[20] = '"Partner; with a semicolon";Content';
    const csv = ['Name;Type', ...rows].join('\n');
    const read = parseCsv(csv);
    expect(read.headers).toEqual(['Name', 'Type']);
    expect(read.rows[20]).toEqual({
      rowNumber: 22,
      cells: ['Partner; with a semicolon', 'Content'],
    });
    expect(read).toEqual(papaparseReading(csv));
  });

  it('names the row of an unclosed quote', () => {
    const csv = 'Name,Type\nGlobex,Content\nInitech,"Content\nHooli,Content\n';
    expect(parseCsv(csv).problems).toEqual([
      {
        row: 3,
        column: '',
        message: 'A quoted value is not closed, so the rest of the file cannot be read reliably.',
      },
    ]);
  });
});
