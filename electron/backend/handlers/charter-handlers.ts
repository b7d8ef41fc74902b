import type { charterMethods } from '../../../shared/contract/charters.ts';
import type { HandlerMap } from '../handler-types.ts';

export const charterHandlers: HandlerMap<keyof typeof charterMethods> = {
  'charters.get': (input, { state }) => state.require().repos.charters.get(input.partnerId),
  'charters.save': (input, { state }) =>
    state.require().repos.charters.save(input.partnerId, input.fields),
  'charters.approve': (input, { state }) =>
    state.require().repos.charters.approve(input.partnerId, input.approvedOn, input.approvedBy),
  'charters.version': (input, { state }) => state.require().repos.charters.version(input.id),
  'charters.overview': (_input, { state }) => state.require().repos.charters.overview(),
};
