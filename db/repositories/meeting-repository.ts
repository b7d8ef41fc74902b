import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import {
  AppError,
  meetingKindShortLabels,
  type Meeting,
  type MeetingKind,
  type ParsedInput,
} from '../../shared/contract/index.ts';
import { agendaText } from '../../shared/domain/meeting-agendas.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { actionItems, decisions, meetings, partners } from '../schema/index.ts';
import { partnerScope, requirePartner } from './governance-scope.ts';

type MeetingRow = typeof meetings.$inferSelect;
type MeetingFieldsParsed = ParsedInput<'meetings.create'>;

export function meetingLabel(kind: string, date: string): string {
  return `${meetingKindShortLabels[kind as MeetingKind] ?? kind} · ${date}`;
}

interface Counts {
  actionCount: number;
  openActionCount: number;
  decisionCount: number;
}

export function createMeetingRepository(db: WorkbookDb) {
  const countsFor = (ids: number[]): Map<number, Counts> => {
    const counts = new Map<number, Counts>();
    for (const id of ids) counts.set(id, { actionCount: 0, openActionCount: 0, decisionCount: 0 });
    if (ids.length === 0) return counts;
    // A long list counts everything in one pass rather than binding thousands of ids.
    const within = (column: typeof actionItems.meetingId | typeof decisions.meetingId) =>
      ids.length > 500 ? undefined : inArray(column, ids);
    const actionRows = db
      .select({
        meetingId: actionItems.meetingId,
        total: sql<number>`count(*)`,
        open: sql<number>`sum(${actionItems.status} IN ('open', 'in_progress'))`,
      })
      .from(actionItems)
      .where(and(isNotNull(actionItems.meetingId), within(actionItems.meetingId)))
      .groupBy(actionItems.meetingId)
      .all();
    for (const row of actionRows) {
      const c = row.meetingId === null ? undefined : counts.get(row.meetingId);
      if (c) {
        c.actionCount = row.total;
        c.openActionCount = row.open;
      }
    }
    const decisionRows = db
      .select({ meetingId: decisions.meetingId, total: sql<number>`count(*)` })
      .from(decisions)
      .where(and(isNotNull(decisions.meetingId), within(decisions.meetingId)))
      .groupBy(decisions.meetingId)
      .all();
    for (const row of decisionRows) {
      const c = row.meetingId === null ? undefined : counts.get(row.meetingId);
      if (c) c.decisionCount = row.total;
    }
    return counts;
  };

  const toMeeting = (row: MeetingRow, partnerName: string | null, counts?: Counts): Meeting => ({
    id: row.id,
    partnerId: row.partnerId,
    partnerName,
    kind: row.kind as MeetingKind,
    title: row.title,
    date: row.date,
    attendees: JSON.parse(row.attendees) as string[],
    agenda: row.agenda,
    notes: row.notes,
    actionCount: counts?.actionCount ?? 0,
    openActionCount: counts?.openActionCount ?? 0,
    decisionCount: counts?.decisionCount ?? 0,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });

  const selectWithPartner = () =>
    db
      .select({ meeting: meetings, partnerName: partners.name })
      .from(meetings)
      .leftJoin(partners, eq(meetings.partnerId, partners.id));

  const get = (id: number): Meeting => {
    const found = selectWithPartner().where(eq(meetings.id, id)).get();
    if (!found) throw new AppError('not_found', 'That meeting no longer exists.');
    return toMeeting(found.meeting, found.partnerName, countsFor([id]).get(id));
  };

  const toRow = (fields: MeetingFieldsParsed, agenda: string) => ({
    partnerId: fields.partnerId,
    kind: fields.kind,
    title: fields.title,
    date: fields.date,
    attendees: JSON.stringify(fields.attendees),
    agenda,
    notes: fields.notes,
  });

  return {
    list(partnerId: number | null | undefined): Meeting[] {
      const rows = selectWithPartner()
        .where(partnerScope(meetings.partnerId, partnerId))
        .orderBy(desc(meetings.date), desc(meetings.id))
        .all();
      const counts = countsFor(rows.map((r) => r.meeting.id));
      return rows.map((r) => toMeeting(r.meeting, r.partnerName, counts.get(r.meeting.id)));
    },
    get,
    create(fields: MeetingFieldsParsed): Meeting {
      requirePartner(db, fields.partnerId);
      const now = nowIso();
      const agenda = fields.agenda ?? agendaText(fields.kind);
      const row = db
        .insert(meetings)
        .values({ ...toRow(fields, agenda), createdAt: now, updatedAt: now })
        .returning({ id: meetings.id })
        .get();
      return get(row.id);
    },
    update(id: number, fields: MeetingFieldsParsed): Meeting {
      const before = get(id);
      requirePartner(db, fields.partnerId);
      db.update(meetings)
        .set({ ...toRow(fields, fields.agenda ?? before.agenda), updatedAt: nowIso() })
        .where(eq(meetings.id, id))
        .run();
      return get(id);
    },
    delete(id: number): void {
      const result = db.delete(meetings).where(eq(meetings.id, id)).run();
      if (result.changes === 0) throw new AppError('not_found', 'That meeting no longer exists.');
    },
    /** Checks that an action, decision or question may hang off this meeting. */
    requireLinkable(meetingId: number | null, partnerId: number | null): void {
      if (meetingId === null) return;
      const found = db
        .select({ partnerId: meetings.partnerId })
        .from(meetings)
        .where(eq(meetings.id, meetingId))
        .get();
      if (!found) {
        throw new AppError('not_found', 'That meeting no longer exists.', {
          meetingId: 'That meeting no longer exists',
        });
      }
      if (found.partnerId !== null && found.partnerId !== partnerId) {
        throw new AppError('invalid_input', 'That meeting belongs to another partnership.', {
          partnerId: 'Use the partnership the meeting belongs to',
        });
      }
    },
  };
}
export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
