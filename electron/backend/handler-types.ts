import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract/index.ts';
import type { PrintServiceSlot } from './pack/print-service.ts';
import type { BackendState } from './state.ts';

export interface HandlerContext {
  readonly state: BackendState;
  /** Filled by the host (Electron or browser) so the backend can print its own pages. */
  readonly printing: PrintServiceSlot;
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerMap<K extends MethodName> = { [M in K]: Handler<M> };
export type Handlers = HandlerMap<MethodName>;
