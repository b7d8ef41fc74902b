import { describe, expect, it } from 'vitest';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

describe('partners: the full record and contacts', () => {
  it('stores every field of the record and returns it from list and get', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const created = await ok(backend, 'partners.create', {
      name: 'Globex Analytics',
      type: 'integration',
      stage: 'negotiating',
      maturity: 'operational',
      tier: 'Gold',
      segment: 'Retail analytics',
      region: 'EMEA',
      website: 'https://globex.example',
      audienceSize: 100_000,
      ownerOurs: 'Ana Ruiz',
      ownerTheirs: 'Sam Lee',
      goalOurs: 'Reach mid-market retailers',
      goalTheirs: 'Sell more seats through our customers',
      tags: ['pilot', 'EU'],
      notes: 'Met at the trade fair.',
    });
    const listed = await ok(backend, 'partners.list', {});
    expect(listed).toEqual([created]);
    const got = await ok(backend, 'partners.get', { id: created.id });
    expect(got).toMatchObject({ ...created, contacts: [] });
  });

  it('hides archived partners unless asked, and finds partners by tag', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    await ok(backend, 'partners.create', { name: 'Active Co', type: 'content', tags: ['webinar'] });
    await ok(backend, 'partners.create', { name: 'Old Co', type: 'content', archived: true });
    expect((await ok(backend, 'partners.list', {})).map((p) => p.name)).toEqual(['Active Co']);
    const all = await ok(backend, 'partners.list', { includeArchived: true });
    expect(all.map((p) => p.name)).toEqual(['Active Co', 'Old Co']);
    const tagged = await ok(backend, 'partners.list', { search: 'webinar' });
    expect(tagged.map((p) => p.name)).toEqual(['Active Co']);
  });

  it('saves every field of an edit, archiving included, and refuses an edit of a deleted partner', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const made = await ok(backend, 'partners.create', { name: 'Acme', type: 'content' });
    const edited = await ok(backend, 'partners.update', {
      id: made.id,
      fields: { name: 'Acme Ltd', type: 'channel', tags: ['q1', 'EU'], archived: true },
    });
    expect(edited).toMatchObject({ name: 'Acme Ltd', type: 'channel', tags: ['q1', 'EU'] });
    expect(edited.archived).toBe(true);
    expect(edited.updatedAt >= made.updatedAt).toBe(true);
    expect(await ok(backend, 'partners.list', {})).toEqual([]);
    expect(await ok(backend, 'partners.get', { id: made.id })).toMatchObject({
      ...edited,
      contacts: [],
    });
    await ok(backend, 'partners.delete', { id: made.id });
    const gone = await backend.call('partners.update', {
      id: made.id,
      fields: { name: 'Acme', type: 'content' },
    });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error.code).toBe('not_found');
  });

  it('reads % and _ in a search literally, in tags as in names', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    await ok(backend, 'partners.create', { name: 'Alpha', type: 'content', tags: ['q4_push'] });
    await ok(backend, 'partners.create', { name: 'Beta', type: 'content', tags: ['q4xpush'] });
    await ok(backend, 'partners.create', { name: 'Gamma 50% off', type: 'channel' });
    await ok(backend, 'partners.create', { name: 'Delta 500', type: 'channel' });
    const names = async (search: string) =>
      (await ok(backend, 'partners.list', { search })).map((p) => p.name);
    expect(await names('q4_')).toEqual(['Alpha']);
    expect(await names('50%')).toEqual(['Gamma 50% off']);
  });

  it('adds, edits and deletes contacts on both sides, and refuses a malformed email', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', { name: 'Initech', type: 'channel' });
    const theirs = await ok(backend, 'contacts.create', {
      partnerId: partner.id,
      name: 'Priya Natarajan',
      role: 'Alliances lead',
      email: 'priya@initech.example',
      phone: '+44 20 7946 0000',
      side: 'theirs',
    });
    await ok(backend, 'contacts.create', { partnerId: partner.id, name: 'Ana Ruiz', side: 'ours' });
    const before = canonicalDump(path);
    const bad = await backend.call('contacts.update', {
      id: theirs.id,
      fields: { name: 'Priya', email: 'priya-at-initech', phone: 'call me' },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          'fields.email': 'Enter an email address like name@example.com',
          'fields.phone': 'Use digits, spaces and + ( ) - . only',
        },
      },
    });
    expect(canonicalDump(path)).toBe(before);

    await ok(backend, 'contacts.update', {
      id: theirs.id,
      fields: { name: 'Priya Natarajan', role: 'VP Partnerships', side: 'theirs' },
    });
    const got = await ok(backend, 'partners.get', { id: partner.id });
    expect(got.contacts.map((c) => [c.name, c.role, c.side])).toEqual([
      ['Priya Natarajan', 'VP Partnerships', 'theirs'],
      ['Ana Ruiz', '', 'ours'],
    ]);
    await ok(backend, 'contacts.delete', { id: theirs.id });
    const after = await ok(backend, 'partners.get', { id: partner.id });
    expect(after.contacts.map((c) => c.name)).toEqual(['Ana Ruiz']);
    await expect(backend.call('contacts.delete', { id: theirs.id })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('refuses a contact for a partner that does not exist, writing nothing', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const before = canonicalDump(path);
    const result = await backend.call('contacts.create', { partnerId: 42, name: 'Nobody' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);
  });
});

describe('partners.setStage', () => {
  it('moves a partner to another stage and keeps every other field', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', {
      name: 'Globex',
      type: 'integration',
      tier: 'Gold',
      tags: ['pilot'],
    });
    const moved = await ok(backend, 'partners.setStage', { id: partner.id, stage: 'signed' });
    expect(moved).toMatchObject({ stage: 'signed', tier: 'Gold', tags: ['pilot'] });
    const got = await ok(backend, 'partners.get', { id: partner.id });
    expect(got.stage).toBe('signed');
  });

  it('refuses an unknown stage or partner and leaves the workbook unchanged', async () => {
    const { backend, path } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    const before = canonicalDump(path);
    await expect(
      backend.call('partners.setStage', { id: partner.id, stage: 'married' }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { stage: 'Pick a lifecycle stage' } },
    });
    await expect(
      backend.call('partners.setStage', { id: 999, stage: 'active' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);
  });

  it('deletes a partner together with its contacts, fit and agreement', async () => {
    const { backend } = await backendWithWorkbook(tempDir());
    const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
    await ok(backend, 'contacts.create', { partnerId: partner.id, name: 'Sam' });
    await ok(backend, 'fit.save', {
      partnerId: partner.id,
      criteria: { complementary: { score: 4 } },
    });
    await ok(backend, 'agreements.save', { partnerId: partner.id, fields: { status: 'draft' } });
    await ok(backend, 'deliverables.create', {
      partnerId: partner.id,
      side: 'ours',
      description: 'Webinar',
    });
    await ok(backend, 'partners.delete', { id: partner.id });
    await expect(ok(backend, 'fit.list', {})).resolves.toEqual([]);
    await expect(ok(backend, 'agreements.list', {})).resolves.toEqual([]);
  });
});
