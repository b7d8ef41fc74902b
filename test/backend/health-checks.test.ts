import { describe, expect, it } from 'vitest';
import type { HealthCheckFields } from '../../shared/contract/index.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

const r = (score: number, rationale = '') => ({ score, rationale });

const march: HealthCheckFields = {
  date: '2026-03-10',
  ourRespondent: 'Ana Ruiz',
  theirRespondent: 'Sam Lee',
  ours: {
    purpose: r(4, 'Both want mid-market retail'),
    governance: r(2, 'No steering meeting since January'),
    culture: r(4),
    incentives: r(5, 'Referral fee pays out monthly'),
    knowledge: r(3),
    technology: r(3),
    resilience: r(4),
  },
  theirs: {
    purpose: r(4),
    governance: r(4, 'Monthly calls work for us'),
    culture: r(4),
    incentives: r(2, 'Our sales team sees no commission'),
    knowledge: r(3),
    technology: r(3),
  },
};

async function setup() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const partner = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
  return { backend, path, partner };
}

describe('bilateral health checks', () => {
  it('records both sides per pillar and shows where they disagree by two points or more', async () => {
    const { backend, partner } = await setup();
    const created = await ok(backend, 'healthChecks.create', { partnerId: partner.id, ...march });
    expect(created).toMatchObject({
      partnerId: partner.id,
      date: '2026-03-10',
      ourRespondent: 'Ana Ruiz',
      theirRespondent: 'Sam Lee',
    });
    expect(created.theirs.resilience).toBeNull();
    expect(created.ours.incentives).toEqual({
      score: 5,
      rationale: 'Referral fee pays out monthly',
    });
    expect(created.analysis.disagreements).toEqual(['governance', 'incentives']);
    expect(created.analysis.pillars.find((p) => p.pillar === 'incentives')).toMatchObject({
      ours: 5,
      theirs: 2,
      gap: 3,
      disagree: true,
      theirsRationale: 'Our sales team sees no commission',
    });
    // Ours: 25 ÷ 7; theirs rated six pillars: 20 ÷ 6.
    expect(created.analysis.averageOurs).toBe(3.57);
    expect(created.analysis.averageTheirs).toBe(3.33);

    const list = await ok(backend, 'healthChecks.list', { partnerId: partner.id });
    expect(list.checks).toEqual([created]);
    expect(list.history).toEqual([
      {
        date: '2026-03-10',
        averageOurs: 3.57,
        averageTheirs: 3.33,
        disagreements: ['governance', 'incentives'],
      },
    ]);
    expect(list.latestChange).toBeNull();
  });

  it('keeps repeated checks as history and compares the newest with the one before', async () => {
    const { backend, partner } = await setup();
    await ok(backend, 'healthChecks.create', { partnerId: partner.id, ...march });
    const june = await ok(backend, 'healthChecks.create', {
      partnerId: partner.id,
      ...march,
      date: '2026-06-12',
      ours: { ...march.ours, governance: r(4, 'Steering meets monthly now') },
      theirs: { ...march.theirs, technology: r(1, 'The connector broke twice') },
    });
    const list = await ok(backend, 'healthChecks.list', { partnerId: partner.id });
    expect(list.checks.map((c) => c.date)).toEqual(['2026-06-12', '2026-03-10']);
    expect(list.checks[0]).toEqual(june);
    expect(list.history.map((h) => h.date)).toEqual(['2026-03-10', '2026-06-12']);
    expect(list.latestChange).toMatchObject({
      earlierDate: '2026-03-10',
      laterDate: '2026-06-12',
      newDisagreements: ['technology'],
      resolvedDisagreements: ['governance'],
    });
    expect(list.latestChange?.pillars.find((p) => p.pillar === 'governance')).toEqual({
      pillar: 'governance',
      oursChange: 2,
      theirsChange: 0,
      gapChange: -2,
    });
  });

  it('updates a check in place and deletes it', async () => {
    const { backend, partner } = await setup();
    const created = await ok(backend, 'healthChecks.create', { partnerId: partner.id, ...march });
    const updated = await ok(backend, 'healthChecks.update', {
      id: created.id,
      fields: { ...march, notes: 'Held at their office', theirs: { purpose: r(5) } },
    });
    expect(updated).toMatchObject({ id: created.id, notes: 'Held at their office' });
    expect(updated.theirs).toMatchObject({ purpose: { score: 5 }, governance: null });
    expect(updated.analysis.disagreements).toEqual([]);

    await ok(backend, 'healthChecks.delete', { id: created.id });
    const list = await ok(backend, 'healthChecks.list', { partnerId: partner.id });
    expect(list.checks).toEqual([]);
    await expect(backend.call('healthChecks.delete', { id: created.id })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That health check no longer exists.' },
    });
  });

  it('refuses a check with nothing scored, a score outside 1 to 5 or an unknown partner, and changes nothing', async () => {
    const { backend, path, partner } = await setup();
    const kept = await ok(backend, 'healthChecks.create', { partnerId: partner.id, ...march });
    const before = canonicalDump(path);

    await expect(
      backend.call('healthChecks.create', { partnerId: partner.id, date: '2026-04-01' }),
    ).resolves.toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { ours: 'Score at least one pillar for either side' },
      },
    });
    await expect(
      backend.call('healthChecks.create', {
        partnerId: partner.id,
        ...march,
        ours: { ...march.ours, culture: r(6) },
      }),
    ).resolves.toMatchObject({
      ok: false,
      error: { fields: { 'ours.culture.score': 'Score from 1 to 5' } },
    });
    await expect(
      backend.call('healthChecks.create', { ...march, partnerId: 4242 }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    await expect(
      backend.call('healthChecks.update', {
        id: kept.id,
        fields: { ...march, date: '10/03/2026' },
      }),
    ).resolves.toMatchObject({
      ok: false,
      error: { fields: { 'fields.date': 'Use a date like 2026-03-31' } },
    });
    await expect(
      backend.call('healthChecks.update', { id: 999, fields: march }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);
  });

  it('goes with its partner when the partner is deleted', async () => {
    const { backend, path, partner } = await setup();
    await ok(backend, 'healthChecks.create', { partnerId: partner.id, ...march });
    await ok(backend, 'partners.delete', { id: partner.id });
    const dump = canonicalDump(path);
    expect(dump).toMatch(/health_checks\n\[\]/);
    expect(dump).toMatch(/health_check_ratings\n\[\]/);
  });
});
