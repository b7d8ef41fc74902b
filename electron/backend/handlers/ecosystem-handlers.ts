import type { ecosystemMethods } from '../../../shared/contract/ecosystem.ts';
import type { HandlerMap } from '../handler-types.ts';

export const ecosystemHandlers: HandlerMap<keyof typeof ecosystemMethods> = {
  'ecosystem.get': (_input, { state }) => state.require().repos.ecosystem.get(),
  'ecosystem.addNode': (input, { state }) =>
    state.require().repos.ecosystem.addNode(input.fields, { x: input.x, y: input.y }),
  'ecosystem.updateNode': (input, { state }) =>
    state.require().repos.ecosystem.updateNode(input.id, input.fields),
  'ecosystem.moveNodes': (input, { state }) => {
    state.require().repos.ecosystem.moveNodes(input.positions);
    return null;
  },
  'ecosystem.addEdge': (input, { state }) =>
    state.require().repos.ecosystem.addEdge(input.sourceId, input.targetId, input.fields),
  'ecosystem.updateEdge': (input, { state }) =>
    state.require().repos.ecosystem.updateEdge(input.id, input.fields),
  'ecosystem.delete': (input, { state }) =>
    state.require().repos.ecosystem.delete(input.nodeIds, input.edgeIds),
  'ecosystem.restore': (input, { state }) => {
    state.require().repos.ecosystem.restore(input);
    return null;
  },
  'ecosystem.addAllPartners': (_input, { state }) =>
    state.require().repos.ecosystem.addAllPartners(),
};
