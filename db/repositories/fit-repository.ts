import { eq } from 'drizzle-orm';
import { AppError, type FitAssessment, type ParsedInput } from '../../shared/contract/index.ts';
import { fitCriterionKeys, fitRedFlagKeys } from '../../shared/domain/fit.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { fitAssessments, fitRedFlags, fitScores, partners } from '../schema/index.ts';

type FitFieldsParsed = Omit<ParsedInput<'fit.save'>, 'partnerId'>;
type ScoreRow = typeof fitScores.$inferSelect;
type FlagRow = typeof fitRedFlags.$inferSelect;

function assemble(
  partnerId: number,
  updatedAt: string | null,
  scores: readonly ScoreRow[],
  flags: readonly FlagRow[],
): FitAssessment {
  const criteria = Object.fromEntries(
    fitCriterionKeys.map((key) => {
      const row = scores.find((s) => s.criterion === key);
      return [key, { score: row?.score ?? null, note: row?.note ?? '' }];
    }),
  ) as FitAssessment['criteria'];
  const redFlags = Object.fromEntries(
    fitRedFlagKeys.map((key) => {
      const row = flags.find((f) => f.flag === key);
      return [key, { raised: row?.raised ?? false, note: row?.note ?? '' }];
    }),
  ) as FitAssessment['redFlags'];
  return { partnerId, criteria, redFlags, updatedAt };
}

function groupBy<T extends { partnerId: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.partnerId);
    if (group) group.push(row);
    else groups.set(row.partnerId, [row]);
  }
  return groups;
}

export function createFitRepository(db: WorkbookDb) {
  const requirePartner = (partnerId: number): void => {
    const found = db
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.id, partnerId))
      .get();
    if (!found) throw new AppError('not_found', 'That partner no longer exists.');
  };

  const get = (partnerId: number): FitAssessment => {
    requirePartner(partnerId);
    const head = db
      .select()
      .from(fitAssessments)
      .where(eq(fitAssessments.partnerId, partnerId))
      .get();
    if (!head) return assemble(partnerId, null, [], []);
    const scores = db.select().from(fitScores).where(eq(fitScores.partnerId, partnerId)).all();
    const flags = db.select().from(fitRedFlags).where(eq(fitRedFlags.partnerId, partnerId)).all();
    return assemble(partnerId, head.updatedAt, scores, flags);
  };

  return {
    get,
    /** Replaces the partner's assessment; a criterion without score or note is stored as absent. */
    save(partnerId: number, fields: FitFieldsParsed): FitAssessment {
      requirePartner(partnerId);
      const now = nowIso();
      db.insert(fitAssessments)
        .values({ partnerId, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({ target: fitAssessments.partnerId, set: { updatedAt: now } })
        .run();
      db.delete(fitScores).where(eq(fitScores.partnerId, partnerId)).run();
      db.delete(fitRedFlags).where(eq(fitRedFlags.partnerId, partnerId)).run();
      const scores = fitCriterionKeys
        .map((criterion) => ({ partnerId, criterion, ...fields.criteria[criterion] }))
        .filter((row) => row.score !== null || row.note !== '');
      const flags = fitRedFlagKeys
        .map((flag) => ({ partnerId, flag, ...fields.redFlags[flag] }))
        .filter((row) => row.raised || row.note !== '');
      if (scores.length > 0) db.insert(fitScores).values(scores).run();
      if (flags.length > 0) db.insert(fitRedFlags).values(flags).run();
      return get(partnerId);
    },
    /** Every saved assessment, in three queries whatever the number of partners. */
    listAll(): FitAssessment[] {
      const heads = db.select().from(fitAssessments).all();
      const scores = groupBy(db.select().from(fitScores).all());
      const flags = groupBy(db.select().from(fitRedFlags).all());
      return heads.map((head) =>
        assemble(
          head.partnerId,
          head.updatedAt,
          scores.get(head.partnerId) ?? [],
          flags.get(head.partnerId) ?? [],
        ),
      );
    },
  };
}
export type FitRepository = ReturnType<typeof createFitRepository>;
