import { and, asc, between, eq, sql } from 'drizzle-orm';
import {
  AppError,
  actualMeasures,
  type ActualMeasure,
  type ActualRow,
} from '../../shared/contract/index.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { actuals, partners } from '../schema/index.ts';

type ActualsDbRow = typeof actuals.$inferSelect;
export type MeasureValues = Partial<Record<ActualMeasure, number | null>>;

/** Throws not_found (with a message for the field when given) unless the partner exists. */
export function requirePartner(db: WorkbookDb, partnerId: number, field?: string): void {
  const found = db
    .select({ id: partners.id })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .get();
  if (!found) {
    throw new AppError(
      'not_found',
      'That partner no longer exists.',
      field ? { [field]: 'That partner no longer exists' } : undefined,
    );
  }
}

function toActualRow(row: ActualsDbRow): ActualRow {
  return {
    partnerId: row.partnerId,
    period: row.period,
    leads: row.leads,
    qualifiedLeads: row.qualifiedLeads,
    deals: row.deals,
    attributedRevenue: row.attributedRevenue,
    influencedRevenue: row.influencedRevenue,
    spend: row.spend,
  };
}

const emptyRow = (partnerId: number, period: string): ActualRow => ({
  partnerId,
  period,
  leads: null,
  qualifiedLeads: null,
  deals: null,
  attributedRevenue: null,
  influencedRevenue: null,
  spend: null,
});

export function createActualsRepository(db: WorkbookDb) {
  const find = (partnerId: number, period: string): ActualsDbRow | undefined =>
    db
      .select()
      .from(actuals)
      .where(and(eq(actuals.partnerId, partnerId), eq(actuals.period, period)))
      .get();

  /**
   * Writes the given measures of one month (others keep their value). A month left with nothing
   * recorded is removed, so "last month with actuals" stays true.
   */
  const merge = (partnerId: number, period: string, values: MeasureValues): ActualRow => {
    const existing = find(partnerId, period);
    const next: ActualRow = { ...(existing ? toActualRow(existing) : emptyRow(partnerId, period)) };
    for (const measure of actualMeasures) {
      const value = values[measure];
      if (value !== undefined) next[measure] = value;
    }
    const empty = actualMeasures.every((m) => next[m] === null);
    const where = and(eq(actuals.partnerId, partnerId), eq(actuals.period, period));
    if (empty) {
      if (existing) db.delete(actuals).where(where).run();
    } else if (existing) {
      db.update(actuals)
        .set({ ...next, updatedAt: nowIso() })
        .where(where)
        .run();
    } else {
      db.insert(actuals)
        .values({ ...next, updatedAt: nowIso() })
        .run();
    }
    return next;
  };

  /**
   * A partner's months: the partner pages read it on every visit, so it is prepared once (building
   * the query would cost more than SQLite spends answering it).
   */
  let partnerRangeQuery: ReturnType<typeof preparePartnerRange> | null = null;
  const preparePartnerRange = () =>
    db
      .select()
      .from(actuals)
      .where(
        and(
          eq(actuals.partnerId, sql.placeholder('partnerId')),
          between(actuals.period, sql.placeholder('from'), sql.placeholder('to')),
        ),
      )
      .orderBy(asc(actuals.period))
      .prepare();
  const partnerRange = () => (partnerRangeQuery ??= preparePartnerRange());

  return {
    /** One partner's months, or every partner's when partnerId is null; one statement. */
    range(partnerId: number | null, from: string, to: string): ActualRow[] {
      if (partnerId !== null) return partnerRange().all({ partnerId, from, to }).map(toActualRow);
      return db
        .select()
        .from(actuals)
        .where(between(actuals.period, from, to))
        .orderBy(asc(actuals.period))
        .all()
        .map(toActualRow);
    },
    set(
      partnerId: number,
      period: string,
      measure: ActualMeasure,
      value: number | null,
    ): ActualRow {
      requirePartner(db, partnerId, 'partnerId');
      return merge(partnerId, period, { [measure]: value });
    },
    /** Used by the CSV import, inside the caller's transaction; partners already checked. */
    merge,
  };
}
export type ActualsRepository = ReturnType<typeof createActualsRepository>;
