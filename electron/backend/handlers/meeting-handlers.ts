import type { governanceMethods } from '../../../shared/contract/governance.ts';
import type { meetingMethods } from '../../../shared/contract/meetings.ts';
import type { DecisionRequest } from '../../../shared/contract/index.ts';
import { localIsoDate } from '../../../db/repositories/governance-scope.ts';
import type { HandlerMap } from '../handler-types.ts';

export const meetingHandlers: HandlerMap<
  keyof typeof meetingMethods | keyof typeof governanceMethods
> = {
  'meetings.list': (input, { state }) => state.require().repos.meetings.list(input.partnerId),
  'meetings.get': (input, { state }) => {
    const { meetings, actions, decisions } = state.require().repos;
    const today = input.today ?? localIsoDate();
    return {
      ...meetings.get(input.id),
      actions: actions.list({ meetingId: input.id }, today),
      decisions: decisions.listDecisions(undefined, input.id),
      questions: decisions.listQuestions(undefined, input.id),
    };
  },
  'meetings.create': (input, { state }) => state.require().repos.meetings.create(input),
  'meetings.update': (input, { state }) =>
    state.require().repos.meetings.update(input.id, input.fields),
  'meetings.delete': (input, { state }) => {
    state.require().repos.meetings.delete(input.id);
    return null;
  },

  'actions.list': (input, { state }) =>
    state
      .require()
      .repos.actions.list(
        { partnerId: input.partnerId, meetingId: input.meetingId },
        input.today ?? localIsoDate(),
      ),
  'actions.create': (input, { state }) =>
    state.require().repos.actions.create(input, localIsoDate()),
  'actions.update': (input, { state }) =>
    state.require().repos.actions.update(input.id, input.fields, localIsoDate()),
  'actions.setStatus': (input, { state }) =>
    state.require().repos.actions.setStatus(input.id, input.status, localIsoDate()),
  'actions.delete': (input, { state }) => {
    state.require().repos.actions.delete(input.id);
    return null;
  },

  'decisions.list': (input, { state }) =>
    state.require().repos.decisions.listDecisions(input.partnerId),
  'decisions.create': ({ resolves, ...fields }, { state }) => {
    const { actions, decisions } = state.require().repos;
    const created = decisions.createDecision(fields);
    if (resolves?.source === 'action') actions.markDecided(resolves.id);
    if (resolves?.source === 'question') decisions.resolveQuestion(resolves.id, fields.decision);
    return created;
  },
  'decisions.update': (input, { state }) =>
    state.require().repos.decisions.updateDecision(input.id, input.fields),
  'decisions.delete': (input, { state }) => {
    state.require().repos.decisions.deleteDecision(input.id);
    return null;
  },

  'questions.list': (input, { state }) =>
    state.require().repos.decisions.listQuestions(input.partnerId),
  'questions.create': (input, { state }) => state.require().repos.decisions.createQuestion(input),
  'questions.update': (input, { state }) =>
    state.require().repos.decisions.updateQuestion(input.id, input.fields),
  'questions.delete': (input, { state }) => {
    state.require().repos.decisions.deleteQuestion(input.id);
    return null;
  },

  'governance.overdue': (input, { state }) => {
    const { actions, risks } = state.require().repos;
    const today = input.today ?? localIsoDate();
    return {
      today,
      actions: actions.overdue(input.partnerId, today),
      riskReviews: risks.overdueReviews(input.partnerId, today),
    };
  },
  'governance.decisionsRequested': (input, { state }) => {
    const { actions, decisions } = state.require().repos;
    const fromActions: DecisionRequest[] = actions
      .flagged(input.partnerId, localIsoDate())
      .map((a) => ({
        source: 'action',
        id: a.id,
        partnerId: a.partnerId,
        partnerName: a.partnerName,
        question: a.decisionQuestion,
        detail: a.title,
        owner: a.owner,
        dueDate: a.dueDate,
        raisedOn: a.createdAt.slice(0, 10),
      }));
    const fromQuestions: DecisionRequest[] = decisions
      .flaggedQuestions(input.partnerId)
      .map((q) => ({
        source: 'question',
        id: q.id,
        partnerId: q.partnerId,
        partnerName: q.partnerName,
        question: q.question,
        detail: q.context,
        owner: q.raisedBy,
        dueDate: null,
        raisedOn: q.createdAt.slice(0, 10),
      }));
    return [...fromActions, ...fromQuestions].sort(
      (a, b) =>
        a.raisedOn.localeCompare(b.raisedOn) || a.source.localeCompare(b.source) || a.id - b.id,
    );
  },
};
