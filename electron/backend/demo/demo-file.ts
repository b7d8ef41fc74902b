import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { localIsoDate } from '../../../db/repositories/governance-scope.ts';
import { acquireWorkbookLock } from '../../../db/lock.ts';
import {
  AppError,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type ParsedInput,
  type WorkbookInfo,
} from '../../../shared/contract/index.ts';
import type { HandlerContext, Handlers } from '../handler-types.ts';
import { createRouter } from '../router.ts';
import type { DemoCall } from './demo-context.ts';
import { demoOwner, populateDemoWorkbook } from './demo-workbook.ts';

/** The demo the start screen opens lives in the user-data directory, replaced on each request. */
export function defaultDemoPath(dataDir: string): string {
  return join(dataDir, 'demo', 'Tidewater demo.pwb');
}

function removeWorkbookFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/** Clears the previous demo; refused while another window has it open. */
function clearPreviousDemo(path: string, ctx: HandlerContext): void {
  if (ctx.state.workbook && resolve(ctx.state.workbook.connection.path) === resolve(path)) {
    ctx.state.detach();
  }
  if (!existsSync(path)) return;
  // Throws with a sentence naming who has it open; the lock is only taken to prove nobody does.
  acquireWorkbookLock(path).release();
  removeWorkbookFiles(path);
}

/**
 * Creates the demo workbook and leaves it open. Each record is written through the router, and
 * the whole demo commits as one transaction, so a failure leaves no half-built demo behind.
 */
export async function createDemoFile(
  input: ParsedInput<'workbook.createDemo'>,
  ctx: HandlerContext,
  handlers: Handlers,
): Promise<WorkbookInfo> {
  const path = input.path ?? defaultDemoPath(ctx.state.options.dataDir);
  if (input.path === undefined) {
    mkdirSync(dirname(path), { recursive: true });
    clearPreviousDemo(path, ctx);
  }
  const router = createRouter(handlers, ctx, { checkOutput: false });
  const call: DemoCall = async <M extends MethodName>(method: M, value: MethodInput<M>) => {
    const result = await router.call(method, value);
    if (!result.ok) {
      const { code, message, fields } = result.error;
      throw new AppError(code, `The demo could not be built (${method}): ${message}`, fields);
    }
    return result.value as MethodOutput<M>;
  };

  const info = await call('workbook.create', { path, ...demoOwner });
  const { sqlite } = ctx.state.require().connection;
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    await populateDemoWorkbook(call, { today: input.today ?? localIsoDate(), seed: input.seed });
    sqlite.exec('COMMIT');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    ctx.state.detach();
    removeWorkbookFiles(info.path);
    throw error;
  }
  const opened = ctx.state.info();
  if (!opened) throw new AppError('internal', 'The demo workbook closed while it was being built.');
  return opened;
}
