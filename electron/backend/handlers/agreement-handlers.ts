import type { agreementMethods } from '../../../shared/contract/agreements.ts';
import type { HandlerMap } from '../handler-types.ts';

export const agreementHandlers: HandlerMap<keyof typeof agreementMethods> = {
  'agreements.get': (input, { state }) => state.require().repos.agreements.get(input.partnerId),
  'agreements.save': (input, { state }) =>
    state.require().repos.agreements.save(input.partnerId, input.fields),
  'agreements.list': (_input, { state }) => state.require().repos.agreements.list(),
  'deliverables.create': ({ partnerId, ...fields }, { state }) =>
    state.require().repos.agreements.createDeliverable(partnerId, fields),
  'deliverables.update': (input, { state }) =>
    state.require().repos.agreements.updateDeliverable(input.id, input.fields),
  'deliverables.delete': (input, { state }) => {
    state.require().repos.agreements.deleteDeliverable(input.id);
    return null;
  },
};
