import { describe, expect, it } from 'vitest';
import { ok } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { booth, calendarWorkbook, expectRefused } from './calendar-setup.ts';

const tempDir = useTempDirs();
const setup = () => calendarWorkbook(tempDir());

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
