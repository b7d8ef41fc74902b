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

describe('governance overviews', () => {
  it('lists what is requested for decision and clears it when a decision answers it', async () => {
    const { backend, path, globex } = await setup();
    const action = await ok(backend, 'actions.create', {
      partnerId: globex.id,
      title: 'Prepare the renewal proposal',
      owner: 'Ana Ruiz',
      dueDate: '2026-04-01',
      forDecision: true,
      decisionQuestion: 'Renew Globex for two years instead of one?',
    });
    const question = await ok(backend, 'questions.create', {
      question: 'Fund a shared booth at RetailX?',
      context: '€40K, split 50/50',
      raisedBy: 'Sam Lee',
      forDecision: true,
    });
    await ok(backend, 'questions.create', { question: 'Not for the committee' });
    const requested = await ok(backend, 'governance.decisionsRequested', {});
    expect(requested).toEqual([
      expect.objectContaining({
        source: 'action',
        id: action.id,
        question: 'Renew Globex for two years instead of one?',
        detail: 'Prepare the renewal proposal',
        partnerName: 'Globex',
        owner: 'Ana Ruiz',
        dueDate: '2026-04-01',
      }),
      expect.objectContaining({
        source: 'question',
        id: question.id,
        question: 'Fund a shared booth at RetailX?',
        detail: '€40K, split 50/50',
        partnerId: null,
      }),
    ]);
    expect(
      await ok(backend, 'governance.decisionsRequested', { partnerId: globex.id }),
    ).toHaveLength(1);

    const before = canonicalDump(path);
    const ghost = await backend.call('decisions.create', {
      decision: 'Yes',
      kind: 'other',
      date: '2026-04-02',
      decidedBy: 'Committee',
      resolves: { source: 'question', id: 999 },
    });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(canonicalDump(path)).toBe(before);

    await ok(backend, 'decisions.create', {
      partnerId: globex.id,
      decision: 'Renew for two years',
      kind: 'renew',
      date: '2026-04-02',
      decidedBy: 'Steering committee',
      resolves: { source: 'action', id: action.id },
    });
    await ok(backend, 'decisions.create', {
      decision: 'Fund the booth',
      kind: 'expand',
      date: '2026-04-02',
      decidedBy: 'Steering committee',
      resolves: { source: 'question', id: question.id },
    });
    await expect(ok(backend, 'governance.decisionsRequested', {})).resolves.toEqual([]);
    const answered = (await ok(backend, 'questions.list', {})).find((q) => q.id === question.id);
    expect(answered).toMatchObject({ status: 'resolved', answer: 'Fund the booth' });
  });

  it('reports overdue actions and overdue risk reviews against the given day', async () => {
    const { backend, globex, initech } = await setup();
    const overdue = await ok(backend, 'actions.create', {
      partnerId: globex.id,
      title: 'Send the signed DPA',
      dueDate: '2026-03-01',
    });
    await ok(backend, 'actions.create', {
      title: 'Done already',
      dueDate: '2026-02-01',
      status: 'done',
    });
    await ok(backend, 'actions.create', { title: 'Due today', dueDate: '2026-03-10' });
    await ok(backend, 'actions.create', { title: 'No date' });
    const programAction = await ok(backend, 'actions.create', {
      title: 'Agree the partner tiers',
      dueDate: '2026-02-20',
      status: 'in_progress',
    });
    const review = await ok(backend, 'risks.create', {
      partnerId: initech.id,
      title: 'Reseller overlap',
      category: 'channelConflict',
      likelihood: 4,
      impact: 3,
      nextReviewDate: '2026-03-09',
    });
    await ok(backend, 'risks.create', {
      title: 'Closed risk',
      category: 'market',
      likelihood: 4,
      impact: 3,
      status: 'closed',
      nextReviewDate: '2026-01-01',
    });
    const report = await ok(backend, 'governance.overdue', { today: '2026-03-10' });
    expect(report.today).toBe('2026-03-10');
    expect(report.actions.map((a) => a.id)).toEqual([programAction.id, overdue.id]);
    expect(report.actions.every((a) => a.overdue)).toBe(true);
    expect(report.riskReviews.map((r) => r.id)).toEqual([review.id]);

    const forGlobex = await ok(backend, 'governance.overdue', {
      partnerId: globex.id,
      today: '2026-03-10',
    });
    expect(forGlobex.actions.map((a) => a.id)).toEqual([overdue.id]);
    expect(forGlobex.riskReviews).toEqual([]);
    const withoutToday = await ok(backend, 'governance.overdue', {});
    expect(withoutToday.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
