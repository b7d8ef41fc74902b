import { desc, eq, inArray } from 'drizzle-orm';
import {
  AppError,
  healthPillars,
  type HealthCheckRecord,
  type HealthPillar,
  type ParsedInput,
  type SideRatingsRecord,
} from '../../shared/contract/index.ts';
import { analyseBilateralCheck } from '../../shared/domain/bilateral-health-check.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { healthCheckRatings, healthChecks } from '../schema/index.ts';
import { requirePartner } from './governance-scope.ts';

type CheckFieldsParsed = ParsedInput<'healthChecks.update'>['fields'];
type CheckRow = typeof healthChecks.$inferSelect;
type RatingRow = typeof healthCheckRatings.$inferSelect;
type Side = 'ours' | 'theirs';

const emptySide = (): SideRatingsRecord =>
  Object.fromEntries(healthPillars.map((p) => [p, null])) as SideRatingsRecord;

function toCheck(row: CheckRow, ratings: readonly RatingRow[]): HealthCheckRecord {
  const sides: Record<Side, SideRatingsRecord> = { ours: emptySide(), theirs: emptySide() };
  for (const r of ratings) {
    sides[r.side as Side][r.pillar as HealthPillar] = { score: r.score, rationale: r.rationale };
  }
  const { pillars, averageOurs, averageTheirs, disagreements } = analyseBilateralCheck({
    date: row.date,
    ours: sides.ours,
    theirs: sides.theirs,
  });
  return {
    id: row.id,
    partnerId: row.partnerId,
    date: row.date,
    ourRespondent: row.ourRespondent,
    theirRespondent: row.theirRespondent,
    notes: row.notes,
    ours: sides.ours,
    theirs: sides.theirs,
    analysis: { pillars, averageOurs, averageTheirs, disagreements },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function ratingRows(checkId: number, fields: CheckFieldsParsed) {
  return (['ours', 'theirs'] as const).flatMap((side) =>
    healthPillars.flatMap((pillar) => {
      const rating = fields[side][pillar];
      return rating
        ? [{ checkId, side, pillar, score: rating.score, rationale: rating.rationale }]
        : [];
    }),
  );
}

export function createHealthCheckRepository(db: WorkbookDb) {
  const ratingsOf = (checkIds: readonly number[]): Map<number, RatingRow[]> => {
    const byCheck = new Map<number, RatingRow[]>();
    if (checkIds.length === 0) return byCheck;
    const rows = db
      .select()
      .from(healthCheckRatings)
      .where(inArray(healthCheckRatings.checkId, [...checkIds]))
      .all();
    for (const row of rows) {
      const list = byCheck.get(row.checkId) ?? [];
      list.push(row);
      byCheck.set(row.checkId, list);
    }
    return byCheck;
  };

  const get = (id: number): HealthCheckRecord => {
    const row = db.select().from(healthChecks).where(eq(healthChecks.id, id)).get();
    if (!row) throw new AppError('not_found', 'That health check no longer exists.');
    return toCheck(row, ratingsOf([id]).get(id) ?? []);
  };

  const writeRatings = (checkId: number, fields: CheckFieldsParsed): void => {
    db.delete(healthCheckRatings).where(eq(healthCheckRatings.checkId, checkId)).run();
    const rows = ratingRows(checkId, fields);
    if (rows.length > 0) db.insert(healthCheckRatings).values(rows).run();
  };

  return {
    /** A partnership's checks, newest first (same date: the later entry first); two statements. */
    list(partnerId: number): HealthCheckRecord[] {
      requirePartner(db, partnerId);
      const rows = db
        .select()
        .from(healthChecks)
        .where(eq(healthChecks.partnerId, partnerId))
        .orderBy(desc(healthChecks.date), desc(healthChecks.id))
        .all();
      const ratings = ratingsOf(rows.map((r) => r.id));
      return rows.map((row) => toCheck(row, ratings.get(row.id) ?? []));
    },
    get,
    create(partnerId: number, fields: CheckFieldsParsed): HealthCheckRecord {
      requirePartner(db, partnerId);
      const now = nowIso();
      const { id } = db
        .insert(healthChecks)
        .values({
          partnerId,
          date: fields.date,
          ourRespondent: fields.ourRespondent,
          theirRespondent: fields.theirRespondent,
          notes: fields.notes,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: healthChecks.id })
        .get();
      writeRatings(id, fields);
      return get(id);
    },
    update(id: number, fields: CheckFieldsParsed): HealthCheckRecord {
      get(id);
      db.update(healthChecks)
        .set({
          date: fields.date,
          ourRespondent: fields.ourRespondent,
          theirRespondent: fields.theirRespondent,
          notes: fields.notes,
          updatedAt: nowIso(),
        })
        .where(eq(healthChecks.id, id))
        .run();
      writeRatings(id, fields);
      return get(id);
    },
    delete(id: number): void {
      const result = db.delete(healthChecks).where(eq(healthChecks.id, id)).run();
      if (result.changes === 0)
        throw new AppError('not_found', 'That health check no longer exists.');
    },
  };
}
export type HealthCheckRepository = ReturnType<typeof createHealthCheckRepository>;
