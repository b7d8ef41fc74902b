import { eq, isNull, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../shared/contract/index.ts';
import type { WorkbookDb } from '../open.ts';
import { partners } from '../schema/index.ts';

/**
 * The scope filter shared by the governance lists: undefined means the whole program, null only
 * the program-level records (no partner), a number that partnership's records.
 */
export function partnerScope(
  column: SQLiteColumn,
  partnerId: number | null | undefined,
): SQL | undefined {
  if (partnerId === undefined) return undefined;
  return partnerId === null ? isNull(column) : eq(column, partnerId);
}

/** A partner id from a form must still exist; said in words rather than as a foreign-key error. */
export function requirePartner(db: WorkbookDb, partnerId: number | null): void {
  if (partnerId === null) return;
  const found = db
    .select({ id: partners.id })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .get();
  if (!found) {
    throw new AppError('not_found', 'That partner no longer exists.', {
      partnerId: 'That partner no longer exists',
    });
  }
}

/** The backend's local calendar date, used when the renderer does not send its own "today". */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
