import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract/index.ts';
import type { BackendState } from './state.ts';

export interface HandlerContext {
  readonly state: BackendState;
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerMap<K extends MethodName> = { [M in K]: Handler<M> };
export type Handlers = HandlerMap<MethodName>;
