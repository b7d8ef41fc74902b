import { and, asc, desc, eq, lt, ne, sql } from 'drizzle-orm';
import { AppError, type ParsedInput, type Risk } from '../../shared/contract/index.ts';
import {
  assessRisk,
  isReviewOverdue,
  topRisks,
  type TopRiskBasis,
} from '../../shared/domain/risk.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { partners, risks } from '../schema/index.ts';
import { partnerScope, requirePartner } from './governance-scope.ts';

type RiskRow = typeof risks.$inferSelect;
type RiskFieldsParsed = ParsedInput<'risks.create'>;

function toRisk(row: RiskRow, partnerName: string | null, today: string): Risk {
  const risk = {
    id: row.id,
    partnerId: row.partnerId,
    partnerName,
    title: row.title,
    category: row.category as Risk['category'],
    likelihood: row.likelihood,
    impact: row.impact,
    treatment: row.treatment as Risk['treatment'],
    mitigation: row.mitigation,
    contingency: row.contingency,
    owner: row.owner,
    status: row.status as Risk['status'],
    nextReviewDate: row.nextReviewDate,
    residualLikelihood: row.residualLikelihood,
    residualImpact: row.residualImpact,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  return { ...risk, ...assessRisk(risk), reviewOverdue: isReviewOverdue(risk, today) };
}

export function createRiskRepository(db: WorkbookDb) {
  const selectWithPartner = () =>
    db
      .select({ risk: risks, partnerName: partners.name })
      .from(risks)
      .leftJoin(partners, eq(risks.partnerId, partners.id));

  const get = (id: number, today: string): Risk => {
    const found = selectWithPartner().where(eq(risks.id, id)).get();
    if (!found) throw new AppError('not_found', 'That risk no longer exists.');
    return toRisk(found.risk, found.partnerName, today);
  };

  return {
    list(partnerId: number | null | undefined, today: string): Risk[] {
      return selectWithPartner()
        .where(partnerScope(risks.partnerId, partnerId))
        .orderBy(desc(sql`${risks.likelihood} * ${risks.impact}`), asc(risks.id))
        .all()
        .map((r) => toRisk(r.risk, r.partnerName, today));
    },
    get,
    create(fields: RiskFieldsParsed, today: string): Risk {
      requirePartner(db, fields.partnerId);
      const now = nowIso();
      const row = db
        .insert(risks)
        .values({ ...fields, createdAt: now, updatedAt: now })
        .returning({ id: risks.id })
        .get();
      return get(row.id, today);
    },
    update(id: number, fields: RiskFieldsParsed, today: string): Risk {
      get(id, today);
      requirePartner(db, fields.partnerId);
      db.update(risks)
        .set({ ...fields, updatedAt: nowIso() })
        .where(eq(risks.id, id))
        .run();
      return get(id, today);
    },
    delete(id: number): void {
      const result = db.delete(risks).where(eq(risks.id, id)).run();
      if (result.changes === 0) throw new AppError('not_found', 'That risk no longer exists.');
    },
    /** Reviews that are due before today on risks that are not closed, oldest first. */
    overdueReviews(partnerId: number | null | undefined, today: string): Risk[] {
      return selectWithPartner()
        .where(
          and(
            partnerScope(risks.partnerId, partnerId),
            ne(risks.status, 'closed'),
            lt(risks.nextReviewDate, today),
          ),
        )
        .orderBy(asc(risks.nextReviewDate), asc(risks.id))
        .all()
        .map((r) => toRisk(r.risk, r.partnerName, today));
    },
    top(limit: number, basis: TopRiskBasis, today: string): Risk[] {
      const open = selectWithPartner()
        .where(ne(risks.status, 'closed'))
        .all()
        .map((r) => toRisk(r.risk, r.partnerName, today));
      return topRisks(open, today, { limit, basis });
    },
  };
}
export type RiskRepository = ReturnType<typeof createRiskRepository>;
