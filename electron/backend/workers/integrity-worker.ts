// The integrity worker: PRAGMA quick_check of the open workbook and the check of each backup copy
// read every page of a file, so they run here, off the backend's thread, and every other call keeps
// answering meanwhile. Built as an entry of the Electron main bundle; from source it is loaded
// through tsx-bootstrap.mjs.
import Database from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
import { verifyWorkbookCopy } from '../../../db/backup.ts';
import type { IntegrityReply, IntegrityRequest } from './integrity-worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('The integrity worker must run in a worker thread.');

function quickCheck(path: string, nativeBinding: string | undefined): string {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
    const rows = db.pragma('quick_check(1)') as { quick_check: string }[];
    return rows[0]?.quick_check ?? 'no answer';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

port.on('message', (request: IntegrityRequest) => {
  const answer =
    request.kind === 'quick_check'
      ? quickCheck(request.path, request.nativeBinding)
      : verifyWorkbookCopy(request.path, request.nativeBinding);
  port.postMessage({ id: request.id, answer } satisfies IntegrityReply);
});
