import { and, asc, between, eq, sql } from 'drizzle-orm';
import type { LifecycleStage, ScorecardInputValue } from '../../shared/contract/index.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { partners, scorecardInputs } from '../schema/index.ts';
import { requirePartner } from './actuals-repository.ts';

export interface ScoredPartner {
  id: number;
  name: string;
  stage: LifecycleStage;
  tier: string;
}

export function createScorecardRepository(db: WorkbookDb) {
  return {
    /** The partners to score: one, or every one (archived ones only when asked); one statement. */
    partners(options: { partnerId: number | null; includeArchived: boolean }): ScoredPartner[] {
      return db
        .select({
          id: partners.id,
          name: partners.name,
          stage: partners.stage,
          tier: partners.tier,
        })
        .from(partners)
        .where(
          and(
            options.partnerId === null ? undefined : eq(partners.id, options.partnerId),
            options.includeArchived || options.partnerId !== null
              ? undefined
              : eq(partners.archived, false),
          ),
        )
        .orderBy(asc(sql`${partners.name} COLLATE NOCASE`))
        .all()
        .map((p) => ({ ...p, stage: p.stage as LifecycleStage }));
    },
    /** Typed criterion actuals of one partner or of all, in a run of months; one statement. */
    inputs(partnerId: number | null, from: string, to: string): ScorecardInputValue[] {
      return db
        .select({
          partnerId: scorecardInputs.partnerId,
          period: scorecardInputs.period,
          criterionKey: scorecardInputs.criterionKey,
          value: scorecardInputs.value,
        })
        .from(scorecardInputs)
        .where(
          and(
            partnerId === null ? undefined : eq(scorecardInputs.partnerId, partnerId),
            between(scorecardInputs.period, from, to),
          ),
        )
        .all();
    },
    setInput(partnerId: number, period: string, criterionKey: string, value: number | null): void {
      requirePartner(db, partnerId, 'partnerId');
      const match = and(
        eq(scorecardInputs.partnerId, partnerId),
        eq(scorecardInputs.period, period),
        eq(scorecardInputs.criterionKey, criterionKey),
      );
      if (value === null) {
        db.delete(scorecardInputs).where(match).run();
        return;
      }
      db.insert(scorecardInputs)
        .values({ partnerId, period, criterionKey, value, updatedAt: nowIso() })
        .onConflictDoUpdate({
          target: [scorecardInputs.partnerId, scorecardInputs.period, scorecardInputs.criterionKey],
          set: { value, updatedAt: nowIso() },
        })
        .run();
    },
    /** The latest month in which anything was recorded for the partner, or null. */
    latestPeriodWithData(partnerId: number): string | null {
      const row = db.get<{ period: string | null }>(sql`
        SELECT max(period) AS period FROM (
          SELECT max(period) AS period FROM actuals WHERE partner_id = ${partnerId}
          UNION ALL SELECT max(period) FROM kpi_values WHERE partner_id = ${partnerId}
          UNION ALL SELECT max(period) FROM scorecard_inputs WHERE partner_id = ${partnerId}
        )`);
      return row.period;
    },
    /** Records the tier the user chose; the partner's other fields are untouched. */
    setAssignedTier(partnerId: number, tier: string): void {
      requirePartner(db, partnerId, 'partnerId');
      db.update(partners)
        .set({ tier, updatedAt: nowIso() })
        .where(eq(partners.id, partnerId))
        .run();
    },
  };
}
export type ScorecardRepository = ReturnType<typeof createScorecardRepository>;
