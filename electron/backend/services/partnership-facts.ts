import { sql, type SQL } from 'drizzle-orm';
import type { WorkbookDb } from '../../../db/open.ts';
import type { ActualMeasure } from '../../../shared/contract/actuals.ts';
import { openDeliverableStatuses } from '../../../shared/contract/agreements.ts';
import { addCalendarMonths, addDays } from '../../../shared/domain/date-math.ts';
import {
  hasText,
  reviewCadences,
  type AgreementFacts,
  type AgreementStatus,
  type CharterFacts,
  type DecisionFacts,
  type DecisionKind,
  type FitFacts,
  type LifecycleStage,
  type PartnershipFacts,
  type ReviewCadence,
  type RiskFacts,
} from '../../../shared/domain/diagnostics-facts.ts';
import type { GovernanceElements, RiskSummary } from '../../../shared/domain/health.ts';
import type { KpiCategory } from '../../../shared/domain/kpi-rollup.ts';
import { riskBand, riskBandRanges, type RiskStatus } from '../../../shared/domain/risk.ts';

/** The actuals' column of each measure. */
const measureColumns: Readonly<Record<ActualMeasure, string>> = {
  leads: 'leads',
  qualifiedLeads: 'qualified_leads',
  deals: 'deals',
  attributedRevenue: 'attributed_revenue',
  influencedRevenue: 'influenced_revenue',
  spend: 'spend',
};

/** One partnership as the health index and the anti-pattern checks see it. */
export interface PartnershipRecord {
  facts: PartnershipFacts;
  tier: string;
  governance: GovernanceElements;
  /** Its registered risks summed up; all zero when none was ever registered. */
  risks: RiskSummary;
}

/** A meeting of either kind counts as the check-in the charter's cadence asks for. */
export const checkInMeetingKinds = ['check_in', 'qbr'] as const;

const cadences: ReadonlySet<string> = new Set(reviewCadences);

/** Exclusivity runs for its months from the agreement's start; its last day is the day before. */
function exclusivityEnd(
  exclusive: number | null,
  start: string | null,
  months: number | null,
): string | null {
  if (exclusive !== 1 || start === null || months === null) return null;
  return addDays(addCalendarMonths(start, months), -1);
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

interface PartnerRow {
  id: number;
  name: string;
  stage: string;
  tier: string;
  owner_ours: string;
  owner_theirs: string;
  goal_ours: string;
  goal_theirs: string;
  last_actual: string | null;
}

/** The score the register bands a risk by: residual where both residual figures are set. */
const bandScore = sql`CASE WHEN residual_likelihood IS NOT NULL AND residual_impact IS NOT NULL
  THEN residual_likelihood * residual_impact ELSE likelihood * impact END`;

const noRisks: RiskSummary = { registered: 0, open: 0, severity: 0 };

/**
 * Reads what the checks and the health index need for all partnerships (or one) in eleven
 * statements whatever their number: each query is grouped by partner and joined in memory.
 * (Months of actuals with nothing left in them are deleted, so a row always holds a figure.)
 */
export function createPartnershipFactsReader(db: WorkbookDb) {
  return {
    load(options: { partnerId?: number | undefined; today: string }): PartnershipRecord[] {
      const { partnerId, today } = options;
      const program = partnerId === undefined;
      // One partner is read even when archived (its page still shows); the program leaves those out.
      const scoped = (column: SQL): SQL =>
        program ? sql`${column} IS NOT NULL` : sql`${column} = ${partnerId}`;
      // A month of actuals counts as activity up to its last day, never after today: the latest
      // month is found through the actuals' key, one lookup per partner (not a scan of them all).
      const partners = db.all<PartnerRow>(sql`
        SELECT id, name, stage, tier, owner_ours, owner_theirs, goal_ours, goal_theirs,
               (SELECT min(${today}, date(max(period) || '-01', '+1 month', '-1 day'))
                FROM actuals
                WHERE partner_id = partners.id AND period <= ${today.slice(0, 7)}) AS last_actual
        FROM partners
        WHERE ${program ? sql`archived = 0` : sql`id = ${partnerId}`}
        ORDER BY name COLLATE NOCASE, id`);
      const agreements = db.all<{
        partner_id: number;
        status: string;
        start_date: string | null;
        end_date: string | null;
        exclusive: number | null;
        exclusivity_months: number | null;
        termination_notice_days: number | null;
        exit_plan: string;
        data_shared: number | null;
        data_sharing_terms: string;
      }>(sql`
        SELECT partner_id, status, start_date, end_date, exclusive, exclusivity_months,
               termination_notice_days, exit_plan, data_shared, data_sharing_terms
        FROM agreements WHERE ${scoped(sql`partner_id`)}`);
      const deliverables = db.values<[partnerId: number, side: string, open: number]>(sql`
        SELECT partner_id, side, count(*) AS open
        FROM agreement_deliverables
        WHERE ${scoped(sql`partner_id`)}
          AND status IN (${sql.join(
            [...openDeliverableStatuses].map((s) => sql`${s}`),
            sql`, `,
          )})
        GROUP BY partner_id, side`);
      const charters = db.all<{
        partner_id: number;
        success_definition: string;
        check_in_cadence: string | null;
        has_escalation: number;
        has_raci: number;
      }>(sql`
        SELECT partner_id, success_definition, check_in_cadence,
               json_array_length(escalation) > 0 AS has_escalation,
               json_array_length(decisions) > 0 AS has_raci
        FROM charters WHERE ${scoped(sql`partner_id`)}`);
      const kpis = db.all<{ partner_id: number; category: string }>(sql`
        SELECT partner_id, category FROM kpis WHERE ${scoped(sql`partner_id`)} ORDER BY id`);
      const meetings = db.all<{
        partner_id: number;
        last_check_in: string | null;
        last_meeting: string | null;
      }>(sql`
        SELECT partner_id,
               max(CASE WHEN kind IN (${sql.join(
                 checkInMeetingKinds.map((k) => sql`${k}`),
                 sql`, `,
               )}) THEN date END) AS last_check_in,
               max(date) AS last_meeting
        FROM meetings
        WHERE ${scoped(sql`partner_id`)} AND date <= ${today}
        GROUP BY partner_id`);
      // [partner, date] pairs straight into maps: thousands of rows, no object per row.
      const activityOf = new Map(
        db.values<[number, string]>(sql`
        SELECT link.partner_id AS partner_id, max(a.start_date) AS last_activity
        FROM ${
          // Program-wide, walk the links in their stored order (by activity), each to its
          // activity by id; for one partner, walk its links.
          program
            ? sql`marketing_activity_partners link NOT INDEXED CROSS JOIN marketing_activities a`
            : sql`marketing_activity_partners link CROSS JOIN marketing_activities a`
        } ON link.activity_id = a.id
        WHERE ${scoped(sql`link.partner_id`)} AND a.start_date <= ${today}
          AND a.status <> 'cancelled'
        GROUP BY link.partner_id`),
      );
      const fits = db.all<{
        partner_id: number;
        complementary: number | null;
        shared_audience: number | null;
        competitor: number | null;
      }>(sql`
        SELECT a.partner_id AS partner_id, c.score AS complementary,
               s.score AS shared_audience, f.raised AS competitor
        FROM fit_assessments a
        LEFT JOIN fit_scores c ON c.partner_id = a.partner_id AND c.criterion = 'complementary'
        LEFT JOIN fit_scores s ON s.partner_id = a.partner_id AND s.criterion = 'sharedAudience'
        LEFT JOIN fit_red_flags f ON f.partner_id = a.partner_id AND f.flag = 'directCompetitor'
        WHERE ${scoped(sql`a.partner_id`)}`);
      // The health index needs each partnership's risks summed up, summed by SQLite (program-wide
      // in the table's order, which is quicker than through the partner index and a lookup each).
      const riskSums = db.values<
        [partnerId: number, registered: number, open: number, severity: number]
      >(sql`
        SELECT partner_id, count(*), coalesce(sum(status <> 'closed'), 0),
               coalesce(sum(CASE WHEN status <> 'closed' THEN ${bandScore} END), 0)
        FROM risks ${program ? sql`NOT INDEXED` : sql``}
        WHERE ${scoped(sql`partner_id`)}
        GROUP BY partner_id`);
      // The only risks a check reads: open high and critical ones ("unmanaged high risk").
      const highRisks = db.values<
        [
          partnerId: number,
          title: string,
          score: number,
          owner: string,
          mitigation: string,
          nextReviewDate: string | null,
          status: string,
        ]
      >(sql`
        SELECT partner_id, title, ${bandScore}, owner, mitigation, next_review_date, status
        FROM risks
        WHERE ${scoped(sql`partner_id`)} AND status <> 'closed'
          AND ${bandScore} >= ${riskBandRanges.high.min}
        ORDER BY id`);
      const decisions = db.all<{ partner_id: number; kind: string; date: string }>(sql`
        SELECT partner_id, kind, date FROM decisions WHERE ${scoped(sql`partner_id`)}`);

      const agreementOf = new Map(agreements.map((a) => [a.partner_id, a]));
      const openOf = new Map<number, { ours: number; theirs: number }>();
      for (const [id, side, open] of deliverables) {
        let counts = openOf.get(id);
        if (!counts) {
          counts = { ours: 0, theirs: 0 };
          openOf.set(id, counts);
        }
        if (side === 'ours') counts.ours = open;
        else if (side === 'theirs') counts.theirs = open;
      }
      const charterOf = new Map(charters.map((c) => [c.partner_id, c]));
      const kpisOf = groupBy(kpis, (k) => k.partner_id);
      const meetingsOf = new Map(meetings.map((m) => [m.partner_id, m]));
      const fitOf = new Map(fits.map((f) => [f.partner_id, f]));
      const risksOf = new Map(
        riskSums.map(([id, registered, open, severity]): [number, RiskSummary] => [
          id,
          { registered, open, severity },
        ]),
      );
      const highRisksOf = groupBy(highRisks, (r) => r[0]);
      const decisionsOf = groupBy(decisions, (d) => d.partner_id);

      return partners.map((p): PartnershipRecord => {
        const a = agreementOf.get(p.id);
        const agreement: AgreementFacts | null = a
          ? {
              status: a.status as AgreementStatus,
              endDate: a.end_date,
              exclusivityEndDate: exclusivityEnd(a.exclusive, a.start_date, a.exclusivity_months),
              terminationNoticeDays: a.termination_notice_days,
              exitPlan: a.exit_plan,
              dataShared: a.data_shared === 1,
              dataSharingTerms: a.data_sharing_terms,
            }
          : null;
        const c = charterOf.get(p.id);
        const charter: CharterFacts | null = c
          ? {
              successDefinition: c.success_definition,
              cadence:
                c.check_in_cadence !== null && cadences.has(c.check_in_cadence)
                  ? (c.check_in_cadence as ReviewCadence)
                  : null,
            }
          : null;
        const f = fitOf.get(p.id);
        const fit: FitFacts | null = f
          ? {
              complementary: f.complementary,
              sharedAudience: f.shared_audience,
              competitorFlag: f.competitor === 1,
            }
          : null;
        const m = meetingsOf.get(p.id);
        const open = openOf.get(p.id);
        const facts: PartnershipFacts = {
          partnerId: p.id,
          name: p.name,
          stage: p.stage as LifecycleStage,
          ownerOurs: p.owner_ours,
          ownerTheirs: p.owner_theirs,
          goalOurs: p.goal_ours,
          goalTheirs: p.goal_theirs,
          agreement,
          openDeliverables: { ours: open?.ours ?? 0, theirs: open?.theirs ?? 0 },
          charter,
          kpiCategories: (kpisOf.get(p.id) ?? []).map((k) => k.category as KpiCategory),
          lastCheckInDate: m?.last_check_in ?? null,
          lastActivityDate: activityOf.get(p.id) ?? null,
          lastMeetingDate: m?.last_meeting ?? null,
          lastActualDate: p.last_actual,
          fit,
          risks: (highRisksOf.get(p.id) ?? []).map(
            ([, title, score, owner, mitigation, nextReviewDate, status]): RiskFacts => ({
              title,
              // The band the register shows: residual where both residual figures are set.
              band: riskBand(score),
              owner,
              mitigation,
              nextReviewDate,
              status: status as RiskStatus,
            }),
          ),
          decisions: (decisionsOf.get(p.id) ?? []).map((d): DecisionFacts => ({
            kind: d.kind as DecisionKind,
            date: d.date,
          })),
        };
        return {
          facts,
          tier: p.tier,
          governance: {
            ownerOurs: hasText(p.owner_ours),
            ownerTheirs: hasText(p.owner_theirs),
            successDefinition: hasText(c?.success_definition),
            cadence: charter?.cadence != null,
            escalationPath: c?.has_escalation === 1,
            raci: c?.has_raci === 1,
            signedAgreement: agreement?.status === 'signed',
          },
          risks: risksOf.get(p.id) ?? noRisks,
        };
      });
    },
    /**
     * The given measures of each partner's months between two months (one partner's when given),
     * as [partner, month, ...figures] rows: one statement, no object per row.
     */
    actualFigures(
      partnerId: number | null,
      from: string,
      to: string,
      measures: readonly ActualMeasure[],
    ): [partnerId: number, period: string, ...figures: (number | null)[]][] {
      return db.values(sql`
        SELECT partner_id, period, ${sql.join(
          measures.map((m) => sql.raw(measureColumns[m])),
          sql`, `,
        )}
        FROM actuals
        WHERE period BETWEEN ${from} AND ${to}
          ${partnerId === null ? sql`` : sql`AND partner_id = ${partnerId}`}`);
    },
  };
}
export type PartnershipFactsReader = ReturnType<typeof createPartnershipFactsReader>;
