import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const backends: Backend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.close();
});

async function setup() {
  const made = await backendWithWorkbook(tempDir());
  backends.push(made.backend);
  return made;
}

describe('firstProgram', () => {
  it('reads as not started in a new workbook', async () => {
    const { backend } = await setup();
    expect(await ok(backend, 'firstProgram.get', {})).toMatchObject({
      step: 'candidates',
      completed: [],
      partnerId: null,
      updatedAt: null,
    });
  });

  it('keeps the step, the steps done in checklist order, and the records made, across a reopen', async () => {
    const { backend, path } = await setup();
    const partner = await ok(backend, 'partners.create', { name: 'Harbor', type: 'integration' });
    const meeting = await ok(backend, 'meetings.create', {
      partnerId: partner.id,
      kind: 'check_in',
      date: '2026-05-01',
    });
    const saved = await ok(backend, 'firstProgram.save', {
      step: 'type',
      completed: ['firstCall', 'candidates', 'outreach', 'candidates'],
      partnerId: partner.id,
      firstCallMeetingId: meeting.id,
    });
    expect(saved.completed).toEqual(['candidates', 'outreach', 'firstCall']);
    expect(saved.updatedAt).not.toBeNull();

    await ok(backend, 'workbook.close', {});
    await ok(backend, 'workbook.open', { path });
    expect(await ok(backend, 'firstProgram.get', {})).toMatchObject({
      step: 'type',
      completed: ['candidates', 'outreach', 'firstCall'],
      partnerId: partner.id,
      firstCallMeetingId: meeting.id,
    });
  });

  it('forgets the links when the partner or meeting is deleted, keeping the progress', async () => {
    const { backend } = await setup();
    const partner = await ok(backend, 'partners.create', { name: 'Harbor', type: 'integration' });
    const meeting = await ok(backend, 'meetings.create', {
      partnerId: partner.id,
      kind: 'check_in',
      date: '2026-05-01',
    });
    await ok(backend, 'firstProgram.save', {
      step: 'type',
      completed: ['candidates'],
      partnerId: partner.id,
      firstCallMeetingId: meeting.id,
    });
    await ok(backend, 'meetings.delete', { id: meeting.id });
    await ok(backend, 'partners.delete', { id: partner.id });
    expect(await ok(backend, 'firstProgram.get', {})).toMatchObject({
      step: 'type',
      completed: ['candidates'],
      partnerId: null,
      firstCallMeetingId: null,
    });
  });

  it('refuses an unknown step or partner and changes nothing', async () => {
    const { backend, path } = await setup();
    await ok(backend, 'firstProgram.save', { step: 'outreach', completed: ['candidates'] });
    const before = canonicalDump(path);

    const badStep = await backend.call('firstProgram.save', { step: 'celebrate' });
    expect(badStep.ok ? null : badStep.error.fields).toEqual({ step: 'Pick a step' });
    const badPartner = await backend.call('firstProgram.save', { step: 'type', partnerId: 999 });
    expect(badPartner.ok ? null : badPartner.error.code).toBe('not_found');

    expect(canonicalDump(path)).toBe(before);
  });
});
