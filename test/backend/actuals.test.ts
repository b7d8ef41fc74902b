import { describe, expect, it } from 'vitest';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function workbookWithPartners() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const globex = await ok(backend, 'partners.create', {
    name: 'Globex Analytics',
    type: 'integration',
  });
  const initech = await ok(backend, 'partners.create', { name: 'Initech', type: 'content' });
  return { backend, path, globex, initech };
}

describe('actuals', () => {
  it('saves cells one at a time and shows them in the grid; an emptied month disappears', async () => {
    const { backend, globex } = await workbookWithPartners();
    await ok(backend, 'actuals.set', {
      partnerId: globex.id,
      period: '2026-03',
      measure: 'leads',
      value: 120,
    });
    const row = await ok(backend, 'actuals.set', {
      partnerId: globex.id,
      period: '2026-03',
      measure: 'attributedRevenue',
      value: 1_250_050,
    });
    expect(row).toMatchObject({
      leads: 120,
      attributedRevenue: 1_250_050,
      qualifiedLeads: null,
      deals: null,
    });

    const grid = await ok(backend, 'actuals.grid', {
      partnerId: globex.id,
      from: '2026-01',
      to: '2026-06',
    });
    expect(grid.actuals).toEqual([row]);
    expect(grid.kpiValues).toEqual([]);
    expect(grid.scorecardInputs).toEqual([]);

    await ok(backend, 'actuals.set', {
      partnerId: globex.id,
      period: '2026-03',
      measure: 'leads',
      value: null,
    });
    await ok(backend, 'actuals.set', {
      partnerId: globex.id,
      period: '2026-03',
      measure: 'attributedRevenue',
      value: null,
    });
    const empty = await ok(backend, 'actuals.grid', {
      partnerId: globex.id,
      from: '2026-01',
      to: '2026-06',
    });
    expect(empty.actuals).toEqual([]);
  });

  it('keeps 0 apart from "not recorded"', async () => {
    const { backend, globex } = await workbookWithPartners();
    await ok(backend, 'actuals.set', {
      partnerId: globex.id,
      period: '2026-03',
      measure: 'deals',
      value: 0,
    });
    const grid = await ok(backend, 'actuals.grid', {
      partnerId: globex.id,
      from: '2026-03',
      to: '2026-03',
    });
    expect(grid.actuals[0]).toMatchObject({ deals: 0, leads: null });
  });

  it('refuses negative, fractional and unknown values, and unknown partners, changing nothing', async () => {
    const { backend, path, globex } = await workbookWithPartners();
    await ok(backend, 'actuals.set', {
      partnerId: globex.id,
      period: '2026-03',
      measure: 'leads',
      value: 5,
    });
    const before = canonicalDump(path);
    const cases = [
      [
        { partnerId: globex.id, period: '2026-03', measure: 'leads', value: -1 },
        { value: 'Cannot be negative' },
      ],
      [
        { partnerId: globex.id, period: '2026-03', measure: 'deals', value: 1.5 },
        { value: 'Use a whole number' },
      ],
      [
        { partnerId: globex.id, period: 'March', measure: 'deals', value: 1 },
        { period: 'Use a month like 2026-03' },
      ],
      [
        { partnerId: globex.id, period: '2026-03', measure: 'hugs', value: 1 },
        { measure: 'Pick a measure' },
      ],
    ] as const;
    for (const [input, fields] of cases) {
      const result = await backend.call('actuals.set', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields } });
    }
    const ghost = await backend.call('actuals.set', {
      partnerId: 999,
      period: '2026-03',
      measure: 'leads',
      value: 1,
    });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const ghostGrid = await backend.call('actuals.grid', {
      partnerId: 999,
      from: '2026-01',
      to: '2026-02',
    });
    expect(ghostGrid).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);
  });

  it('removes a partner’s actuals with the partner', async () => {
    const { backend, globex, initech } = await workbookWithPartners();
    await ok(backend, 'actuals.set', {
      partnerId: globex.id,
      period: '2026-03',
      measure: 'leads',
      value: 5,
    });
    await ok(backend, 'actuals.set', {
      partnerId: initech.id,
      period: '2026-03',
      measure: 'leads',
      value: 7,
    });
    await ok(backend, 'partners.delete', { id: globex.id });
    const grid = await ok(backend, 'actuals.grid', {
      partnerId: initech.id,
      from: '2026-03',
      to: '2026-03',
    });
    expect(grid.actuals.map((a) => a.leads)).toEqual([7]);
  });
});

describe('actuals CSV', () => {
  const goodCsv = [
    'Partner,Month,Leads,Qualified leads,Deals,Attributed revenue (EUR),Influenced revenue,Spend,Certified sellers',
    'Globex Analytics,2026-01,100,20,2,"12,500.50",30000,1500,6',
    'initech,2026-01-01,40,8,1,4000,,250,',
  ].join('\n');

  it('checks a file without writing anything, naming how each column is read', async () => {
    const { backend, path, globex } = await workbookWithPartners();
    await ok(backend, 'kpis.create', {
      name: 'Certified sellers',
      category: 'operational',
      partnerId: globex.id,
    });
    const before = canonicalDump(path);
    const report = await ok(backend, 'actuals.checkCsv', { csvText: goodCsv });
    expect(report).toMatchObject({ totalRows: 2, validRows: 2, errors: [] });
    expect(report.columns.map((c) => c.reads)).toEqual([
      'partner',
      'period',
      'measure',
      'measure',
      'measure',
      'measure',
      'measure',
      'measure',
      'kpi',
    ]);
    expect(canonicalDump(path)).toBe(before);
  });

  it('imports every row in one go, money in minor units, KPI columns as KPI values', async () => {
    const { backend, globex, initech } = await workbookWithPartners();
    const kpi = await ok(backend, 'kpis.create', {
      name: 'Certified sellers',
      category: 'operational',
      partnerId: globex.id,
    });
    const result = await ok(backend, 'actuals.importCsv', { csvText: goodCsv });
    expect(result).toMatchObject({ imported: 2, errors: [] });
    const g = await ok(backend, 'actuals.grid', {
      partnerId: globex.id,
      from: '2026-01',
      to: '2026-01',
    });
    expect(g.actuals[0]).toMatchObject({
      leads: 100,
      qualifiedLeads: 20,
      deals: 2,
      attributedRevenue: 1_250_050,
      influencedRevenue: 3_000_000,
      spend: 150_000,
    });
    expect(g.kpiValues).toEqual([
      { kpiId: kpi.id, partnerId: globex.id, period: '2026-01', value: 6 },
    ]);
    const i = await ok(backend, 'actuals.grid', {
      partnerId: initech.id,
      from: '2026-01',
      to: '2026-01',
    });
    expect(i.actuals[0]).toMatchObject({ leads: 40, influencedRevenue: null, spend: 25_000 });
  });

  it('reports bad rows by row number and column, and writes nothing unless asked for the valid rows', async () => {
    const { backend, path, globex } = await workbookWithPartners();
    await ok(backend, 'actuals.set', {
      partnerId: globex.id,
      period: '2026-02',
      measure: 'leads',
      value: 1,
    });
    const csv = [
      'Partner,Month,Leads,Spend',
      'Globex Analytics,2026-01,10,100',
      'Globex Analytics,2026-02,-4,100',
      'Umbrella,2026-03,5,1',
      'Globex Analytics,2026-13,5,1.234',
      'Globex Analytics,2026-01,11,0',
    ].join('\n');
    const before = canonicalDump(path);
    const strict = await ok(backend, 'actuals.importCsv', { csvText: csv });
    expect(strict.imported).toBe(0);
    expect(strict.validRows).toBe(1);
    expect(strict.errors).toEqual([
      { row: 3, column: 'Leads', message: 'Cannot be negative' },
      { row: 4, column: 'Partner', message: 'No partner named “Umbrella” in this workbook' },
      { row: 5, column: 'Month', message: '“2026-13” is not a month like 2026-03' },
      { row: 5, column: 'Spend', message: 'Use at most 2 decimals' },
      { row: 6, column: '', message: 'Row 2 already has this partner and month' },
    ]);
    expect(canonicalDump(path)).toBe(before);

    const lenient = await ok(backend, 'actuals.importCsv', { csvText: csv, mode: 'valid-rows' });
    expect(lenient.imported).toBe(1);
    const grid = await ok(backend, 'actuals.grid', {
      partnerId: globex.id,
      from: '2026-01',
      to: '2026-03',
    });
    expect(grid.actuals.map((a) => [a.period, a.leads, a.spend])).toEqual([
      ['2026-01', 10, 10_000],
      ['2026-02', 1, null],
    ]);
  });

  it('imports from a partner page without a partner column, and refuses rows for another partner', async () => {
    const { backend, globex } = await workbookWithPartners();
    const plain = await ok(backend, 'actuals.importCsv', {
      csvText: 'Month,Qualified leads\n2026-04,12\n2026-05,14\n',
      partnerId: globex.id,
    });
    expect(plain).toMatchObject({ imported: 2, errors: [] });
    const mixed = await ok(backend, 'actuals.checkCsv', {
      csvText: 'Partner,Month,Leads\nInitech,2026-04,3\n',
      partnerId: globex.id,
    });
    expect(mixed.errors).toEqual([
      { row: 2, column: 'Partner', message: 'This row is for “Initech”, not Globex Analytics' },
    ]);
  });

  it('explains a file it cannot read at all', async () => {
    const { backend } = await workbookWithPartners();
    const noPartner = await ok(backend, 'actuals.checkCsv', {
      csvText: 'Month,Leads\n2026-01,4\n',
    });
    expect(noPartner.errors).toEqual([
      { row: 1, column: '', message: 'Add a Partner column naming the partner of each row.' },
    ]);
    const empty = await ok(backend, 'actuals.checkCsv', { csvText: '' });
    expect(empty.errors[0]?.message).toMatch(/empty/);
    const tooBig = await backend.call('actuals.checkCsv', {
      csvText: 'x'.repeat(16 * 1024 * 1024 + 1),
    });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
