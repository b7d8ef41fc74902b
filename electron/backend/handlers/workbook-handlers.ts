import { existsSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';
import { createWorkbook, openWorkbook } from '../../../db/open.ts';
import { probeWorkbookFile } from '../../../db/probe.ts';
import { AppError } from '../../../shared/contract/index.ts';
import type { workbookMethods } from '../../../shared/contract/workbook.ts';
import type { HandlerMap } from '../handler-types.ts';

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
    const connection = await createWorkbook(input.path, {
      ...state.options,
      orgName: input.orgName,
      clientName: input.clientName,
      currency: input.currency,
    });
    return state.attach(connection);
  },
  'workbook.open': async (input, { state }) => {
    const connection = await openWorkbook(input.path, {
      ...state.options,
      readOnly: input.readOnly,
      backupDir: join(state.options.dataDir, 'backups'),
    });
    return state.attach(connection);
  },
  'workbook.close': (_input, { state }) => {
    state.detach();
    return null;
  },
  'workbook.saveAs': async (input, { state }) => {
    const { connection } = state.require();
    if (input.path === connection.path) {
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
    // SQLite's online backup API: a consistent copy even while the source is open.
    await connection.sqlite.backup(input.path);
    const copy = await openWorkbook(input.path, {
      ...state.options,
      backupDir: join(state.options.dataDir, 'backups'),
    });
    return state.attach(copy);
  },
  'workbook.check': (input, { state }) =>
    probeWorkbookFile(input.path, { ...state.options, deep: true }),
  'workbook.recent': (_input, { state }) => state.recent.list(),
  'workbook.forgetRecent': (input, { state }) => {
    state.recent.forget(input.path);
    return null;
  },
};
