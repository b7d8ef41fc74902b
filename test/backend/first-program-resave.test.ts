import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend.ts';
import type { ActivityFields, FirstProgramCandidate } from '../../shared/contract/index.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

// A step of the guided start saved a second time (the founder goes back to fix a date) must
// update what the step made the first time, never add a second activity, meeting or partner.

const tempDir = useTempDirs();
const backends: Backend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.close();
});

async function setup() {
  const made = await backendWithWorkbook(tempDir());
  backends.push(made.backend);
  const partner = await ok(made.backend, 'partners.create', {
    name: 'Harbor Commerce',
    type: 'integration',
    stage: 'signed',
  });
  await ok(made.backend, 'firstProgram.save', {
    step: 'campaign',
    completed: ['candidates', 'outreach', 'firstCall', 'type', 'draft', 'legal', 'sign', 'kickoff'],
    partnerId: partner.id,
  });
  return { ...made, partner };
}

const campaign = (partnerId: number, patch: Partial<ActivityFields> = {}): ActivityFields => ({
  title: 'Joint webinar with Harbor',
  kind: 'joint_webinar',
  partnerIds: [partnerId],
  channel: 'Webinar',
  startDate: '2026-06-10',
  endDate: '2026-06-10',
  status: 'confirmed',
  budgetMinor: 200_000,
  splits: [
    { party: 'ours', percent: 50 },
    { party: partnerId, percent: 50 },
  ],
  ...patch,
});

const quickFit = (score: number, competitor = false): FirstProgramCandidate['fit'] => ({
  criteria: {
    complementary: { score, note: '' },
    sharedAudience: { score, note: '' },
    brandValues: { score, note: '' },
    strategicFit: { score, note: '' },
  },
  redFlags: competitor ? { directCompetitor: { raised: true, note: '' } } : {},
});

describe('the guided start saved again', () => {
  it('updates the first campaign instead of adding a second activity', async () => {
    const { backend, partner } = await setup();
    const first = await ok(backend, 'firstProgram.saveCampaign', campaign(partner.id));
    const again = await ok(
      backend,
      'firstProgram.saveCampaign',
      campaign(partner.id, {
        title: 'Spring webinar with Harbor',
        startDate: '2026-06-17',
        endDate: '2026-06-17',
      }),
    );
    expect(again.id).toBe(first.id);
    const activities = await ok(backend, 'calendar.list', {});
    expect(activities.map((a) => [a.title, a.startDate])).toEqual([
      ['Spring webinar with Harbor', '2026-06-17'],
    ]);
    // The link is kept with the record; the step and the steps done are left alone.
    expect(await ok(backend, 'firstProgram.get', {})).toMatchObject({
      step: 'campaign',
      campaignActivityId: first.id,
    });
  });

  it('keeps one meeting per step for the first call, the kick-off and the review', async () => {
    const { backend, partner } = await setup();
    const meeting = (title: string, date: string) => ({
      partnerId: partner.id,
      kind: 'check_in' as const,
      title,
      date,
    });
    const call = await ok(backend, 'firstProgram.saveMeeting', {
      slot: 'firstCallMeetingId',
      fields: meeting('First call', '2026-04-01'),
    });
    const kickoff = await ok(backend, 'firstProgram.saveMeeting', {
      slot: 'kickoffMeetingId',
      fields: meeting('Kick-off', '2026-05-01'),
    });
    await ok(backend, 'firstProgram.saveMeeting', {
      slot: 'firstCallMeetingId',
      fields: meeting('First call', '2026-04-02'),
    });
    await ok(backend, 'firstProgram.saveMeeting', {
      slot: 'kickoffMeetingId',
      fields: meeting('Kick-off', '2026-05-03'),
    });
    const review = await ok(backend, 'firstProgram.saveMeeting', {
      slot: 'reviewMeetingId',
      fields: meeting('Review', '2026-07-01'),
    });

    const meetings = await ok(backend, 'meetings.list', {});
    expect(meetings.map((m) => [m.title, m.date]).sort()).toEqual([
      ['First call', '2026-04-02'],
      ['Kick-off', '2026-05-03'],
      ['Review', '2026-07-01'],
    ]);
    expect(await ok(backend, 'firstProgram.get', {})).toMatchObject({
      firstCallMeetingId: call.id,
      kickoffMeetingId: kickoff.id,
      reviewMeetingId: review.id,
    });
  });

  it('updates the decision of the last step instead of logging it twice', async () => {
    const { backend, partner } = await setup();
    const decision = {
      partnerId: partner.id,
      decision: 'Expand Harbor Commerce',
      kind: 'expand' as const,
      date: '2026-08-01',
      decidedBy: 'Ana Ruiz',
    };
    const first = await ok(backend, 'firstProgram.saveDecision', decision);
    await ok(backend, 'firstProgram.saveDecision', {
      ...decision,
      decision: 'Renew Harbor Commerce',
      kind: 'renew',
    });
    const decisions = await ok(backend, 'decisions.list', {});
    expect(decisions.map((d) => [d.id, d.decision, d.kind])).toEqual([
      [first.id, 'Renew Harbor Commerce', 'renew'],
    ]);
  });

  it('rescores a candidate added again under the same name instead of duplicating it', async () => {
    const { backend } = await setup();
    const first = await ok(backend, 'firstProgram.saveCandidate', {
      name: 'Quillmail',
      type: 'co_marketing',
      fit: quickFit(2),
    });
    const again = await ok(backend, 'firstProgram.saveCandidate', {
      name: '  quillmail ',
      type: 'content',
      fit: quickFit(5),
    });
    expect(again.id).toBe(first.id);
    const partners = await ok(backend, 'partners.list', { includeArchived: true });
    expect(partners.filter((p) => p.name.toLowerCase() === 'quillmail')).toHaveLength(1);
    expect(again).toMatchObject({ name: 'quillmail', type: 'content', stage: 'identified' });
    const fit = await ok(backend, 'fit.get', { partnerId: first.id });
    expect(fit.criteria.complementary?.score).toBe(5);

    // A candidate already further along keeps its stage when rescored.
    const signed = await ok(backend, 'firstProgram.saveCandidate', {
      name: 'Harbor Commerce',
      type: 'integration',
      fit: quickFit(4),
    });
    expect(signed.stage).toBe('signed');
    expect(await ok(backend, 'partners.list', { includeArchived: true })).toHaveLength(2);
  });

  it('makes the record again when the one it made was deleted', async () => {
    const { backend, partner } = await setup();
    const first = await ok(backend, 'firstProgram.saveCampaign', campaign(partner.id));
    await ok(backend, 'calendar.delete', { id: first.id });
    const again = await ok(backend, 'firstProgram.saveCampaign', campaign(partner.id));
    expect(again.id).not.toBe(first.id);
    expect(await ok(backend, 'calendar.list', {})).toHaveLength(1);
    expect((await ok(backend, 'firstProgram.get', {})).campaignActivityId).toBe(again.id);
  });

  it('refuses an invalid campaign and changes nothing, not even the link', async () => {
    const { backend, partner, path } = await setup();
    await ok(backend, 'firstProgram.saveCampaign', campaign(partner.id));
    const before = canonicalDump(path);
    const result = await backend.call(
      'firstProgram.saveCampaign',
      campaign(partner.id, { endDate: '2026-06-01' }),
    );
    expect(result.ok).toBe(false);
    const missing = await backend.call('firstProgram.saveMeeting', {
      slot: 'reviewMeetingId',
      fields: { partnerId: 999, kind: 'check_in', date: '2026-07-01' },
    });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
    expect(canonicalDump(path)).toBe(before);
  });
});
