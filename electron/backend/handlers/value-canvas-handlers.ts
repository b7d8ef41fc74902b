import type { valueCanvasMethods } from '../../../shared/contract/value-canvas.ts';
import type { HandlerMap } from '../handler-types.ts';

export const valueCanvasHandlers: HandlerMap<keyof typeof valueCanvasMethods> = {
  'valueCanvas.get': (input, { state }) => state.require().repos.valueCanvas.get(input.partnerId),
  'valueCanvas.setSegment': (input, { state }) =>
    state.require().repos.valueCanvas.setSegment(input.partnerId, input.customerSegment),
  'valueCanvas.addItem': (input, { state }) => state.require().repos.valueCanvas.addItem(input),
  'valueCanvas.updateItem': (input, { state }) =>
    state.require().repos.valueCanvas.updateItem(input.id, input.fields),
  'valueCanvas.moveItem': (input, { state }) =>
    state.require().repos.valueCanvas.moveItem(input.id, input.rank),
  'valueCanvas.setLinks': (input, { state }) =>
    state.require().repos.valueCanvas.setLinks(input.id, input.linkedIds),
  'valueCanvas.deleteItem': (input, { state }) =>
    state.require().repos.valueCanvas.deleteItem(input.id),
  'valueCanvas.restoreItem': (input, { state }) =>
    state.require().repos.valueCanvas.restoreItem(input),
};
