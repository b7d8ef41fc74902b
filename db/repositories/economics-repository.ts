import { and, asc, between, eq, isNull, max, sql } from 'drizzle-orm';
import type {
  EconomicsActualMonth,
  RevenueShareTermsFields,
  RevenueShareTermsRecord,
  UnitEconomicsFields,
  UnitEconomicsRecord,
} from '../../shared/contract/index.ts';
import { revenueShareTermsFields, unitEconomicsFields } from '../../shared/contract/index.ts';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { nowIso, type WorkbookDb } from '../open.ts';
import { actuals, revenueShareTerms, unitEconomics } from '../schema/index.ts';
import { requirePartner } from './actuals-repository.ts';
import { createForecastRepository } from './economics-forecast-repository.ts';

type TermsRow = typeof revenueShareTerms.$inferSelect;
type UnitRow = typeof unitEconomics.$inferSelect;

function toTerms(row: TermsRow): RevenueShareTermsRecord {
  return {
    partnerId: row.partnerId,
    tiers: JSON.parse(row.tiers) as RevenueShareTermsRecord['tiers'],
    bonuses: JSON.parse(row.bonuses) as RevenueShareTermsRecord['bonuses'],
    floor: row.floor,
    cap: row.cap,
    expensePercent: row.expensePercent,
    fixedExpenses: row.fixedExpenses,
    referralEnabled: row.referralEnabled,
    referralPercent: row.referralPercent,
    referralMonths: row.referralMonths,
    referralMonthlyRevenue: row.referralMonthlyRevenue,
    updatedAt: row.updatedAt,
  };
}

function toUnitEconomics(row: UnitRow): UnitEconomicsRecord {
  const { id: _id, createdAt: _created, ...rest } = row;
  return rest;
}

const unitScope = (partnerId: number | null) =>
  partnerId === null ? isNull(unitEconomics.partnerId) : eq(unitEconomics.partnerId, partnerId);

/** Null stays null (nothing recorded by anyone); SUM ignores the months someone left blank. */
const summed = (column: AnySQLiteColumn) => sql<number | null>`sum(${column})`;

export function createEconomicsRepository(db: WorkbookDb) {
  const findTerms = (partnerId: number) =>
    db.select().from(revenueShareTerms).where(eq(revenueShareTerms.partnerId, partnerId)).get();
  const findUnit = (partnerId: number | null) =>
    db.select().from(unitEconomics).where(unitScope(partnerId)).get();

  return {
    forecasts: createForecastRepository(db),

    terms(partnerId: number): RevenueShareTermsRecord | null {
      requirePartner(db, partnerId);
      const row = findTerms(partnerId);
      return row ? toTerms(row) : null;
    },
    saveTerms(partnerId: number, input: RevenueShareTermsFields): RevenueShareTermsRecord {
      requirePartner(db, partnerId, 'partnerId');
      const terms = revenueShareTermsFields.parse(input);
      const now = nowIso();
      const values = {
        ...terms,
        tiers: JSON.stringify(terms.tiers),
        bonuses: JSON.stringify(terms.bonuses),
        updatedAt: now,
      };
      db.insert(revenueShareTerms)
        .values({ ...values, partnerId, createdAt: now })
        .onConflictDoUpdate({ target: revenueShareTerms.partnerId, set: values })
        .run();
      const saved = findTerms(partnerId);
      if (!saved) throw new Error('The terms were not saved.');
      return toTerms(saved);
    },

    unitEconomics(partnerId: number | null): UnitEconomicsRecord | null {
      if (partnerId !== null) requirePartner(db, partnerId);
      const row = findUnit(partnerId);
      return row ? toUnitEconomics(row) : null;
    },
    saveUnitEconomics(partnerId: number | null, input: UnitEconomicsFields): UnitEconomicsRecord {
      if (partnerId !== null) requirePartner(db, partnerId, 'partnerId');
      const fields = unitEconomicsFields.parse(input);
      const now = nowIso();
      if (findUnit(partnerId)) {
        db.update(unitEconomics)
          .set({ ...fields, updatedAt: now })
          .where(unitScope(partnerId))
          .run();
      } else {
        db.insert(unitEconomics)
          .values({ ...fields, partnerId, createdAt: now, updatedAt: now })
          .run();
      }
      const saved = findUnit(partnerId);
      if (!saved) throw new Error('The assumptions were not saved.');
      return toUnitEconomics(saved);
    },

    /** One partner's months, or every partner's summed per month (partnerId null); one statement. */
    monthlyActuals(partnerId: number | null, from: string, to: string): EconomicsActualMonth[] {
      if (partnerId !== null) requirePartner(db, partnerId);
      return db
        .select({
          period: actuals.period,
          leads: summed(actuals.leads),
          qualifiedLeads: summed(actuals.qualifiedLeads),
          deals: summed(actuals.deals),
          attributedRevenue: summed(actuals.attributedRevenue),
          influencedRevenue: summed(actuals.influencedRevenue),
          spend: summed(actuals.spend),
        })
        .from(actuals)
        .where(
          and(
            partnerId === null ? undefined : eq(actuals.partnerId, partnerId),
            between(actuals.period, from, to),
          ),
        )
        .groupBy(actuals.period)
        .orderBy(asc(actuals.period))
        .all();
    },
    /** The latest month with any recorded figure, or null. */
    latestActualPeriod(partnerId: number | null): string | null {
      const row = db
        .select({ latest: max(actuals.period) })
        .from(actuals)
        .where(partnerId === null ? undefined : eq(actuals.partnerId, partnerId))
        .get();
      return row?.latest ?? null;
    },
  };
}
export type EconomicsRepository = ReturnType<typeof createEconomicsRepository>;
