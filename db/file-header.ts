import { closeSync, openSync, readSync } from 'node:fs';

/** 'PWK1': marks a SQLite file as a Partnership Workbook (PRAGMA application_id). */
export const APPLICATION_ID = 0x50574b31;

const SQLITE_MAGIC = 'SQLite format 3\u0000';
export const HEADER_SIZE = 100;

export interface SqliteHeader {
  magicOk: boolean;
  pageSize: number | null;
  walMode: boolean;
  changeCounter: number;
  pageCount: number;
  pageCountValid: boolean;
  userVersion: number;
  applicationId: number;
}

export function parseSqliteHeader(bytes: Buffer): SqliteHeader {
  const magicOk = bytes.length >= HEADER_SIZE && bytes.toString('latin1', 0, 16) === SQLITE_MAGIC;
  const rawPageSize = bytes.length >= 18 ? bytes.readUInt16BE(16) : 0;
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const validPageSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
  const changeCounter = bytes.length >= 28 ? bytes.readUInt32BE(24) : 0;
  const versionValidFor = bytes.length >= 96 ? bytes.readUInt32BE(92) : -1;
  return {
    magicOk,
    pageSize: validPageSize ? pageSize : null,
    walMode: bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2,
    changeCounter,
    pageCount: bytes.length >= 32 ? bytes.readUInt32BE(28) : 0,
    pageCountValid: changeCounter === versionValidFor,
    userVersion: bytes.length >= 64 ? bytes.readInt32BE(60) : 0,
    applicationId: bytes.length >= 72 ? bytes.readInt32BE(68) : 0,
  };
}

export function readHeaderBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_SIZE);
    const read = readSync(fd, buffer, 0, HEADER_SIZE, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
