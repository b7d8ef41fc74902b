import type { partnerMethods } from '../../../shared/contract/partners.ts';
import type { HandlerMap } from '../handler-types.ts';

export const partnerHandlers: HandlerMap<keyof typeof partnerMethods> = {
  'partners.list': (input, { state }) => state.require().repos.partners.list(input),
  'partners.get': (input, { state }) => state.require().repos.partners.get(input.id),
  'partners.create': (input, { state }) => state.require().repos.partners.create(input),
  'partners.update': (input, { state }) =>
    state.require().repos.partners.update(input.id, input.fields),
  'partners.delete': (input, { state }) => {
    state.require().repos.partners.delete(input.id);
    return null;
  },
  'contacts.create': ({ partnerId, ...fields }, { state }) =>
    state.require().repos.partners.createContact(partnerId, fields),
  'contacts.update': (input, { state }) =>
    state.require().repos.partners.updateContact(input.id, input.fields),
  'contacts.delete': (input, { state }) => {
    state.require().repos.partners.deleteContact(input.id);
    return null;
  },
};
