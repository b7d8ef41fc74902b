import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function setup() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const acme = await ok(backend, 'partners.create', { name: 'Acme Cloud', type: 'co_marketing' });
  const globex = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
  const webinar = await ok(backend, 'calendar.create', {
    title: 'Securing cloud environments; a joint webinar',
    kind: 'joint_webinar',
    partnerIds: [acme.id],
    channel: 'Webinar',
    audience: 'IT leaders',
    startDate: '2026-05-12',
    endDate: '2026-05-12',
    startTime: '16:00',
    endTime: '17:00',
    status: 'confirmed',
    budgetMinor: 200_000,
    splits: [
      { party: 'ours', percent: 60 },
      { party: acme.id, percent: 40 },
    ],
    expectedLeads: 50,
    notes: 'Speakers: one from each side',
  });
  const booth = await ok(backend, 'calendar.create', {
    title: 'SaaStr booth',
    kind: 'event_sponsorship',
    partnerIds: [acme.id, globex.id],
    channel: 'Events',
    audience: 'SaaS founders',
    startDate: '2026-09-09',
    endDate: '2026-09-11',
    status: 'planned',
    budgetMinor: 4_000_000,
    splits: [
      { party: 'ours', percent: 50 },
      { party: acme.id, percent: 30 },
      { party: globex.id, percent: 20 },
    ],
  });
  return { backend, path, acme, globex, webinar, booth };
}

const header =
  'title,kind,partners,channel,audience,start_date,end_date,start_time,end_time,owner,status,budget,split,expected_leads,notes';
/** What an export writes: readable headers, the budget's currency in its header. */
const exportedHeader =
  'Title,Kind,Partners,Channel,Audience,Start date,End date,Start time,End time,Owner,Status,Budget (EUR),Split (%),Expected leads,Notes';

describe('iCalendar export', () => {
  it('writes an RFC 5545 calendar that ical.js reads back, with UIDs stable across exports', async () => {
    const { backend, webinar, booth } = await setup();
    const file = await ok(backend, 'calendar.exportIcs', {});
    expect(file).toMatchObject({ fileName: 'joint-marketing-calendar.ics', count: 2 });
    expect(file.mimeType).toBe('text/calendar');

    const calendar = new ICAL.Component(ICAL.parse(file.content));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([
      'Securing cloud environments; a joint webinar',
      'SaaStr booth',
    ]);
    const [first, second] = events;
    expect(first?.startDate.toString()).toBe('2026-05-12T16:00:00');
    expect(first?.endDate.toString()).toBe('2026-05-12T17:00:00');
    expect(first?.description).toContain('Partners: Acme Cloud');
    expect(first?.description).toContain('Speakers: one from each side');
    expect(second?.startDate.isDate).toBe(true);
    expect(second?.startDate.toString()).toBe('2026-09-09');
    // The end date is inclusive in the workbook, exclusive in iCalendar.
    expect(second?.endDate.toString()).toBe('2026-09-12');
    expect(second?.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(second?.component.getFirstPropertyValue('categories')).toBe('Event sponsorship');

    const { workbookId } = await ok(backend, 'settings.get', {});
    expect(first?.uid).toBe(`activity-${webinar.id}@${workbookId}.partnership-workbook`);
    const again = await ok(backend, 'calendar.exportIcs', {});
    const uids = (text: string) =>
      new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents('vevent')
        .map((v) => v.getFirstPropertyValue('uid'));
    expect(uids(again.content)).toEqual(uids(file.content));

    const onlyBooth = await ok(backend, 'calendar.exportIcs', { kinds: ['event_sponsorship'] });
    expect(uids(onlyBooth.content)).toEqual([
      `activity-${booth.id}@${workbookId}.partnership-workbook`,
    ]);
  });
});

describe('CSV export and import', () => {
  it('exports every field in columns that import again to the same activities', async () => {
    const { backend, webinar, booth } = await setup();
    const file = await ok(backend, 'calendar.exportCsv', {});
    expect(file).toMatchObject({ fileName: 'joint-marketing-activities.csv', count: 2 });
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    const lines = file.content.slice(1).split('\r\n');
    expect(lines[0]).toBe(exportedHeader);
    // The budget is a plain number a spreadsheet can sum, in major units of the currency.
    expect(lines[2]).toBe(
      'SaaStr booth,Event sponsorship,Acme Cloud; Globex,Events,SaaS founders,2026-09-09,2026-09-11,,,,Planned,40000,50/30/20,,',
    );

    const imported = await ok(backend, 'calendar.importCsv', { csv: file.content });
    expect(imported).toEqual({ totalRows: 2, validRows: 2, errors: [], imported: 2 });
    const all = await ok(backend, 'calendar.list', {});
    const strip = ({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: (typeof all)[number]) => rest;
    expect(all.map(strip)).toEqual([webinar, webinar, booth, booth].map(strip));
  });

  it('reports every row error with its row, column and reason, and writes nothing', async () => {
    const { backend, path } = await setup();
    const csv = [
      header,
      'Podcast,Co-branded content,Globex,Audio,Developers,2026-06-01,,,,,,1500,50/50,,',
      ',Webinar,Initech,,,2026-13-01,,,,,Maybe,abc,70/20,-3,',
      '',
      'Bundle,bundle_offer,acme cloud,,,2026-07-01,2026-06-01,,,,confirmed,"1,000.50",60/40,,',
    ].join('\n');
    const before = canonicalDump(path);
    const check = await ok(backend, 'calendar.checkCsv', { csv });
    expect(check.totalRows).toBe(3);
    expect(check.validRows).toBe(1);
    expect(check.errors).toEqual([
      { row: 3, column: 'kind', message: expect.stringContaining('"Webinar" is not a kind') },
      { row: 3, column: 'status', message: expect.stringContaining('"Maybe" is not a status') },
      { row: 3, column: 'partners', message: 'No partner named "Initech" in this workbook.' },
      { row: 3, column: 'budget', message: '"abc" is not an amount; write it like 40000.00.' },
      { row: 3, column: 'split', message: 'The split has 2 shares for 1 parties.' },
      { row: 3, column: 'title', message: 'Title is required' },
      { row: 3, column: 'start_date', message: 'Use a date like 2026-03-31' },
      { row: 3, column: 'expected_leads', message: 'Expected leads cannot be negative' },
      { row: 5, column: 'end_date', message: 'The end is before the start' },
    ]);
    expect(canonicalDump(path)).toBe(before);

    const refused = await backend.call('calendar.importCsv', { csv });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(canonicalDump(path)).toBe(before);

    const partial = await ok(backend, 'calendar.importCsv', { csv, importValidRows: true });
    expect(partial).toMatchObject({ totalRows: 3, validRows: 1, imported: 1 });
    expect(partial.errors).toHaveLength(9);
    const titles = (await ok(backend, 'calendar.list', {})).map((a) => a.title);
    expect(titles).toContain('Podcast');
    expect(titles).toHaveLength(3);
  });

  it('refuses a file without the required columns or without rows', async () => {
    const { backend, path } = await setup();
    const check = await ok(backend, 'calendar.checkCsv', { csv: 'name,when\nx,y' });
    expect(check.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'title'],
      [1, 'kind'],
      [1, 'partners'],
      [1, 'start_date'],
    ]);
    const before = canonicalDump(path);
    const empty = await backend.call('calendar.importCsv', { csv: header, importValidRows: true });
    expect(empty).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'The file has no activities to import.' },
    });
    expect(canonicalDump(path)).toBe(before);
  });

  it('keeps cells that look like formulas as text in both directions', async () => {
    const { backend, acme } = await setup();
    await ok(backend, 'calendar.create', {
      title: '=HYPERLINK("http://evil")',
      kind: 'other',
      partnerIds: [acme.id],
      startDate: '2026-01-05',
      endDate: '2026-01-05',
    });
    const file = await ok(backend, 'calendar.exportCsv', { kinds: ['other'] });
    expect(file.content).toContain(`"'=HYPERLINK(""http://evil"")"`);
    await ok(backend, 'calendar.importCsv', { csv: file.content });
    const others = await ok(backend, 'calendar.list', { kinds: ['other'] });
    expect(others.map((a) => a.title)).toEqual([
      '=HYPERLINK("http://evil")',
      '=HYPERLINK("http://evil")',
    ]);
  });
});
