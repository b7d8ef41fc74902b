import { describe, expect, it } from 'vitest';
import { agendaText } from '../../shared/domain/meeting-agendas.ts';
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

describe('meetings', () => {
  it('fills the agenda from the template of its kind unless one is given', async () => {
    const { backend, globex } = await setup();
    const qbr = await ok(backend, 'meetings.create', {
      partnerId: globex.id,
      kind: 'qbr',
      date: '2026-03-31',
      attendees: ['Ana Ruiz', 'Sam Lee'],
    });
    expect(qbr).toMatchObject({
      partnerName: 'Globex',
      kind: 'qbr',
      agenda: agendaText('qbr'),
      attendees: ['Ana Ruiz', 'Sam Lee'],
      actionCount: 0,
    });
    expect(qbr.agenda).toContain('Continue, expand, adjust or end');
    const own = await ok(backend, 'meetings.create', {
      kind: 'check_in',
      date: '2026-04-15',
      agenda: '1. Webinar recap',
    });
    expect(own).toMatchObject({ agenda: '1. Webinar recap', partnerId: null, partnerName: null });
  });

  it('lists by scope, newest first, with counts of actions and decisions', async () => {
    const { backend, globex, initech } = await setup();
    const older = await ok(backend, 'meetings.create', {
      partnerId: globex.id,
      kind: 'check_in',
      date: '2026-01-10',
    });
    const newer = await ok(backend, 'meetings.create', {
      partnerId: globex.id,
      kind: 'qbr',
      date: '2026-03-31',
    });
    const steering = await ok(backend, 'meetings.create', { kind: 'steering', date: '2026-02-01' });
    await ok(backend, 'meetings.create', {
      partnerId: initech.id,
      kind: 'audit',
      date: '2026-02-15',
    });
    await ok(backend, 'actions.create', {
      partnerId: globex.id,
      meetingId: newer.id,
      title: 'Send the QBR deck',
    });
    await ok(backend, 'actions.create', {
      partnerId: globex.id,
      meetingId: newer.id,
      title: 'Book the webinar',
      status: 'done',
    });
    await ok(backend, 'decisions.create', {
      partnerId: globex.id,
      meetingId: newer.id,
      decision: 'Renew for a year',
      kind: 'renew',
      date: '2026-03-31',
      decidedBy: 'Steering committee',
    });
    const forGlobex = await ok(backend, 'meetings.list', { partnerId: globex.id });
    expect(forGlobex.map((m) => m.id)).toEqual([newer.id, older.id]);
    expect(forGlobex[0]).toMatchObject({ actionCount: 2, openActionCount: 1, decisionCount: 1 });
    expect((await ok(backend, 'meetings.list', { partnerId: null })).map((m) => m.id)).toEqual([
      steering.id,
    ]);
    expect(await ok(backend, 'meetings.list', {})).toHaveLength(4);
  });

  it('updates a meeting, returns it with what was agreed, and keeps those records when it is deleted', async () => {
    const { backend, globex } = await setup();
    const m = await ok(backend, 'meetings.create', {
      partnerId: globex.id,
      kind: 'check_in',
      date: '2026-03-03',
    });
    const updated = await ok(backend, 'meetings.update', {
      id: m.id,
      fields: {
        partnerId: globex.id,
        kind: 'check_in',
        date: '2026-03-04',
        title: 'March check-in',
        attendees: ['Ana'],
        notes: 'Webinar moved to April.',
      },
    });
    expect(updated).toMatchObject({ date: '2026-03-04', notes: 'Webinar moved to April.' });
    expect(updated.agenda).toBe(m.agenda);

    const action = await ok(backend, 'actions.create', {
      partnerId: globex.id,
      meetingId: m.id,
      title: 'Confirm speakers',
      dueDate: '2026-03-10',
    });
    const decision = await ok(backend, 'decisions.create', {
      partnerId: globex.id,
      meetingId: m.id,
      decision: 'Move the webinar to April',
      kind: 'adjust',
      date: '2026-03-04',
      decidedBy: 'Ana and Sam',
    });
    const question = await ok(backend, 'questions.create', {
      partnerId: globex.id,
      meetingId: m.id,
      question: 'Who pays for the venue?',
    });
    const detail = await ok(backend, 'meetings.get', { id: m.id, today: '2026-03-20' });
    expect(detail.actions).toEqual([
      expect.objectContaining({
        id: action.id,
        overdue: true,
        meetingLabel: 'Check-in · 2026-03-04',
      }),
    ]);
    expect(detail.decisions.map((d) => d.id)).toEqual([decision.id]);
    expect(detail.questions.map((q) => q.id)).toEqual([question.id]);

    await ok(backend, 'meetings.delete', { id: m.id });
    const [kept] = await ok(backend, 'actions.list', { partnerId: globex.id });
    expect(kept).toMatchObject({ id: action.id, meetingId: null, meetingLabel: null });
    expect((await ok(backend, 'decisions.list', {}))[0]?.meetingId).toBeNull();
    expect((await ok(backend, 'questions.list', {}))[0]?.meetingId).toBeNull();
    const gone = await backend.call('meetings.get', { id: m.id });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses invalid meetings and leaves the workbook unchanged', async () => {
    const { backend, path, globex } = await setup();
    const m = await ok(backend, 'meetings.create', {
      partnerId: globex.id,
      kind: 'qbr',
      date: '2026-03-31',
    });
    const before = canonicalDump(path);
    const bad = await backend.call('meetings.create', {
      kind: 'party',
      date: '2026-02-30',
      attendees: [' '],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          kind: 'Pick a kind of meeting',
          date: 'Use a date like 2026-03-31',
          'attendees.0': 'Attendee is required',
        },
      },
    });
    const ghostPartner = await backend.call('meetings.update', {
      id: m.id,
      fields: { partnerId: 999, kind: 'qbr', date: '2026-03-31' },
    });
    expect(ghostPartner).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const ghost = await backend.call('meetings.delete', { id: 999 });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);
  });
});
