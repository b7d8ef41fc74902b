import { describe, expect, it } from 'vitest';
import type { ActivityFields } from '../../shared/contract/index.ts';
import type { Backend } from '../../electron/backend/backend.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function setup() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const acme = await ok(backend, 'partners.create', { name: 'Acme Cloud', type: 'co_marketing' });
  const globex = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
  return { backend, path, acme, globex };
}

const booth = (partnerId: number, overrides: Partial<ActivityFields> = {}): ActivityFields => ({
  title: 'SaaStr booth',
  kind: 'event_sponsorship',
  partnerIds: [partnerId],
  channel: 'Events',
  audience: 'SaaS founders',
  startDate: '2026-09-09',
  endDate: '2026-09-11',
  owner: 'Ana Ruiz',
  status: 'confirmed',
  budgetMinor: 4_000_000,
  splits: [
    { party: 'ours', percent: 50 },
    { party: partnerId, percent: 50 },
  ],
  expectedLeads: 120,
  ...overrides,
});

async function expectRefused(
  backend: Backend,
  path: string,
  method: Parameters<Backend['call']>[0],
  input: unknown,
) {
  const before = canonicalDump(path);
  const result = await backend.call(method, input);
  expect(result.ok).toBe(false);
  expect(canonicalDump(path)).toBe(before);
  return result.ok ? {} : (result.error.fields ?? {});
}

describe('calendar activities through the router', () => {
  it('creates, reads, lists, updates and deletes an activity with every field', async () => {
    const { backend, acme, globex } = await setup();
    const created = await ok(backend, 'calendar.create', {
      ...booth(acme.id),
      partnerIds: [acme.id, globex.id],
      startTime: '09:00',
      endTime: '17:30',
      notes: 'Booth 12, hall B',
      splits: [
        { party: 'ours', percent: 60 },
        { party: acme.id, percent: 25 },
        { party: globex.id, percent: 15 },
      ],
    });
    expect(created).toMatchObject({
      title: 'SaaStr booth',
      kind: 'event_sponsorship',
      partnerIds: [acme.id, globex.id],
      startDate: '2026-09-09',
      endDate: '2026-09-11',
      startTime: '09:00',
      endTime: '17:30',
      owner: 'Ana Ruiz',
      status: 'confirmed',
      budgetMinor: 4_000_000,
      expectedLeads: 120,
      notes: 'Booth 12, hall B',
      splits: [
        { party: 'ours', percent: 60 },
        { party: acme.id, percent: 25 },
        { party: globex.id, percent: 15 },
      ],
    });
    await expect(ok(backend, 'calendar.get', { id: created.id })).resolves.toEqual(created);

    const updated = await ok(backend, 'calendar.update', {
      id: created.id,
      fields: { ...booth(globex.id), title: 'SaaStr booth (shared)', startTime: '' },
    });
    expect(updated).toMatchObject({
      title: 'SaaStr booth (shared)',
      partnerIds: [globex.id],
      startTime: null,
      splits: [
        { party: 'ours', percent: 50 },
        { party: globex.id, percent: 50 },
      ],
    });
    await expect(ok(backend, 'calendar.list', {})).resolves.toEqual([updated]);

    await ok(backend, 'calendar.delete', { id: created.id });
    await expect(ok(backend, 'calendar.list', {})).resolves.toEqual([]);
    const gone = await backend.call('calendar.get', { id: created.id });
    expect(gone).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That activity no longer exists.' },
    });
  });

  it('lists by date range (end inclusive), partner, kind and status', async () => {
    const { backend, acme, globex } = await setup();
    const a = await ok(backend, 'calendar.create', booth(acme.id));
    const b = await ok(backend, 'calendar.create', {
      ...booth(globex.id),
      title: 'Newsletter swap',
      kind: 'cross_promotion',
      status: 'planned',
      startDate: '2026-09-12',
      endDate: '2026-09-12',
    });
    const titles = async (filter: object) =>
      (await ok(backend, 'calendar.list', filter)).map((x) => x.id);
    await expect(titles({ from: '2026-09-11', to: '2026-09-11' })).resolves.toEqual([a.id]);
    await expect(titles({ from: '2026-09-12' })).resolves.toEqual([b.id]);
    await expect(titles({ to: '2026-09-08' })).resolves.toEqual([]);
    await expect(titles({ partnerIds: [globex.id] })).resolves.toEqual([b.id]);
    await expect(titles({ kinds: ['event_sponsorship'] })).resolves.toEqual([a.id]);
    await expect(titles({ statuses: ['planned', 'done'] })).resolves.toEqual([b.id]);
  });

  it('moves an activity to a new start and keeps its length', async () => {
    const { backend, acme } = await setup();
    const created = await ok(backend, 'calendar.create', booth(acme.id));
    const moved = await ok(backend, 'calendar.move', { id: created.id, startDate: '2026-10-30' });
    expect(moved).toMatchObject({ startDate: '2026-10-30', endDate: '2026-11-01' });
  });

  it('refuses invalid activities with a message per field and changes nothing', async () => {
    const { backend, path, acme, globex } = await setup();
    await ok(backend, 'calendar.create', booth(acme.id));
    const fields = await expectRefused(backend, path, 'calendar.create', {
      ...booth(acme.id),
      title: ' ',
      kind: 'flash_mob',
      startDate: '2026-09-10',
      endDate: '2026-09-01',
      budgetMinor: -5,
    });
    expect(fields).toMatchObject({
      title: 'Title is required',
      kind: 'Pick the kind of activity',
      budgetMinor: 'A budget cannot be negative',
    });

    const split = await expectRefused(backend, path, 'calendar.create', {
      ...booth(acme.id),
      splits: [
        { party: 'ours', percent: 60 },
        { party: acme.id, percent: 30 },
      ],
    });
    expect(split).toEqual({ splits: 'The shares add up to 90 %, not 100 %.' });

    const dates = await expectRefused(backend, path, 'calendar.create', {
      ...booth(acme.id),
      startDate: '2026-09-10',
      endDate: '2026-09-01',
    });
    expect(dates).toEqual({ endDate: 'The end is before the start' });

    const outsider = await expectRefused(backend, path, 'calendar.create', {
      ...booth(acme.id),
      splits: [
        { party: 'ours', percent: 50 },
        { party: globex.id, percent: 50 },
      ],
    });
    expect(outsider).toEqual({
      'splits.1.party': 'Only partners of this activity can share its budget',
    });

    const noPartner = await expectRefused(backend, path, 'calendar.create', {
      ...booth(acme.id),
      partnerIds: [],
      splits: [{ party: 'ours', percent: 100 }],
    });
    expect(noPartner).toEqual({ partnerIds: 'Pick at least one partner' });

    const ghost = await expectRefused(backend, path, 'calendar.create', booth(9_999));
    expect(ghost).toEqual({ partnerIds: 'One of these partners no longer exists' });

    const times = await expectRefused(backend, path, 'calendar.create', {
      ...booth(acme.id),
      endDate: '2026-09-09',
      startTime: '14:00',
      endTime: '09:00',
    });
    expect(times).toEqual({ endTime: 'End after the start time' });
    await expectRefused(backend, path, 'calendar.update', { id: 9_999, fields: booth(acme.id) });
    await expectRefused(backend, path, 'calendar.move', { id: 9_999, startDate: '2026-01-01' });
    await expectRefused(backend, path, 'calendar.move', { id: 1, startDate: '2026-02-30' });
    await expectRefused(backend, path, 'calendar.delete', { id: 9_999 });
  });

  it('keeps activities when a partner is deleted, without that partner or its share', async () => {
    const { backend, acme, globex } = await setup();
    const created = await ok(backend, 'calendar.create', {
      ...booth(acme.id),
      partnerIds: [acme.id, globex.id],
      splits: [
        { party: 'ours', percent: 50 },
        { party: acme.id, percent: 25 },
        { party: globex.id, percent: 25 },
      ],
    });
    await ok(backend, 'partners.delete', { id: acme.id });
    await expect(ok(backend, 'calendar.get', { id: created.id })).resolves.toMatchObject({
      partnerIds: [globex.id],
      splits: [
        { party: 'ours', percent: 50 },
        { party: globex.id, percent: 25 },
      ],
    });
  });
});

describe('conflicts and quarterly budgets', () => {
  it('reports overlaps on one channel and audience, weekly overloads and budget over plan', async () => {
    const { backend, acme, globex } = await setup();
    await ok(backend, 'settings.updateParams', { weeklyActivityLimitPerAudience: 2 });
    const a = await ok(backend, 'calendar.create', booth(acme.id));
    const b = await ok(backend, 'calendar.create', {
      ...booth(globex.id),
      title: 'Founder dinner',
      startDate: '2026-09-10',
      endDate: '2026-09-10',
    });
    const c = await ok(backend, 'calendar.create', {
      ...booth(globex.id),
      title: 'Founder webinar',
      channel: 'Webinar',
      startDate: '2026-09-07',
      endDate: '2026-09-07',
    });
    await ok(backend, 'calendar.setBudget', {
      partnerId: acme.id,
      fiscalYear: 2026,
      quarter: 3,
      plannedMinor: 1_500_000,
    });

    const conflicts = await ok(backend, 'calendar.conflicts', {});
    expect(conflicts.map((x) => [x.kind, x.activityIds])).toEqual([
      ['overlap', [a.id, b.id]],
      ['audience-overload', [a.id, b.id, c.id]],
      ['budget-over-plan', [a.id]],
    ]);
    expect(conflicts[0]?.message).toBe(
      '"SaaStr booth" and "Founder dinner" run at the same time on Events for SaaS founders (2026-09-09 to 2026-09-11).',
    );
    expect(conflicts[2]).toMatchObject({
      partnerId: acme.id,
      plannedMinor: 1_500_000,
      spentMinor: 2_000_000,
      overByMinor: 500_000,
    });
    expect(conflicts[2]?.message).toContain('Acme Cloud');

    const october = await ok(backend, 'calendar.conflicts', { from: '2026-10-01' });
    expect(october).toEqual([]);
    const q3 = await ok(backend, 'calendar.conflicts', { from: '2026-09-30', to: '2026-09-30' });
    expect(q3.map((x) => x.kind)).toEqual(['budget-over-plan']);

    await ok(backend, 'settings.updateParams', { weeklyActivityLimitPerAudience: 3 });
    const relaxed = await ok(backend, 'calendar.conflicts', {});
    expect(relaxed.map((x) => x.kind)).toEqual(['overlap', 'budget-over-plan']);

    await ok(backend, 'calendar.update', {
      id: b.id,
      fields: { ...booth(globex.id), status: 'cancelled' },
    });
    const afterCancel = await ok(backend, 'calendar.conflicts', {});
    expect(afterCancel.map((x) => x.kind)).toEqual(['budget-over-plan']);
  });

  it('plans budgets per partner and fiscal quarter and shows what is already scheduled', async () => {
    const { backend, path, acme, globex } = await setup();
    await ok(backend, 'settings.update', {
      orgName: 'Northwind Advisory',
      clientName: 'Contoso',
      currency: 'EUR',
      fiscalYearStartMonth: 4,
      audienceSize: 0,
    });
    await ok(
      backend,
      'calendar.create',
      booth(acme.id, { startDate: '2026-06-30', endDate: '2026-07-02' }),
    );
    await ok(backend, 'calendar.setBudget', {
      partnerId: acme.id,
      fiscalYear: 2027,
      quarter: 1,
      plannedMinor: 2_500_000,
    });
    await ok(backend, 'calendar.setBudget', {
      partnerId: globex.id,
      fiscalYear: 2027,
      quarter: 2,
      plannedMinor: 100,
    });
    await ok(backend, 'calendar.setBudget', {
      partnerId: globex.id,
      fiscalYear: 2027,
      quarter: 2,
      plannedMinor: 700_000,
    });
    await expect(ok(backend, 'calendar.budgets', { fiscalYear: 2027 })).resolves.toEqual([
      {
        partnerId: acme.id,
        fiscalYear: 2027,
        quarter: 1,
        plannedMinor: 2_500_000,
        scheduledMinor: 2_000_000,
      },
      {
        partnerId: globex.id,
        fiscalYear: 2027,
        quarter: 2,
        plannedMinor: 700_000,
        scheduledMinor: 0,
      },
    ]);
    await expect(ok(backend, 'calendar.budgets', { partnerId: globex.id })).resolves.toHaveLength(
      1,
    );

    await ok(backend, 'calendar.setBudget', {
      partnerId: acme.id,
      fiscalYear: 2027,
      quarter: 1,
      plannedMinor: null,
    });
    await expect(ok(backend, 'calendar.budgets', { partnerId: acme.id })).resolves.toEqual([
      {
        partnerId: acme.id,
        fiscalYear: 2027,
        quarter: 1,
        plannedMinor: null,
        scheduledMinor: 2_000_000,
      },
    ]);

    const bad = await expectRefused(backend, path, 'calendar.setBudget', {
      partnerId: acme.id,
      fiscalYear: 2027,
      quarter: 5,
      plannedMinor: -1,
    });
    expect(bad).toEqual({
      quarter: 'Quarters are 1 to 4',
      plannedMinor: 'A budget cannot be negative',
    });
    await expectRefused(backend, path, 'calendar.setBudget', {
      partnerId: 9_999,
      fiscalYear: 2027,
      quarter: 1,
      plannedMinor: 1,
    });
  });
});
