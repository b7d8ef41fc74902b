import { and, asc, eq } from 'drizzle-orm';
import type { PartnerQuarterPlan } from '../../shared/domain/calendar-conflicts.ts';
import type { Quarter } from '../../shared/domain/periods.ts';
import { AppError } from '../../shared/contract/index.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { partnerQuarterBudgets, partners } from '../schema/index.ts';

export interface QuarterPlanKey {
  partnerId: number;
  fiscalYear: number;
  quarter: number;
}

/** Planned marketing budgets per partner and fiscal quarter. */
export function createCalendarBudgetRepository(db: WorkbookDb) {
  const matching = (key: QuarterPlanKey) =>
    and(
      eq(partnerQuarterBudgets.partnerId, key.partnerId),
      eq(partnerQuarterBudgets.fiscalYear, key.fiscalYear),
      eq(partnerQuarterBudgets.quarter, key.quarter),
    );

  return {
    list(filter: { partnerId?: number | undefined; fiscalYear?: number | undefined } = {}) {
      return db
        .select()
        .from(partnerQuarterBudgets)
        .where(
          and(
            filter.partnerId === undefined
              ? undefined
              : eq(partnerQuarterBudgets.partnerId, filter.partnerId),
            filter.fiscalYear === undefined
              ? undefined
              : eq(partnerQuarterBudgets.fiscalYear, filter.fiscalYear),
          ),
        )
        .orderBy(
          asc(partnerQuarterBudgets.fiscalYear),
          asc(partnerQuarterBudgets.quarter),
          asc(partnerQuarterBudgets.partnerId),
        )
        .all()
        .map((row): PartnerQuarterPlan => ({
          partnerId: row.partnerId,
          fiscalYear: row.fiscalYear,
          quarter: row.quarter as Quarter,
          budgetMinor: row.budgetMinor,
        }));
    },
    /** Sets or (with null) removes one quarter's plan. */
    set(key: QuarterPlanKey, budgetMinor: number | null): void {
      const partner = db
        .select({ id: partners.id })
        .from(partners)
        .where(eq(partners.id, key.partnerId))
        .get();
      if (!partner) throw new AppError('not_found', 'That partner no longer exists.');
      if (budgetMinor === null) {
        db.delete(partnerQuarterBudgets).where(matching(key)).run();
        return;
      }
      db.insert(partnerQuarterBudgets)
        .values({ ...key, budgetMinor, updatedAt: nowIso() })
        .onConflictDoUpdate({
          target: [
            partnerQuarterBudgets.partnerId,
            partnerQuarterBudgets.fiscalYear,
            partnerQuarterBudgets.quarter,
          ],
          set: { budgetMinor, updatedAt: nowIso() },
        })
        .run();
    },
  };
}
export type CalendarBudgetRepository = ReturnType<typeof createCalendarBudgetRepository>;
