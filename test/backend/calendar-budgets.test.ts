import { describe, expect, it } from 'vitest';
import { ok } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';
import { booth, calendarWorkbook, expectRefused } from './calendar-setup.ts';

const tempDir = useTempDirs();
const setup = () => calendarWorkbook(tempDir());

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
