import { existsSync, rmSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { resolve } from 'node:path';
import { detectNetworkDrive } from '../../../db/lock-network-fs.ts';
import { acquireWorkbookLock } from '../../../db/lock.ts';
import { createWorkbook, openWorkbook } from '../../../db/open.ts';
import { probeWorkbookFile } from '../../../db/probe.ts';
import { AppError } from '../../../shared/contract/index.ts';
import type { workbookMethods } from '../../../shared/contract/workbook.ts';
import type { HandlerMap } from '../handler-types.ts';
import { openForEditing, openReadOnly } from '../workbook-lock.ts';

export const workbookHandlers: HandlerMap<keyof typeof workbookMethods> = {
  'app.info': (_input, { state }) => ({
    version: state.options.version,
    host: state.options.host,
    platform: platform(),
    dataDir: state.options.dataDir,
    homeDir: homedir(),
    appSchemaVersion: state.options.appSchemaVersion,
  }),
  'workbook.current': (_input, { state }) => state.info(),
  'workbook.create': async (input, { state }) => {
    const lock = acquireWorkbookLock(input.path);
    try {
      const connection = await createWorkbook(input.path, {
        ...state.options,
        orgName: input.orgName,
        clientName: input.clientName,
        currency: input.currency,
      });
      return state.attach(connection, { lock, warning: detectNetworkDrive(input.path) });
    } catch (error) {
      lock.release();
      throw error;
    }
  },
  'workbook.open': (input, { state }) =>
    input.readOnly ? openReadOnly(state, input.path) : openForEditing(state, input.path),
  'workbook.close': (_input, { state }) => {
    state.detach();
    return null;
  },
  'workbook.saveAs': async (input, { state }) => {
    const { connection } = state.require();
    if (resolve(input.path) === resolve(connection.path)) {
      throw new AppError('invalid_input', 'Choose a different file name to save a copy.', {
        path: 'This is the open file',
      });
    }
    if (existsSync(input.path)) {
      throw new AppError(
        'conflict',
        `A file already exists at ${input.path}. Choose another name.`,
        {
          path: 'A file with this name already exists',
        },
      );
    }
    const lock = acquireWorkbookLock(input.path);
    try {
      // SQLite's online backup API: a consistent copy even while the source is open.
      try {
        await connection.sqlite.backup(input.path);
      } catch (error) {
        rmSync(input.path, { force: true });
        throw error;
      }
      const copy = await openWorkbook(input.path, {
        ...state.options,
        backupRoot: state.backupsRoot,
      });
      return state.attach(copy, { lock, warning: detectNetworkDrive(input.path) });
    } catch (error) {
      lock.release();
      throw error;
    }
  },
  'workbook.check': (input, { state }) =>
    probeWorkbookFile(input.path, { ...state.options, deep: true }),
  'workbook.recent': (_input, { state }) => state.recent.list(),
  'workbook.forgetRecent': (input, { state }) => state.recent.forget(input.path),
  'workbook.restoreRecent': (input, { state }) => {
    state.recent.restore(input);
    return null;
  },
};
