import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import {
  AppError,
  type ActionItem,
  type ActionStatus,
  type ParsedInput,
} from '../../shared/contract/index.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { actionItems, meetings, partners } from '../schema/index.ts';
import { partnerScope, requirePartner } from './governance-scope.ts';
import { meetingLabel, type MeetingRepository } from './meeting-repository.ts';

type ActionRow = typeof actionItems.$inferSelect;
type ActionFieldsParsed = ParsedInput<'actions.create'>;

const pending: readonly ActionStatus[] = ['open', 'in_progress'];

export function isActionOverdue(
  action: { status: string; dueDate: string | null },
  today: string,
): boolean {
  return (
    pending.includes(action.status as ActionStatus) &&
    action.dueDate !== null &&
    action.dueDate < today
  );
}

export interface ActionFilter {
  partnerId?: number | null | undefined;
  meetingId?: number | undefined;
}

export function createActionRepository(db: WorkbookDb, meetingRepo: MeetingRepository) {
  const select = () =>
    db
      .select({
        action: actionItems,
        partnerName: partners.name,
        meetingKind: meetings.kind,
        meetingDate: meetings.date,
      })
      .from(actionItems)
      .leftJoin(partners, eq(actionItems.partnerId, partners.id))
      .leftJoin(meetings, eq(actionItems.meetingId, meetings.id));

  type Joined = {
    action: ActionRow;
    partnerName: string | null;
    meetingKind: string | null;
    meetingDate: string | null;
  };

  const toAction = (r: Joined, today: string): ActionItem => ({
    id: r.action.id,
    partnerId: r.action.partnerId,
    partnerName: r.partnerName,
    meetingId: r.action.meetingId,
    meetingLabel:
      r.meetingKind !== null && r.meetingDate !== null
        ? meetingLabel(r.meetingKind, r.meetingDate)
        : null,
    title: r.action.title,
    owner: r.action.owner,
    dueDate: r.action.dueDate,
    status: r.action.status as ActionStatus,
    forDecision: r.action.forDecision,
    decisionQuestion: r.action.decisionQuestion,
    overdue: isActionOverdue(r.action, today),
    createdAt: r.action.createdAt,
    updatedAt: r.action.updatedAt,
  });

  const get = (id: number, today: string): ActionItem => {
    const found = select().where(eq(actionItems.id, id)).get();
    if (!found) throw new AppError('not_found', 'That action no longer exists.');
    return toAction(found, today);
  };

  const check = (fields: ActionFieldsParsed) => {
    requirePartner(db, fields.partnerId);
    meetingRepo.requireLinkable(fields.meetingId, fields.partnerId);
  };

  return {
    list(filter: ActionFilter, today: string): ActionItem[] {
      return select()
        .where(
          and(
            partnerScope(actionItems.partnerId, filter.partnerId),
            filter.meetingId === undefined
              ? undefined
              : eq(actionItems.meetingId, filter.meetingId),
          ),
        )
        .orderBy(
          // Undated actions last; among dated ones the earliest due first.
          sql`${actionItems.dueDate} IS NULL`,
          asc(actionItems.dueDate),
          asc(actionItems.id),
        )
        .all()
        .map((r) => toAction(r, today));
    },
    get,
    create(fields: ActionFieldsParsed, today: string): ActionItem {
      check(fields);
      const now = nowIso();
      const row = db
        .insert(actionItems)
        .values({ ...fields, createdAt: now, updatedAt: now })
        .returning({ id: actionItems.id })
        .get();
      return get(row.id, today);
    },
    update(id: number, fields: ActionFieldsParsed, today: string): ActionItem {
      get(id, today);
      check(fields);
      db.update(actionItems)
        .set({ ...fields, updatedAt: nowIso() })
        .where(eq(actionItems.id, id))
        .run();
      return get(id, today);
    },
    setStatus(id: number, status: ActionStatus, today: string): ActionItem {
      get(id, today);
      db.update(actionItems)
        .set({ status, updatedAt: nowIso() })
        .where(eq(actionItems.id, id))
        .run();
      return get(id, today);
    },
    /** Clears the "for decision" flag once a decision answers it. */
    markDecided(id: number): void {
      const result = db
        .update(actionItems)
        .set({ forDecision: false, updatedAt: nowIso() })
        .where(eq(actionItems.id, id))
        .run();
      if (result.changes === 0) throw new AppError('not_found', 'That action no longer exists.');
    },
    delete(id: number): void {
      const result = db.delete(actionItems).where(eq(actionItems.id, id)).run();
      if (result.changes === 0) throw new AppError('not_found', 'That action no longer exists.');
    },
    overdue(partnerId: number | null | undefined, today: string): ActionItem[] {
      return select()
        .where(
          and(
            partnerScope(actionItems.partnerId, partnerId),
            inArray(actionItems.status, [...pending]),
            lt(actionItems.dueDate, today),
          ),
        )
        .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
        .all()
        .map((r) => toAction(r, today));
    },
    flagged(partnerId: number | null | undefined, today: string): ActionItem[] {
      return select()
        .where(
          and(
            partnerScope(actionItems.partnerId, partnerId),
            eq(actionItems.forDecision, true),
            inArray(actionItems.status, [...pending]),
          ),
        )
        .orderBy(asc(actionItems.createdAt), asc(actionItems.id))
        .all()
        .map((r) => toAction(r, today));
    },
  };
}
export type ActionRepository = ReturnType<typeof createActionRepository>;
