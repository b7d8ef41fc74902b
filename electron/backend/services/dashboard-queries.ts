import { and, asc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { WorkbookDb } from '../../../db/open.ts';
import { isActionOverdue } from '../../../db/repositories/action-repository.ts';
import { meetingLabel } from '../../../db/repositories/meeting-repository.ts';
import { actionItems, meetings, partners, risks } from '../../../db/schema/index.ts';
import type {
  ActionItem,
  ActionStatus,
  ActivityKind,
  ActivityStatus,
  Risk,
  UpcomingActivity,
} from '../../../shared/contract/index.ts';
import { assessRisk, isReviewOverdue, topRisks } from '../../../shared/domain/risk.ts';

/** The score the register ranks by today: residual where both residual figures are set. */
const currentScore = sql<number>`CASE WHEN ${risks.residualLikelihood} IS NOT NULL AND ${risks.residualImpact} IS NOT NULL THEN ${risks.residualLikelihood} * ${risks.residualImpact} ELSE ${risks.likelihood} * ${risks.impact} END`;

function toRisk(row: typeof risks.$inferSelect, partnerName: string | null, today: string): Risk {
  const risk = {
    ...row,
    category: row.category as Risk['category'],
    treatment: row.treatment as Risk['treatment'],
    status: row.status as Risk['status'],
    partnerName,
  };
  return { ...risk, ...assessRisk(risk), reviewOverdue: isReviewOverdue(risk, today) };
}

export interface MonthlyTotals {
  period: string;
  leads: number | null;
  leadsReporting: number;
  qualifiedLeads: number | null;
  qualifiedLeadsReporting: number;
  deals: number | null;
  dealsReporting: number;
  attributedRevenue: number | null;
  attributedRevenueReporting: number;
}

/** Program-wide reads of the dashboard that no module's repository offers, each one statement. */
export function createDashboardReader(db: WorkbookDb) {
  let memo: { key: string; value: unknown } | null = null;
  /** Prepared once: the first screen runs it on every visit, and building it costs more than SQL. */
  const prepareTopRisks = () => {
    const open = ne(risks.status, 'closed');
    const cutoff = db
      .select({ score: currentScore })
      .from(risks)
      .where(open)
      .orderBy(sql`1 DESC`)
      .limit(1)
      .offset(sql.placeholder('offset'));
    return db
      .select({
        risk: risks,
        partnerName: partners.name,
        openCount: sql<number>`(SELECT count(*) FROM risks WHERE status <> 'closed')`,
      })
      .from(risks)
      .leftJoin(partners, eq(risks.partnerId, partners.id))
      .where(and(open, gte(currentScore, sql`coalesce((${cutoff}), 0)`)))
      .prepare();
  };
  let topRisksQuery: ReturnType<typeof prepareTopRisks> | null = null;

  return {
    /**
     * The last result again while nothing was written: `total_changes()` counts every row this
     * connection changed, and this connection is the workbook's only writer (the lock file).
     */
    cached<T>(key: string, compute: () => T): T {
      const version = db.get<{ v: number }>(sql`SELECT total_changes() AS v`).v;
      const full = `${key}|${version}`;
      if (memo?.key === full) return memo.value as T;
      const value = compute();
      memo = { key: full, value };
      return value;
    },
    /**
     * Activities that touch the window (running or starting in it), not cancelled or done,
     * earliest first, with the names of their partners and the number there are in all.
     */
    upcoming(
      from: string,
      to: string,
      limit: number,
    ): { total: number; items: UpcomingActivity[] } {
      const rows = db.all<{
        id: number;
        title: string;
        kind: string;
        status: string;
        start_date: string;
        end_date: string;
        owner: string;
        budget_minor: number;
        expected_leads: number | null;
        partner_names: string;
        total: number;
      }>(sql`
        SELECT a.id, a.title, a.kind, a.status, a.start_date, a.end_date, a.owner, a.budget_minor,
               a.expected_leads,
               (SELECT json_group_array(name) FROM (
                  SELECT p.name AS name FROM marketing_activity_partners l
                  JOIN partners p ON p.id = l.partner_id
                  WHERE l.activity_id = a.id ORDER BY l.position)) AS partner_names,
               count(*) OVER () AS total
        FROM marketing_activities a
        WHERE a.end_date >= ${from} AND a.start_date <= ${to}
          AND a.status NOT IN ('cancelled', 'done')
        ORDER BY a.start_date, a.id
        LIMIT ${limit}`);
      return {
        total: rows[0]?.total ?? 0,
        items: rows.map((r) => ({
          id: r.id,
          title: r.title,
          kind: r.kind as ActivityKind,
          status: r.status as ActivityStatus,
          startDate: r.start_date,
          endDate: r.end_date,
          owner: r.owner,
          partnerNames: JSON.parse(r.partner_names) as string[],
          budgetMinor: r.budget_minor,
          expectedLeads: r.expected_leads,
        })),
      };
    },
    /** Sums of every partner's recorded figures per month, with how many partners recorded each. */
    monthlyTotals(from: string, to: string): MonthlyTotals[] {
      return db.all<MonthlyTotals>(sql`
        SELECT period,
               sum(leads) AS leads, count(leads) AS leadsReporting,
               sum(qualified_leads) AS qualifiedLeads,
               count(qualified_leads) AS qualifiedLeadsReporting,
               sum(deals) AS deals, count(deals) AS dealsReporting,
               sum(attributed_revenue) AS attributedRevenue,
               count(attributed_revenue) AS attributedRevenueReporting
        FROM actuals WHERE period BETWEEN ${from} AND ${to}
        GROUP BY period ORDER BY period`);
    },
    /**
     * The oldest overdue actions and risk reviews, and how many there are: the rules and order of
     * `governance.overdue` (a test holds the two together), without reading every overdue row
     * of a large workbook to show a handful.
     */
    overdue(
      today: string,
      limit: number,
    ): { actionsTotal: number; actions: ActionItem[]; reviewsTotal: number; reviews: Risk[] } {
      const pendingAction = and(
        inArray(actionItems.status, ['open', 'in_progress']),
        lt(actionItems.dueDate, today),
      );
      const actionRows = db
        .select({
          action: actionItems,
          partnerName: partners.name,
          meetingKind: meetings.kind,
          meetingDate: meetings.date,
          total: sql<number>`count(*) OVER ()`,
        })
        .from(actionItems)
        .leftJoin(partners, eq(actionItems.partnerId, partners.id))
        .leftJoin(meetings, eq(actionItems.meetingId, meetings.id))
        .where(pendingAction)
        .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
        .limit(limit)
        .all();
      const reviewRows = db
        .select({
          risk: risks,
          partnerName: partners.name,
          total: sql<number>`count(*) OVER ()`,
        })
        .from(risks)
        .leftJoin(partners, eq(risks.partnerId, partners.id))
        .where(and(ne(risks.status, 'closed'), lt(risks.nextReviewDate, today)))
        .orderBy(asc(risks.nextReviewDate), asc(risks.id))
        .limit(limit)
        .all();
      return {
        actionsTotal: actionRows[0]?.total ?? 0,
        actions: actionRows.map(
          ({ action, partnerName, meetingKind, meetingDate }): ActionItem => ({
            id: action.id,
            partnerId: action.partnerId,
            partnerName,
            meetingId: action.meetingId,
            meetingLabel:
              meetingKind !== null && meetingDate !== null
                ? meetingLabel(meetingKind, meetingDate)
                : null,
            title: action.title,
            owner: action.owner,
            dueDate: action.dueDate,
            status: action.status as ActionStatus,
            forDecision: action.forDecision,
            decisionQuestion: action.decisionQuestion,
            overdue: isActionOverdue(action, today),
            createdAt: action.createdAt,
            updatedAt: action.updatedAt,
          }),
        ),
        reviewsTotal: reviewRows[0]?.total ?? 0,
        reviews: reviewRows.map((r) => toRisk(r.risk, r.partnerName, today)),
      };
    },
    /**
     * The top open risks by their current score (domain order: `topRisks`), and how many risks
     * are open. SQL only narrows the field to the risks scoring at least the limit-th best score,
     * ties included, so a large register is not read in full.
     */
    topRisks(limit: number, today: string): { open: number; top: Risk[] } {
      topRisksQuery ??= prepareTopRisks();
      const rows = topRisksQuery.all({ offset: limit - 1 });
      const candidates = rows.map((r) => toRisk(r.risk, r.partnerName, today));
      return {
        open: rows[0]?.openCount ?? 0,
        top: topRisks(candidates, today, { limit, basis: 'current' }),
      };
    },
  };
}
export type DashboardReader = ReturnType<typeof createDashboardReader>;
