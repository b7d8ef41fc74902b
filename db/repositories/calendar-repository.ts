import { and, asc, eq, exists, gte, inArray, lte, not, or, sql, type SQL } from 'drizzle-orm';
import {
  AppError,
  type Activity,
  type ActivityFieldsParsed,
  type ParsedInput,
} from '../../shared/contract/index.ts';
import { addDays, daysBetween } from '../../shared/domain/periods.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { marketingActivities, marketingActivityPartners, partners } from '../schema/index.ts';
import { createCalendarBudgetRepository } from './calendar-budget-repository.ts';

type ActivityRow = typeof marketingActivities.$inferSelect;
type LinkRow = typeof marketingActivityPartners.$inferSelect;
export type ActivityFilterParsed = ParsedInput<'calendar.list'>;

function toActivity(row: ActivityRow, links: readonly LinkRow[]): Activity {
  const ordered = [...links].sort((a, b) => a.position - b.position);
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as Activity['kind'],
    partnerIds: ordered.map((link) => link.partnerId),
    channel: row.channel,
    audience: row.audience,
    startDate: row.startDate,
    endDate: row.endDate,
    startTime: row.startTime,
    endTime: row.endTime,
    owner: row.owner,
    status: row.status as Activity['status'],
    budgetMinor: row.budgetMinor,
    splits: [
      { party: 'ours', percent: row.ourSharePercent },
      ...ordered.map((link) => ({ party: link.partnerId, percent: link.sharePercent })),
    ],
    expectedLeads: row.expectedLeads,
    notes: row.notes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toRow(fields: ActivityFieldsParsed) {
  const ours = fields.splits.find((share) => share.party === 'ours');
  return {
    title: fields.title,
    kind: fields.kind,
    channel: fields.channel,
    audience: fields.audience,
    startDate: fields.startDate,
    endDate: fields.endDate,
    startTime: fields.startTime,
    endTime: fields.endTime,
    owner: fields.owner,
    status: fields.status,
    budgetMinor: fields.budgetMinor,
    ourSharePercent: ours?.percent ?? 0,
    expectedLeads: fields.expectedLeads,
    notes: fields.notes,
  };
}

function linkRows(activityId: number, fields: ActivityFieldsParsed) {
  return fields.partnerIds.map((partnerId, position) => ({
    activityId,
    partnerId,
    position,
    sharePercent: fields.splits.find((share) => share.party === partnerId)?.percent ?? 0,
  }));
}

function filterCondition(db: WorkbookDb, filter: ActivityFilterParsed): SQL | undefined {
  const a = marketingActivities;
  const link = marketingActivityPartners;
  const partnerMatch =
    filter.partnerIds.length > 0
      ? inArray(
          a.id,
          db
            .select({ id: link.activityId })
            .from(link)
            .where(inArray(link.partnerId, filter.partnerIds)),
        )
      : undefined;
  return and(
    filter.to ? lte(a.startDate, filter.to) : undefined,
    filter.from ? gte(a.endDate, filter.from) : undefined,
    filter.kinds.length > 0 ? inArray(a.kind, filter.kinds) : undefined,
    filter.statuses.length > 0 ? inArray(a.status, filter.statuses) : undefined,
    partnerMatch,
  );
}

export const noActivityFilter: ActivityFilterParsed = { partnerIds: [], kinds: [], statuses: [] };

export function createCalendarRepository(db: WorkbookDb) {
  const getRow = (id: number): ActivityRow => {
    const row = db.select().from(marketingActivities).where(eq(marketingActivities.id, id)).get();
    if (!row) throw new AppError('not_found', 'That activity no longer exists.');
    return row;
  };

  const linksOf = (id: number): LinkRow[] =>
    db
      .select()
      .from(marketingActivityPartners)
      .where(eq(marketingActivityPartners.activityId, id))
      .all();

  const get = (id: number): Activity => toActivity(getRow(id), linksOf(id));

  /** A missing partner is reported on the field, not as a bare foreign-key failure. */
  const checkPartners = (partnerIds: readonly number[]): void => {
    if (partnerIds.length === 0) return;
    const found = new Set(
      db
        .select({ id: partners.id })
        .from(partners)
        .where(inArray(partners.id, [...partnerIds]))
        .all()
        .map((row) => row.id),
    );
    if (partnerIds.some((id) => !found.has(id))) {
      throw new AppError('invalid_input', 'One of the chosen partners no longer exists.', {
        partnerIds: 'One of these partners no longer exists',
      });
    }
  };

  const insert = (fields: ActivityFieldsParsed, now: string): number => {
    const { id } = db
      .insert(marketingActivities)
      .values({ ...toRow(fields), createdAt: now, updatedAt: now })
      .returning({ id: marketingActivities.id })
      .get();
    const links = linkRows(id, fields);
    if (links.length > 0) db.insert(marketingActivityPartners).values(links).run();
    return id;
  };

  const list = (filter: ActivityFilterParsed = noActivityFilter): Activity[] =>
    listWhere(filterCondition(db, filter));

  const listWhere = (where: SQL | undefined): Activity[] => {
    const rows = db
      .select()
      .from(marketingActivities)
      .where(where)
      .orderBy(
        asc(marketingActivities.startDate),
        asc(sql`coalesce(${marketingActivities.startTime}, '')`),
        asc(marketingActivities.id),
      )
      .all();
    if (rows.length === 0) return [];
    const links = db
      .select()
      .from(marketingActivityPartners)
      .where(
        where
          ? inArray(
              marketingActivityPartners.activityId,
              db.select({ id: marketingActivities.id }).from(marketingActivities).where(where),
            )
          : undefined,
      )
      .all();
    const byActivity = new Map<number, LinkRow[]>();
    for (const link of links) {
      const group = byActivity.get(link.activityId);
      if (group) group.push(link);
      else byActivity.set(link.activityId, [link]);
    }
    return rows.map((row) => toActivity(row, byActivity.get(row.id) ?? []));
  };

  return {
    list,
    /**
     * Activities overlapping from..to that concern the program as a whole (no partner) or one of
     * these partners: the governance pack's calendar for a few chosen partnerships, read without
     * the other partnerships' activities.
     */
    listInScope(from: string, to: string, partnerIds: readonly number[]): Activity[] {
      const a = marketingActivities;
      const link = marketingActivityPartners;
      const linked = db.select({ id: link.activityId }).from(link).where(eq(link.activityId, a.id));
      return listWhere(
        and(
          lte(a.startDate, to),
          gte(a.endDate, from),
          or(
            not(exists(linked)),
            partnerIds.length > 0
              ? inArray(
                  a.id,
                  db
                    .select({ id: link.activityId })
                    .from(link)
                    .where(inArray(link.partnerId, [...partnerIds])),
                )
              : undefined,
          ),
        ),
      );
    },
    get,
    create(fields: ActivityFieldsParsed): Activity {
      checkPartners(fields.partnerIds);
      return get(insert(fields, nowIso()));
    },
    /** Inserts many activities; the caller's transaction makes it all or nothing. */
    createMany(fieldsList: readonly ActivityFieldsParsed[]): number {
      const now = nowIso();
      for (const fields of fieldsList) insert(fields, now);
      return fieldsList.length;
    },
    update(id: number, fields: ActivityFieldsParsed): Activity {
      getRow(id);
      checkPartners(fields.partnerIds);
      db.update(marketingActivities)
        .set({ ...toRow(fields), updatedAt: nowIso() })
        .where(eq(marketingActivities.id, id))
        .run();
      db.delete(marketingActivityPartners)
        .where(eq(marketingActivityPartners.activityId, id))
        .run();
      const links = linkRows(id, fields);
      if (links.length > 0) db.insert(marketingActivityPartners).values(links).run();
      return get(id);
    },
    move(id: number, startDate: string): Activity {
      const row = getRow(id);
      const endDate = addDays(startDate, daysBetween(row.startDate, row.endDate));
      db.update(marketingActivities)
        .set({ startDate, endDate, updatedAt: nowIso() })
        .where(eq(marketingActivities.id, id))
        .run();
      return get(id);
    },
    delete(id: number): void {
      getRow(id);
      db.delete(marketingActivities).where(eq(marketingActivities.id, id)).run();
    },
    budgets: createCalendarBudgetRepository(db),
  };
}
export type CalendarRepository = ReturnType<typeof createCalendarRepository>;
