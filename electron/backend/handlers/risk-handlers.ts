import type { riskMethods } from '../../../shared/contract/risks.ts';
import { localIsoDate } from '../../../db/repositories/governance-scope.ts';
import type { HandlerMap } from '../handler-types.ts';

export const riskHandlers: HandlerMap<keyof typeof riskMethods> = {
  'risks.list': (input, { state }) =>
    state.require().repos.risks.list(input.partnerId, input.today ?? localIsoDate()),
  'risks.get': (input, { state }) =>
    state.require().repos.risks.get(input.id, input.today ?? localIsoDate()),
  'risks.create': (input, { state }) => state.require().repos.risks.create(input, localIsoDate()),
  'risks.update': (input, { state }) =>
    state.require().repos.risks.update(input.id, input.fields, localIsoDate()),
  'risks.delete': (input, { state }) => {
    state.require().repos.risks.delete(input.id);
    return null;
  },
  'risks.top': (input, { state }) =>
    state.require().repos.risks.top(input.limit, input.basis, input.today ?? localIsoDate()),
};
