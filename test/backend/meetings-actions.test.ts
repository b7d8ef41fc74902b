import { describe, expect, it } from 'vitest';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

async function setup() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const globex = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
  const initech = await ok(backend, 'partners.create', { name: 'Initech', type: 'content' });
  return { backend, path, globex, initech };
}

describe('action items', () => {
  it('creates, edits, moves through statuses and deletes an action', async () => {
    const { backend, globex } = await setup();
    const created = await ok(backend, 'actions.create', {
      partnerId: globex.id,
      title: 'Draft the joint case study',
      owner: 'Ana Ruiz',
      dueDate: '2026-04-15',
    });
    expect(created).toMatchObject({ status: 'open', partnerName: 'Globex', forDecision: false });
    const edited = await ok(backend, 'actions.update', {
      id: created.id,
      fields: {
        partnerId: globex.id,
        title: 'Draft and approve the joint case study',
        owner: 'Sam Lee',
        dueDate: '2026-04-30',
        status: 'in_progress',
      },
    });
    expect(edited).toMatchObject({
      owner: 'Sam Lee',
      status: 'in_progress',
      dueDate: '2026-04-30',
    });
    const done = await ok(backend, 'actions.setStatus', { id: created.id, status: 'done' });
    expect(done.status).toBe('done');
    await ok(backend, 'actions.delete', { id: created.id });
    await expect(ok(backend, 'actions.list', {})).resolves.toEqual([]);
  });

  it('lists by scope and meeting, earliest due first and undated last', async () => {
    const { backend, globex, initech } = await setup();
    const m = await ok(backend, 'meetings.create', { kind: 'steering', date: '2026-03-01' });
    const late = await ok(backend, 'actions.create', { title: 'Late', dueDate: '2026-05-01' });
    const undated = await ok(backend, 'actions.create', { title: 'Whenever' });
    const early = await ok(backend, 'actions.create', {
      partnerId: globex.id,
      meetingId: m.id,
      title: 'Early',
      dueDate: '2026-03-15',
    });
    const other = await ok(backend, 'actions.create', { partnerId: initech.id, title: 'Other' });
    const ids = (list: { id: number }[]) => list.map((a) => a.id);
    expect(ids(await ok(backend, 'actions.list', {}))).toEqual([
      early.id,
      late.id,
      undated.id,
      other.id,
    ]);
    expect(ids(await ok(backend, 'actions.list', { partnerId: null }))).toEqual([
      late.id,
      undated.id,
    ]);
    expect(ids(await ok(backend, 'actions.list', { partnerId: globex.id }))).toEqual([early.id]);
    expect(ids(await ok(backend, 'actions.list', { meetingId: m.id }))).toEqual([early.id]);
  });

  it('refuses an action flagged for decision without a question, or tied to another partner’s meeting', async () => {
    const { backend, path, globex, initech } = await setup();
    const m = await ok(backend, 'meetings.create', {
      partnerId: globex.id,
      kind: 'qbr',
      date: '2026-03-31',
    });
    const before = canonicalDump(path);
    const noQuestion = await backend.call('actions.create', {
      title: 'Extend the pilot',
      forDecision: true,
    });
    expect(noQuestion).toMatchObject({
      ok: false,
      error: { fields: { decisionQuestion: 'Write the question the committee should decide' } },
    });
    const wrongPartner = await backend.call('actions.create', {
      partnerId: initech.id,
      meetingId: m.id,
      title: 'Mix-up',
    });
    expect(wrongPartner).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { partnerId: 'Use the partnership the meeting belongs to' },
      },
    });
    const invalid = await backend.call('actions.create', {
      title: '',
      dueDate: 'tomorrow',
      status: 'someday',
    });
    expect(invalid).toMatchObject({
      ok: false,
      error: {
        fields: {
          title: 'Action is required',
          dueDate: 'Use a date like 2026-03-31',
          status: 'Pick a status',
        },
      },
    });
    const ghostMeeting = await backend.call('actions.create', { meetingId: 999, title: 'Ghost' });
    expect(ghostMeeting).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const ghostStatus = await backend.call('actions.setStatus', { id: 999, status: 'done' });
    expect(ghostStatus).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);
  });
});

describe('decisions and open questions', () => {
  it('logs, edits and deletes decisions, newest first', async () => {
    const { backend, path, globex } = await setup();
    const first = await ok(backend, 'decisions.create', {
      partnerId: globex.id,
      decision: 'Start a three-month pilot',
      kind: 'other',
      date: '2026-01-10',
      decidedBy: 'Ana Ruiz',
      rationale: 'Low cost, quick signal.',
    });
    const second = await ok(backend, 'decisions.create', {
      partnerId: globex.id,
      decision: 'Expand to the Nordics',
      kind: 'expand',
      date: '2026-03-31',
      decidedBy: 'Steering committee',
    });
    expect(
      (await ok(backend, 'decisions.list', { partnerId: globex.id })).map((d) => d.id),
    ).toEqual([second.id, first.id]);
    const edited = await ok(backend, 'decisions.update', {
      id: first.id,
      fields: {
        partnerId: globex.id,
        decision: 'Start a six-month pilot',
        kind: 'adjust',
        date: '2026-01-10',
        decidedBy: 'Ana Ruiz',
      },
    });
    expect(edited).toMatchObject({ kind: 'adjust', decision: 'Start a six-month pilot' });
    const before = canonicalDump(path);
    const bad = await backend.call('decisions.create', {
      decision: ' ',
      kind: 'maybe',
      date: '',
      decidedBy: '',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        fields: {
          decision: 'Decision is required',
          kind: 'Pick a kind of decision',
          date: 'Use a date like 2026-03-31',
          decidedBy: 'Decided by is required',
        },
      },
    });
    expect(canonicalDump(path)).toBe(before);
    await ok(backend, 'decisions.delete', { id: first.id });
    expect(await ok(backend, 'decisions.list', {})).toHaveLength(1);
  });

  it('keeps open questions, edits and deletes them', async () => {
    const { backend } = await setup();
    const q = await ok(backend, 'questions.create', {
      question: 'Do we allow a second reseller in Iberia?',
      raisedBy: 'Ana Ruiz',
    });
    expect(q).toMatchObject({ status: 'open', forDecision: false, partnerId: null });
    const resolved = await ok(backend, 'questions.update', {
      id: q.id,
      fields: { question: q.question, status: 'resolved', answer: 'No, not this year.' },
    });
    expect(resolved).toMatchObject({ status: 'resolved', answer: 'No, not this year.' });
    await ok(backend, 'questions.delete', { id: q.id });
    await expect(ok(backend, 'questions.list', {})).resolves.toEqual([]);
    const ghost = await backend.call('questions.delete', { id: q.id });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
