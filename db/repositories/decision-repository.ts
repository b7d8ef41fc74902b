import { and, asc, desc, eq } from 'drizzle-orm';
import {
  AppError,
  type DecisionRecord,
  type OpenQuestion,
  type ParsedInput,
} from '../../shared/contract/index.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { decisions, meetings, openQuestions, partners } from '../schema/index.ts';
import { partnerScope, requirePartner } from './governance-scope.ts';
import { meetingLabel, type MeetingRepository } from './meeting-repository.ts';

type DecisionFieldsParsed = ParsedInput<'decisions.update'>['fields'];
type QuestionFieldsParsed = ParsedInput<'questions.create'>;
type QuestionRow = typeof openQuestions.$inferSelect;

function toQuestion(row: QuestionRow, partnerName: string | null): OpenQuestion {
  return {
    ...row,
    partnerName,
    status: row.status as OpenQuestion['status'],
  };
}

/** The decisions log and the open questions that may lead to decisions. */
export function createDecisionRepository(db: WorkbookDb, meetingRepo: MeetingRepository) {
  const selectDecisions = () =>
    db
      .select({
        decision: decisions,
        partnerName: partners.name,
        meetingKind: meetings.kind,
        meetingDate: meetings.date,
      })
      .from(decisions)
      .leftJoin(partners, eq(decisions.partnerId, partners.id))
      .leftJoin(meetings, eq(decisions.meetingId, meetings.id));

  const getDecision = (id: number): DecisionRecord => {
    const r = selectDecisions().where(eq(decisions.id, id)).get();
    if (!r) throw new AppError('not_found', 'That decision no longer exists.');
    return {
      ...r.decision,
      kind: r.decision.kind as DecisionRecord['kind'],
      partnerName: r.partnerName,
      meetingLabel:
        r.meetingKind !== null && r.meetingDate !== null
          ? meetingLabel(r.meetingKind, r.meetingDate)
          : null,
    };
  };

  const selectQuestions = () =>
    db
      .select({ question: openQuestions, partnerName: partners.name })
      .from(openQuestions)
      .leftJoin(partners, eq(openQuestions.partnerId, partners.id));

  const getQuestion = (id: number): OpenQuestion => {
    const r = selectQuestions().where(eq(openQuestions.id, id)).get();
    if (!r) throw new AppError('not_found', 'That question no longer exists.');
    return toQuestion(r.question, r.partnerName);
  };

  const check = (fields: { partnerId: number | null; meetingId: number | null }) => {
    requirePartner(db, fields.partnerId);
    meetingRepo.requireLinkable(fields.meetingId, fields.partnerId);
  };

  return {
    listDecisions(partnerId: number | null | undefined, meetingId?: number): DecisionRecord[] {
      return selectDecisions()
        .where(
          and(
            partnerScope(decisions.partnerId, partnerId),
            meetingId === undefined ? undefined : eq(decisions.meetingId, meetingId),
          ),
        )
        .orderBy(desc(decisions.date), desc(decisions.id))
        .all()
        .map((r) => ({
          ...r.decision,
          kind: r.decision.kind as DecisionRecord['kind'],
          partnerName: r.partnerName,
          meetingLabel:
            r.meetingKind !== null && r.meetingDate !== null
              ? meetingLabel(r.meetingKind, r.meetingDate)
              : null,
        }));
    },
    createDecision(fields: DecisionFieldsParsed): DecisionRecord {
      check(fields);
      const now = nowIso();
      const row = db
        .insert(decisions)
        .values({ ...fields, createdAt: now, updatedAt: now })
        .returning({ id: decisions.id })
        .get();
      return getDecision(row.id);
    },
    updateDecision(id: number, fields: DecisionFieldsParsed): DecisionRecord {
      getDecision(id);
      check(fields);
      db.update(decisions)
        .set({ ...fields, updatedAt: nowIso() })
        .where(eq(decisions.id, id))
        .run();
      return getDecision(id);
    },
    deleteDecision(id: number): void {
      const result = db.delete(decisions).where(eq(decisions.id, id)).run();
      if (result.changes === 0) throw new AppError('not_found', 'That decision no longer exists.');
    },

    listQuestions(partnerId: number | null | undefined, meetingId?: number): OpenQuestion[] {
      return selectQuestions()
        .where(
          and(
            partnerScope(openQuestions.partnerId, partnerId),
            meetingId === undefined ? undefined : eq(openQuestions.meetingId, meetingId),
          ),
        )
        .orderBy(asc(openQuestions.status), desc(openQuestions.createdAt), desc(openQuestions.id))
        .all()
        .map((r) => toQuestion(r.question, r.partnerName));
    },
    createQuestion(fields: QuestionFieldsParsed): OpenQuestion {
      check(fields);
      const now = nowIso();
      const row = db
        .insert(openQuestions)
        .values({ ...fields, createdAt: now, updatedAt: now })
        .returning({ id: openQuestions.id })
        .get();
      return getQuestion(row.id);
    },
    updateQuestion(id: number, fields: QuestionFieldsParsed): OpenQuestion {
      getQuestion(id);
      check(fields);
      db.update(openQuestions)
        .set({ ...fields, updatedAt: nowIso() })
        .where(eq(openQuestions.id, id))
        .run();
      return getQuestion(id);
    },
    deleteQuestion(id: number): void {
      const result = db.delete(openQuestions).where(eq(openQuestions.id, id)).run();
      if (result.changes === 0) throw new AppError('not_found', 'That question no longer exists.');
    },
    /** A decision answers the question: it is resolved with the decision as its answer. */
    resolveQuestion(id: number, answer: string): void {
      getQuestion(id);
      db.update(openQuestions)
        .set({ status: 'resolved', forDecision: false, answer, updatedAt: nowIso() })
        .where(eq(openQuestions.id, id))
        .run();
    },
    flaggedQuestions(partnerId: number | null | undefined): OpenQuestion[] {
      return selectQuestions()
        .where(
          and(
            partnerScope(openQuestions.partnerId, partnerId),
            eq(openQuestions.forDecision, true),
            eq(openQuestions.status, 'open'),
          ),
        )
        .orderBy(asc(openQuestions.createdAt), asc(openQuestions.id))
        .all()
        .map((r) => toQuestion(r.question, r.partnerName));
    },
  };
}
export type DecisionRepository = ReturnType<typeof createDecisionRepository>;
