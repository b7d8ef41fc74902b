import { describe, expect, it } from 'vitest';
import {
  partnerCsvFieldKeys,
  partnerFields,
  type CsvRowError,
  type PartnerCsvField,
} from '../../shared/contract/partners.ts';
import {
  autoMapColumns,
  convertCell,
  parseCsv,
  tableToCsv,
  validatePartnerCsv,
} from '../../shared/domain/partner-csv.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

/** The import's rule, row by row: convert each cell, then the form's schema on the whole row. */
function rowByRow(text: string, mapping: readonly (PartnerCsvField | null)[]) {
  const { headers, rows } = parseCsv(text);
  const valid: { rowNumber: number; fields: unknown }[] = [];
  const errors: CsvRowError[] = [];
  for (const { rowNumber, cells } of rows) {
    const input: Record<string, unknown> = {};
    const rowErrors: CsvRowError[] = [];
    mapping.forEach((field, index) => {
      if (!field) return;
      const result = convertCell(field, (cells[index] ?? '').trim());
      if ('error' in result)
        rowErrors.push({ row: rowNumber, column: headers[index] ?? '', message: result.error });
      else if (result.value !== undefined) input[field] = result.value;
    });
    const parsed = partnerFields.safeParse(input);
    if (!parsed.success) {
      const seen = new Set(rowErrors.map((e) => e.column));
      for (const issue of parsed.error.issues) {
        const column = headers[mapping.indexOf(issue.path[0] as PartnerCsvField)] ?? '';
        if (seen.has(column)) continue;
        seen.add(column);
        rowErrors.push({ row: rowNumber, column, message: issue.message });
      }
    }
    if (parsed.success && rowErrors.length === 0) valid.push({ rowNumber, fields: parsed.data });
    else errors.push(...rowErrors);
  }
  return { totalRows: rows.length, valid, errors };
}

/** A file mixing repeated and unique values, labels and enum names, and many kinds of mistake. */
function mixedFile(count: number): string {
  const types = ['Integration / technology', 'co_marketing', 'CHANNEL', 'telepathy', ''];
  const stages = ['Active', 'negotiating', '', 'Someday'];
  const body = Array.from({ length: count }, (_, i) => [
    i % 97 === 0 ? '' : `Partner ${i}`,
    types[i % types.length] ?? '',
    stages[i % stages.length] ?? '',
    i % 11 === 0 ? 'x'.repeat(61) : `Tier ${i % 3}`,
    i % 13 === 0 ? 'not a url' : `https://p${i}.example`,
    i % 17 === 0 ? '-5' : i % 19 === 0 ? 'many' : `${(i * 37) % 5000}`,
    i % 5 === 0 ? 'a; b; a' : '',
    i % 23 === 0 ? 'maybe' : i % 2 ? 'no' : 'yes',
    `Owner ${i % 400}`,
  ]);
  return tableToCsv(
    ['Name', 'Type', 'Stage', 'Tier', 'Website', 'Audience', 'Tags', 'Archived', 'Owner'],
    body,
  );
}

describe('partner CSV validation in bulk', () => {
  it('gives the same rows and the same errors as checking each whole row with the form schema', () => {
    const text = mixedFile(3000);
    const mapping = autoMapColumns(parseCsv(text).headers);
    expect(mapping).toEqual([
      'name',
      'type',
      'stage',
      'tier',
      'website',
      'audienceSize',
      'tags',
      'archived',
      'ownerOurs',
    ]);
    const bulk = validatePartnerCsv(text, mapping);
    const reference = rowByRow(text, mapping);
    expect(bulk.valid.length).toBeGreaterThan(100);
    expect(bulk.errors.length).toBeGreaterThan(1000);
    expect(bulk).toEqual(reference);
    // Every field of the form is present in each valid row, defaults included.
    for (const { fields } of bulk.valid.slice(0, 50))
      expect(Object.keys(fields).sort()).toEqual([...partnerCsvFieldKeys].sort());
  });

  it('gives the same answers for columns whose values never repeat (checked without the memo)', () => {
    const body = Array.from({ length: 1500 }, (_, i) => [
      i >= 1000 && i % 50 === 0 ? '' : i >= 1000 && i % 70 === 0 ? 'x'.repeat(201) : `Partner ${i}`,
      'Content',
      i >= 1000 && i % 30 === 0 ? `ftp://p${i}.example` : `https://p${i}.example`,
    ]);
    const text = tableToCsv(['Name', 'Type', 'Website'], body);
    const mapping = ['name', 'type', 'website'] as const;
    const bulk = validatePartnerCsv(text, mapping);
    expect(bulk.errors.map((e) => e.column)).toEqual(
      expect.arrayContaining(['Name', 'Website']) as string[],
    );
    expect(bulk).toEqual(rowByRow(text, mapping));
  });

  it('does not share one array between rows that had the same tags', () => {
    const text = 'Name,Type,Tags\nA,Content,x; y\nB,Content,x; y\n';
    const { valid } = validatePartnerCsv(text, ['name', 'type', 'tags']);
    expect(valid[0]?.fields.tags).toEqual(['x', 'y']);
    expect(valid[0]?.fields.tags).not.toBe(valid[1]?.fields.tags);
  });
});

describe('partners.importCsv of files as spreadsheets write them', () => {
  it('imports a file with a byte-order mark, CRLF line ends, quoted line breaks and a repeated header', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const csv = [
      '\uFEFFName,Type,Notes,Notes',
      '"Globex, Inc.",Content,"first line\r\nsecond line",ignored',
      '',
      'Initech,"Channel / reseller","say ""hi""",',
      '',
    ].join('\r\n');
    const mapping = autoMapColumns(parseCsv(csv).headers);
    expect(mapping).toEqual(['name', 'type', 'notes', null]);
    const result = await ok(backend, 'partners.importCsv', { csvText: csv, mapping });
    expect(result).toEqual({ totalRows: 2, validRows: 2, errors: [], imported: 2 });
    const listed = await ok(backend, 'partners.list', {});
    expect(listed.map((p) => [p.name, p.type, p.notes])).toEqual([
      ['Globex, Inc.', 'content', 'first line\r\nsecond line'],
      ['Initech', 'channel', 'say "hi"'],
    ]);
  });

  it('reads a semicolon-separated file and reports bad values with their row and column', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const rows = Array.from({ length: 40 }, (_, i) => `Partner ${i};Content;${i}`);
    rows[14] = 'Partner 14;Content;-3';
    rows[30] = '"Partner; 30";Telepathy;lots';
    const csv = ['Name;Type;Audience', ...rows].join('\n');
    const input = { csvText: csv, mapping: autoMapColumns(parseCsv(csv).headers) };
    const before = canonicalDump(path);
    const refused = await ok(backend, 'partners.importCsv', { ...input, mode: 'all-or-nothing' });
    expect(refused).toMatchObject({ totalRows: 40, validRows: 38, imported: 0 });
    expect(refused.errors).toEqual([
      { row: 16, column: 'Audience', message: 'Audience size cannot be negative' },
      {
        row: 32,
        column: 'Type',
        message: expect.stringContaining('“Telepathy” is not a partnership type') as string,
      },
      {
        row: 32,
        column: 'Audience',
        message: expect.stringContaining('“lots” is not a number') as string,
      },
    ]);
    expect(canonicalDump(path)).toBe(before);
  });

  it('refuses a file with an unclosed quote in either mode, writing nothing', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const csv =
      'Name,Type,Notes\nGlobex,Content,fine\nInitech,Content,"never closed\nHooli,Content,\n';
    const before = canonicalDump(path);
    for (const mode of ['all-or-nothing', 'valid-rows'] as const) {
      const result = await ok(backend, 'partners.importCsv', {
        csvText: csv,
        mapping: ['name', 'type', 'notes'],
        mode,
      });
      expect(result).toMatchObject({ validRows: 0, imported: 0 });
      expect(result.errors).toEqual([
        {
          row: 3,
          column: '',
          message: 'A quoted value is not closed, so the rest of the file cannot be read reliably.',
        },
      ]);
    }
    expect(canonicalDump(path)).toBe(before);
  });
});

describe('partners.importCsv at 5,000 rows', () => {
  it('writes nothing in all-or-nothing mode when only the last row is wrong', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const rows = Array.from({ length: 5000 }, (_, i) => `Partner ${i + 1},Content,Active`);
    rows[4999] = 'Partner 5000,Content,Sometime';
    const csvText = ['Name,Type,Stage', ...rows].join('\n');
    const before = canonicalDump(path);
    const result = await ok(backend, 'partners.importCsv', {
      csvText,
      mapping: ['name', 'type', 'stage'],
      mode: 'all-or-nothing',
    });
    expect(result).toMatchObject({ totalRows: 5000, validRows: 4999, imported: 0 });
    expect(result.errors).toEqual([
      {
        row: 5001,
        column: 'Stage',
        message: expect.stringContaining('“Sometime” is not a stage') as string,
      },
    ]);
    expect(canonicalDump(path)).toBe(before);

    const partial = await ok(backend, 'partners.importCsv', {
      csvText,
      mapping: ['name', 'type', 'stage'],
      mode: 'valid-rows',
    });
    expect(partial.imported).toBe(4999);
    const listed = await ok(backend, 'partners.list', { search: 'Partner 4999' });
    expect(listed).toEqual([
      expect.objectContaining({
        name: 'Partner 4999',
        type: 'content',
        stage: 'active',
        maturity: 'exploratory',
        tags: [],
        archived: false,
        audienceSize: null,
      }),
    ]);
    backend.close();
  });
});
