import { z } from './zod.ts';
import { id, isoDate } from './common.ts';
import { query } from './define.ts';
import { activityKinds, activityStatuses } from './calendar.ts';
import { period } from './kpis.ts';
import { actionItem } from './meetings.ts';
import { lifecycleStages } from './partners.ts';
import { risk } from './risks.ts';
import { diagnostic, partnershipHealth, severities } from './health.ts';
import { diagnosticCheckIds } from '../domain/diagnostics.ts';

/** The four measures the dashboard sets against targets, month by month. */
export const trackedMeasures = ['leads', 'qualifiedLeads', 'deals', 'attributedRevenue'] as const;
export type TrackedMeasure = (typeof trackedMeasures)[number];

/** How many items each dashboard list carries; the totals say how many there are in all. */
export const dashboardListLimits = {
  lowestHealth: 8,
  diagnostics: 100,
  topRisks: 5,
  upcoming: 8,
  overdue: 8,
} as const;

export const upcomingWindowDays = 30;

export const upcomingActivity = z.object({
  id,
  title: z.string(),
  kind: z.enum(activityKinds),
  status: z.enum(activityStatuses),
  startDate: z.string(),
  endDate: z.string(),
  owner: z.string(),
  partnerNames: z.array(z.string()),
  budgetMinor: z.number().int(),
  expectedLeads: z.number().int().nullable(),
});
export type UpcomingActivity = z.infer<typeof upcomingActivity>;

export const measureSeries = z.object({
  measure: z.enum(trackedMeasures),
  label: z.string(),
  /** Money in minor units of the workbook currency; counts as they are. */
  money: z.boolean(),
  /** The scorecard criterion whose per-partner monthly target the line uses; null: none reads it. */
  targetCriterion: z.string().nullable(),
  /** The criterion's target for one partnership and month (money in minor units). */
  targetPerPartnership: z.number().nullable(),
  points: z.array(
    z.object({
      period,
      /** Sum over every partner that recorded the measure; null when none did. */
      actual: z.number().nullable(),
      target: z.number().nullable(),
      /** How many partners recorded the measure that month. */
      reporting: z.number().int(),
    }),
  ),
});
export type MeasureSeries = z.infer<typeof measureSeries>;

export const dashboard = z.object({
  today: z.string(),
  currency: z.string(),
  partners: z.object({
    /** Partners not archived. */
    total: z.number().int(),
    /** Signed, active or renewing: the partnerships health and most checks look at. */
    live: z.number().int(),
    byStage: z.array(z.object({ stage: z.enum(lifecycleStages), count: z.number().int() })),
    /** Assigned tiers, most common first; "" is a partner without a tier. */
    byTier: z.array(z.object({ tier: z.string(), count: z.number().int() })),
  }),
  health: z.object({
    /** Counted over live partnerships only. */
    counts: z.object({
      healthy: z.number().int(),
      watch: z.number().int(),
      at_risk: z.number().int(),
      noData: z.number().int(),
    }),
    /** Mean index of the live partnerships that have one; null when none has. */
    average: z.number().nullable(),
    /** The live partnerships with the lowest index, lowest first. */
    lowest: z.array(partnershipHealth),
  }),
  diagnostics: z.object({
    total: z.number().int(),
    bySeverity: z.object({
      critical: z.number().int(),
      warning: z.number().int(),
      info: z.number().int(),
    }),
    /** One row per check that fires anywhere, most severe and most frequent first. */
    byCheck: z.array(
      z.object({
        checkId: z.enum(diagnosticCheckIds),
        title: z.string(),
        rule: z.string(),
        fix: z.string(),
        severity: z.enum(severities),
        count: z.number().int(),
      }),
    ),
    /** The most severe findings first, with partner names. */
    items: z.array(diagnostic),
  }),
  topRisks: z.array(risk),
  openRiskCount: z.number().int(),
  upcoming: z.object({
    from: z.string(),
    to: z.string(),
    total: z.number().int(),
    items: z.array(upcomingActivity),
  }),
  overdue: z.object({
    actionsTotal: z.number().int(),
    actions: z.array(actionItem),
    reviewsTotal: z.number().int(),
    reviews: z.array(risk),
  }),
  actuals: z.object({
    from: period,
    to: period,
    /** Live partnerships counted for the target line. */
    livePartnerships: z.number().int(),
    series: z.array(measureSeries),
  }),
});
export type Dashboard = z.infer<typeof dashboard>;

export const dashboardMethods = {
  /**
   * The program at a glance. `today` is the user's local date (the backend's when absent);
   * `period` is the last month of the actuals chart and the scorecard month for health
   * (omitted: the month of `today`, health taking each partnership's latest scored month).
   */
  'dashboard.get': query(
    z.object({ today: isoDate.optional(), period: period.optional() }),
    dashboard,
  ),
} as const;
