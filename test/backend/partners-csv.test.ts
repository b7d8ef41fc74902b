import { describe, expect, it } from 'vitest';
import { autoMapColumns, parseCsv, partnersToCsv } from '../../shared/domain/partner-csv.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

const goodCsv = [
  'Company,Partnership type,Stage,Audience,Tags,Owner,Website',
  'Globex Analytics,Integration / technology,Negotiating,"50,000",pilot; EU,Ana Ruiz,https://globex.example',
  'Initech Media,co_marketing,,1200,,Sam Lee,',
].join('\n');

const mappingOf = (csv: string) => autoMapColumns(parseCsv(csv).headers);

describe('partner CSV column mapping', () => {
  it('matches headers by field name, export header or a common synonym, each field once', () => {
    expect(mappingOf(goodCsv)).toEqual([
      'name',
      'type',
      'stage',
      'audienceSize',
      'tags',
      'ownerOurs',
      'website',
    ]);
    expect(autoMapColumns(['Name', 'name', 'Favourite colour'])).toEqual(['name', null, null]);
  });
});

describe('partners.checkCsv and partners.importCsv', () => {
  it('imports a clean file, reading labels, thousands separators and tag lists', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const input = { csvText: goodCsv, mapping: mappingOf(goodCsv) };
    await expect(ok(backend, 'partners.checkCsv', input)).resolves.toEqual({
      totalRows: 2,
      validRows: 2,
      errors: [],
    });
    const result = await ok(backend, 'partners.importCsv', input);
    expect(result).toMatchObject({ imported: 2, errors: [] });
    const [globex, initech] = await ok(backend, 'partners.list', {});
    expect(globex).toMatchObject({
      name: 'Globex Analytics',
      type: 'integration',
      stage: 'negotiating',
      audienceSize: 50_000,
      tags: ['pilot', 'EU'],
      ownerOurs: 'Ana Ruiz',
      website: 'https://globex.example',
    });
    expect(initech).toMatchObject({ type: 'co_marketing', stage: 'identified', tags: [] });
  });

  it('names the spreadsheet row and the column of each error, and writes nothing', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const csv = [
      'Name,Type,Website,Audience size',
      'Globex,Integration / technology,https://globex.example,100',
      ',Content,,',
      'Umbrella,Pirate ship,ftp://umbrella,-4',
      'Hooli,Co-marketing,,lots',
    ].join('\n');
    const input = { csvText: csv, mapping: mappingOf(csv) };
    const before = canonicalDump(path);
    const report = await ok(backend, 'partners.checkCsv', input);
    expect(report.totalRows).toBe(4);
    expect(report.validRows).toBe(1);
    expect(report.errors).toEqual([
      { row: 3, column: 'Name', message: 'Name is required' },
      {
        row: 4,
        column: 'Type',
        message: expect.stringContaining('“Pirate ship” is not a partnership type'),
      },
      {
        row: 4,
        column: 'Website',
        message: 'Enter a full web address starting with http:// or https://',
      },
      { row: 4, column: 'Audience size', message: 'Audience size cannot be negative' },
      {
        row: 5,
        column: 'Audience size',
        message: expect.stringContaining('“lots” is not a number'),
      },
    ]);
    const refused = await ok(backend, 'partners.importCsv', { ...input, mode: 'all-or-nothing' });
    expect(refused).toMatchObject({ imported: 0, validRows: 1 });
    expect(canonicalDump(path)).toBe(before);
  });

  it('imports only the valid rows when asked to', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const csv = 'Name,Type\nGlobex,Content\nBroken,Nonsense\nInitech,Channel / reseller\n';
    const result = await ok(backend, 'partners.importCsv', {
      csvText: csv,
      mapping: mappingOf(csv),
      mode: 'valid-rows',
    });
    expect(result).toMatchObject({ totalRows: 3, validRows: 2, imported: 2 });
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([[3, 'Type']]);
    const names = (await ok(backend, 'partners.list', {})).map((p) => p.name);
    expect(names).toEqual(['Globex', 'Initech']);
  });

  it('counts rows as a spreadsheet does, with blank lines and multi-line cells', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const csv = 'Name,Type,Notes\nGlobex,Content,"two\nlines"\n\nBad,Unknown,\n';
    const report = await ok(backend, 'partners.checkCsv', {
      csvText: csv,
      mapping: mappingOf(csv),
    });
    expect(report).toMatchObject({ totalRows: 2, validRows: 1 });
    expect(report.errors.map((e) => e.row)).toEqual([4]);
  });

  it('reports an unmapped name or type, or a field mapped twice, on the header row', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const before = canonicalDump(path);
    const csv = 'Company,Owner,Manager\nGlobex,Ana,Sam\n';
    const report = await ok(backend, 'partners.checkCsv', {
      csvText: csv,
      mapping: ['name', 'ownerOurs', 'ownerOurs'],
    });
    expect(report.validRows).toBe(0);
    expect(report.errors).toEqual([
      { row: 1, column: 'Type', message: "Choose the column that holds each partner's type." },
      { row: 1, column: 'Manager', message: 'Our owner is already filled from column “Owner”.' },
    ]);
    const imported = await ok(backend, 'partners.importCsv', {
      csvText: csv,
      mapping: ['name', 'ownerOurs', 'ownerOurs'],
      mode: 'valid-rows',
    });
    expect(imported.imported).toBe(0);
    expect(canonicalDump(path)).toBe(before);
  });

  it('refuses a mapping with an unknown field through the router, writing nothing', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const before = canonicalDump(path);
    const result = await backend.call('partners.importCsv', {
      csvText: 'Name,Type\nGlobex,Content\n',
      mapping: ['name', 'favouriteColour'],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(canonicalDump(path)).toBe(before);
  });

  it('reads its own export back to the same partners', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    await ok(backend, 'partners.create', {
      name: '=HYPERLINK("x")',
      type: 'joint_venture',
      stage: 'renewing',
      maturity: 'integrated',
      tier: 'Platinum',
      audienceSize: 12_345,
      goalOurs: 'Grow, together',
      goalTheirs: 'A "quoted" goal',
      tags: ['a', 'b c'],
      notes: 'line one\nline two',
      archived: true,
    });
    const original = await ok(backend, 'partners.list', { includeArchived: true });
    const csv = partnersToCsv(original);
    expect(csv.split('\r\n')[1]).toMatch(/^"'=HYPERLINK/);

    const { backend: other } = await backendWithWorkbook(tempDir());
    const result = await ok(other, 'partners.importCsv', { csvText: csv, mapping: mappingOf(csv) });
    expect(result).toMatchObject({ imported: 1, errors: [] });
    const copy = await ok(other, 'partners.list', { includeArchived: true });
    const strip = ({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: (typeof copy)[number]) =>
      rest;
    expect(copy.map(strip)).toEqual(original.map(strip));
  });

  it('imports 5,000 partners in one call', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `Partner ${i + 1},Content,Active,Owner ${i % 7}`,
    );
    const csv = ['Name,Type,Stage,Our owner', ...rows].join('\n');
    const started = performance.now();
    const result = await ok(backend, 'partners.importCsv', {
      csvText: csv,
      mapping: mappingOf(csv),
    });
    const elapsed = performance.now() - started;
    expect(result.imported).toBe(5000);
    expect(elapsed).toBeLessThan(5000);
    await expect(ok(backend, 'partners.list', {})).resolves.toHaveLength(5000);
  });
});
