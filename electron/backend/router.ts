import type { z } from '../../shared/contract/zod.ts';
import {
  AppError,
  contract,
  isMethodName,
  type ApiError,
  type Envelope,
  type MethodName,
} from '../../shared/contract/index.ts';
import type { Handler, HandlerContext, Handlers } from './handler-types.ts';

export interface Router {
  /** The one trusted entry point: validates input, runs the handler, never throws. */
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
}

export interface RouterOptions {
  /** Validate handler output against the contract (development and tests). */
  checkOutput: boolean;
  onInternalError?: (method: string, error: unknown) => void;
}

export function zodIssuesToError(error: z.ZodError, summary: string): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = Object.entries(fields)[0];
  const detail = first ? (first[0] === '_' ? first[1] : `${first[0]}: ${first[1]}`) : '';
  return { code: 'invalid_input', message: detail ? `${summary} ${detail}` : summary, fields };
}

const sqliteMessages: Record<string, string> = {
  SQLITE_FULL: 'The disk is full, so this change was not saved. Free some space and try again.',
  SQLITE_IOERR: 'The workbook file could not be written, so this change was not saved.',
  SQLITE_READONLY: 'The workbook file is read-only on disk, so this change was not saved.',
  SQLITE_BUSY: 'The workbook is busy in another program; try again in a moment.',
  SQLITE_CORRUPT: 'The workbook file is damaged. Restore it from a backup.',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'That record refers to something that no longer exists.',
};

function toApiError(error: unknown): ApiError | null {
  if (error instanceof AppError) return error.toApiError();
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    const known = sqliteMessages[code] ?? sqliteMessages[code.split('_').slice(0, 2).join('_')];
    if (known)
      return { code: code.startsWith('SQLITE_CONSTRAINT') ? 'conflict' : 'io', message: known };
  }
  return null;
}

export function createRouter(
  handlers: Handlers,
  ctx: HandlerContext,
  options: RouterOptions,
): Router {
  const run = async (method: MethodName, input: unknown): Promise<unknown> => {
    const def = contract[method];
    const parsed = def.input.safeParse(input ?? {});
    if (!parsed.success)
      throw zodIssuesToError(parsed.error, 'Please check the highlighted fields.');
    const handler = handlers[method] as Handler<MethodName>;
    const value: unknown = parsed.data;

    if (def.kind === 'write' && def.needsWorkbook) {
      const open = ctx.state.require();
      if (open.connection.readOnly) {
        throw new AppError(
          'read_only',
          open.connection.readOnlyReason ?? 'This workbook is open read-only.',
        );
      }
      // Every write is one transaction: it commits whole or not at all.
      return open.connection.sqlite.transaction(() => {
        const result = handler(value as never, ctx);
        if (result instanceof Promise)
          throw new Error(`${method}: a write handler must be synchronous`);
        return result;
      })();
    }
    return await handler(value as never, ctx);
  };

  return {
    async call(method, input) {
      if (!isMethodName(method)) {
        return {
          ok: false,
          error: { code: 'unknown_method', message: `Unknown method "${method}".` },
        };
      }
      try {
        const value = await run(method, input);
        if (options.checkOutput) {
          const checked = contract[method].output.safeParse(value);
          if (!checked.success) {
            options.onInternalError?.(method, checked.error);
            return {
              ok: false,
              error: { code: 'internal', message: `${method} returned data outside its contract.` },
            };
          }
        }
        return { ok: true, value };
      } catch (error) {
        if (isApiError(error)) return { ok: false, error };
        const known = toApiError(error);
        if (known) return { ok: false, error: known };
        options.onInternalError?.(method, error);
        const detail = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          error: { code: 'internal', message: `Something went wrong: ${detail}` },
        };
      }
    },
  };
}

function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Error) &&
    'code' in value &&
    'message' in value
  );
}
