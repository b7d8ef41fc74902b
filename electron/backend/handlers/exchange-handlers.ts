import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { exportWorkbookJson, importWorkbookJson } from '../../../db/exchange/workbook-json.ts';
import { detectNetworkDrive } from '../../../db/lock-network-fs.ts';
import { acquireWorkbookLock } from '../../../db/lock.ts';
import { openWorkbook } from '../../../db/open.ts';
import { AppError } from '../../../shared/contract/index.ts';
import type { exchangeMethods } from '../../../shared/contract/exchange.ts';
import type { HandlerMap } from '../handler-types.ts';

export const exchangeHandlers: HandlerMap<keyof typeof exchangeMethods> = {
  'workbook.exportJson': (input, { state }) => {
    const { connection } = state.require();
    const data = exportWorkbookJson(
      connection.db,
      connection.schemaVersion,
      `Partnership Workbook ${state.options.version}`,
    );
    const json = `${JSON.stringify(data, null, 2)}\n`;
    if (input.path) {
      try {
        writeFileSync(input.path, json);
      } catch (error) {
        throw new AppError(
          'io',
          `The export could not be written to ${input.path}: ${(error as Error).message}`,
        );
      }
    }
    const rows = Object.values(data.tables).reduce((sum, t) => sum + t.length, 0);
    return {
      path: input.path ?? null,
      json: input.path ? null : json,
      bytes: Buffer.byteLength(json),
      tables: Object.keys(data.tables).length,
      rows,
    };
  },
  'workbook.importJson': async (input, { state }) => {
    let text = input.jsonText;
    if (input.sourcePath) {
      try {
        text = readFileSync(input.sourcePath, 'utf8');
      } catch {
        throw new AppError('not_found', `Cannot read ${input.sourcePath}.`, {
          sourcePath: 'This file cannot be read',
        });
      }
    }
    if (existsSync(input.to)) {
      throw new AppError(
        'conflict',
        `A file already exists at ${input.to}. Import into a new file.`,
        {
          to: 'A file with this name already exists',
        },
      );
    }
    const lock = acquireWorkbookLock(input.to);
    try {
      await importWorkbookJson(text ?? '', input.to, state.options);
      // Reopened, so the workbook's identity (its backups folder) is the imported one.
      const connection = await openWorkbook(input.to, {
        ...state.options,
        backupRoot: state.backupsRoot,
      });
      return state.attach(connection, { lock, warning: detectNetworkDrive(input.to) });
    } catch (error) {
      lock.release();
      throw error;
    }
  },
};
