// M7 conflict detection on the joint marketing calendar. Every check sorts and sweeps, so a
// calendar of 50,000 activities is checked in O(n log n); pairwise comparison would not scale.
import { formatMoney, percentSplitProblem, splitAmount } from './money.ts';
import {
  fiscalQuarterLabel,
  fiscalQuarterOf,
  fromEpochDay,
  isoWeekLabel,
  toEpochDay,
  type IsoDate,
  type Quarter,
} from './periods.ts';

export const activityStatuses = ['planned', 'confirmed', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** Matches the workbook setting's default. */
export const defaultWeeklyActivityLimit = 3;

/** 'ours' is our own organisation; a number is a partner id. */
export type SplitParty = 'ours' | number;

export type BudgetSplit = { party: SplitParty; percent: number };

export interface CalendarActivity {
  id: number;
  title: string;
  channel: string;
  audience: string;
  startDate: IsoDate;
  /** Inclusive. */
  endDate: IsoDate;
  partnerIds: readonly number[];
  budgetMinor: number;
  splits: readonly BudgetSplit[];
  status: ActivityStatus;
}

export interface PartnerQuarterPlan {
  partnerId: number;
  fiscalYear: number;
  quarter: Quarter;
  budgetMinor: number;
}

export interface ConflictOptions {
  fiscalYearStartMonth: number;
  /** For amounts in messages. */
  currency: string;
  locale?: string;
  /** More than this many activities for one audience in one ISO week is a conflict. */
  weeklyLimitPerAudience?: number;
  plans?: readonly PartnerQuarterPlan[];
  partnerNames?: ReadonlyMap<number, string>;
}

interface ConflictBase {
  activityIds: number[];
  message: string;
}

interface AudienceConflict extends ConflictBase {
  audience: string;
  startDate: IsoDate;
  endDate: IsoDate;
}

/** A chain of activities on one channel and audience whose dates touch or overlap. */
export interface OverlapConflict extends AudienceConflict {
  kind: 'overlap';
  channel: string;
}

/**
 * Consecutive ISO weeks that each hold the same too-large set of activities for one audience;
 * the dates run from the Monday of the first week to the Sunday of the last.
 */
export interface AudienceOverloadConflict extends AudienceConflict {
  kind: 'audience-overload';
  activityCount: number;
  limit: number;
}

export interface BudgetOverPlanConflict extends ConflictBase {
  kind: 'budget-over-plan';
  partnerId: number;
  fiscalYear: number;
  quarter: Quarter;
  plannedMinor: number;
  spentMinor: number;
  overByMinor: number;
}

export type CalendarConflict = OverlapConflict | AudienceOverloadConflict | BudgetOverPlanConflict;

type Prepared = { activity: CalendarActivity; startDay: number; endDay: number };

// A few channels and audiences repeat thousands of times; the cap keeps odd imports bounded.
const normalized = new Map<string, string>();

/** Case, surrounding and repeated whitespace do not make two channels or audiences differ. */
export function normalizeLabel(value: string): string {
  const cached = normalized.get(value);
  if (cached !== undefined) return cached;
  const result = value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  if (normalized.size < 10_000) normalized.set(value, result);
  return result;
}

// Cancelled activities never conflict. An end before the start (which forms reject) counts as
// a one-day activity rather than throwing away the whole check. A null key leaves one out.
function groupActivities(
  activities: readonly CalendarActivity[],
  keyOf: (activity: CalendarActivity) => string | null,
): Map<string, Prepared[]> {
  const groups = new Map<string, Prepared[]>();
  for (const activity of activities) {
    const key = activity.status === 'cancelled' ? null : keyOf(activity);
    if (key === null) continue;
    const startDay = toEpochDay(activity.startDate);
    const item = { activity, startDay, endDay: Math.max(startDay, toEpochDay(activity.endDate)) };
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const byDate = (a: { startDate: IsoDate }, b: { startDate: IsoDate }): number =>
  a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0;

function titles(items: readonly Prepared[]): string {
  const quoted = items.slice(0, 2).map((item) => `"${item.activity.title.trim()}"`);
  if (items.length <= 2) return quoted.join(' and ');
  return `${quoted.join(', ')} and ${items.length - 2} more`;
}

const byStart = (a: Prepared, b: Prepared): number =>
  a.startDay - b.startDay || a.endDay - b.endDay || a.activity.id - b.activity.id;

/** Activities with an empty channel or audience are not compared. */
export function findOverlaps(activities: readonly CalendarActivity[]): OverlapConflict[] {
  const groups = groupActivities(activities, (activity) => {
    const channel = normalizeLabel(activity.channel);
    const audience = normalizeLabel(activity.audience);
    return channel && audience ? `${channel}\u0000${audience}` : null;
  });
  const conflicts: OverlapConflict[] = [];
  const flush = (cluster: Prepared[], endDay: number): void => {
    const first = cluster[0];
    if (!first || cluster.length < 2) return;
    const [channel, audience] = [first.activity.channel.trim(), first.activity.audience.trim()];
    const [startDate, endDate] = [first.activity.startDate, fromEpochDay(endDay)];
    conflicts.push({
      kind: 'overlap',
      activityIds: cluster.map((item) => item.activity.id),
      channel,
      audience,
      startDate,
      endDate,
      message: `${titles(cluster)} run at the same time on ${channel} for ${audience} (${startDate} to ${endDate}).`,
    });
  };
  for (const group of groups.values()) {
    group.sort(byStart);
    let cluster: Prepared[] = [];
    let clusterEnd = Number.NEGATIVE_INFINITY;
    for (const item of group) {
      if (item.startDay > clusterEnd) {
        flush(cluster, clusterEnd);
        cluster = [];
      }
      cluster.push(item);
      clusterEnd = Math.max(clusterEnd, item.endDay);
    }
    flush(cluster, clusterEnd);
  }
  return conflicts.sort(byDate);
}

// Week index counted in Mondays since the epoch; 1970-01-01 was a Thursday.
const weekIndex = (epochDay: number): number => Math.floor((epochDay + 3) / 7);
const mondayOf = (week: number): number => week * 7 - 3;

/** An activity counts in every ISO week (Monday to Sunday) that its dates touch. */
export function findAudienceOverloads(
  activities: readonly CalendarActivity[],
  limit: number = defaultWeeklyActivityLimit,
): AudienceOverloadConflict[] {
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`Weekly limit ${limit}`);
  const audienceOf = (activity: CalendarActivity) => normalizeLabel(activity.audience) || null;
  const groups = groupActivities(activities, audienceOf);
  const conflicts: AudienceOverloadConflict[] = [];
  for (const group of groups.values()) {
    const events = (week: (item: Prepared) => number) =>
      group.map((item) => ({ item, week: week(item) })).sort((a, b) => a.week - b.week);
    const starts = events((item) => weekIndex(item.startDay));
    const ends = events((item) => weekIndex(item.endDay) + 1);
    const points = [...new Set([...starts, ...ends].map((event) => event.week))];
    points.sort((a, b) => a - b);
    const active = new Set<Prepared>();
    let nextStart = 0;
    let nextEnd = 0;
    for (let p = 0; p < points.length; p += 1) {
      const week = points[p] ?? 0;
      for (let end = ends[nextEnd]; end?.week === week; end = ends[++nextEnd])
        active.delete(end.item);
      for (let start = starts[nextStart]; start?.week === week; start = starts[++nextStart]) {
        active.add(start.item);
      }
      if (active.size <= limit) continue;
      const lastWeek = (points[p + 1] ?? week + 1) - 1;
      const items = [...active].sort((a, b) => a.activity.id - b.activity.id);
      const audience = items[0]?.activity.audience.trim() ?? '';
      const startDate = fromEpochDay(mondayOf(week));
      const first = isoWeekLabel(startDate);
      const last = isoWeekLabel(fromEpochDay(mondayOf(lastWeek)));
      const when = week === lastWeek ? `in week ${first}` : `every week from ${first} to ${last}`;
      conflicts.push({
        kind: 'audience-overload',
        activityIds: items.map((item) => item.activity.id),
        audience,
        startDate,
        endDate: fromEpochDay(mondayOf(lastWeek) + 6),
        activityCount: items.length,
        limit,
        message: `${items.length} activities (${titles(items)}) reach ${audience} ${when}; the plan allows ${limit} a week.`,
      });
    }
  }
  return conflicts.sort(byDate);
}

/**
 * A partner's spend is its split share of each activity, booked in the fiscal quarter in which
 * the activity starts. Quarters without a plan are not checked, nor are splits that do not add
 * up to 100 % (the activity form refuses them).
 */
export function findBudgetOverruns(
  activities: readonly CalendarActivity[],
  options: ConflictOptions,
): BudgetOverPlanConflict[] {
  const { fiscalYearStartMonth, currency, locale } = options;
  const money = (minor: number): string => formatMoney(minor, currency, locale);
  const plans = new Map<string, PartnerQuarterPlan>();
  for (const plan of options.plans ?? []) {
    const key = `${plan.partnerId}|${plan.fiscalYear}|${plan.quarter}`;
    const existing = plans.get(key);
    plans.set(key, { ...plan, budgetMinor: (existing?.budgetMinor ?? 0) + plan.budgetMinor });
  }
  const spent = new Map<string, { spentMinor: number; activityIds: number[] }>();
  for (const activity of activities) {
    if (activity.status === 'cancelled') continue;
    const percents = activity.splits.map((split) => split.percent);
    if (percents.length === 0 || percentSplitProblem(percents)) continue;
    const shares = splitAmount(activity.budgetMinor, percents);
    const { fiscalYear, quarter } = fiscalQuarterOf(activity.startDate, fiscalYearStartMonth);
    activity.splits.forEach((split, index) => {
      if (split.party === 'ours') return;
      const key = `${split.party}|${fiscalYear}|${quarter}`;
      if (!plans.has(key)) return;
      const entry = spent.get(key) ?? { spentMinor: 0, activityIds: [] };
      entry.spentMinor += shares[index] ?? 0;
      if (entry.activityIds.at(-1) !== activity.id) entry.activityIds.push(activity.id);
      spent.set(key, entry);
    });
  }
  const overruns: BudgetOverPlanConflict[] = [];
  for (const [key, { spentMinor, activityIds }] of spent) {
    const plan = plans.get(key);
    if (!plan || spentMinor <= plan.budgetMinor) continue;
    const name = options.partnerNames?.get(plan.partnerId) ?? `Partner ${plan.partnerId}`;
    const overByMinor = spentMinor - plan.budgetMinor;
    overruns.push({
      kind: 'budget-over-plan',
      activityIds: activityIds.sort((a, b) => a - b),
      partnerId: plan.partnerId,
      fiscalYear: plan.fiscalYear,
      quarter: plan.quarter,
      plannedMinor: plan.budgetMinor,
      spentMinor,
      overByMinor,
      message: `${name}'s share of activity spend in ${fiscalQuarterLabel(plan)} is ${money(spentMinor)}, ${money(overByMinor)} more than the planned ${money(plan.budgetMinor)}.`,
    });
  }
  return overruns.sort(
    (a, b) => a.fiscalYear - b.fiscalYear || a.quarter - b.quarter || a.partnerId - b.partnerId,
  );
}

/** One partner's split share of the activities that start in one fiscal quarter. */
export interface PartnerQuarterSpend {
  partnerId: number;
  fiscalYear: number;
  quarter: Quarter;
  spentMinor: number;
  activityIds: number[];
}

/**
 * Every partner's share of activity spend per fiscal quarter, booked as findBudgetOverruns books
 * it (quarter of the start date, cancelled activities and unusable splits left out), whether or
 * not the quarter has a plan.
 */
export function partnerSpendByQuarter(
  activities: readonly CalendarActivity[],
  fiscalYearStartMonth: number,
): PartnerQuarterSpend[] {
  const spend = new Map<string, PartnerQuarterSpend>();
  for (const activity of activities) {
    if (activity.status === 'cancelled') continue;
    const percents = activity.splits.map((split) => split.percent);
    if (percents.length === 0 || percentSplitProblem(percents)) continue;
    const shares = splitAmount(activity.budgetMinor, percents);
    const { fiscalYear, quarter } = fiscalQuarterOf(activity.startDate, fiscalYearStartMonth);
    activity.splits.forEach((split, index) => {
      if (split.party === 'ours') return;
      const key = `${split.party}|${fiscalYear}|${quarter}`;
      const entry = spend.get(key) ?? {
        partnerId: split.party,
        fiscalYear,
        quarter,
        spentMinor: 0,
        activityIds: [],
      };
      entry.spentMinor += shares[index] ?? 0;
      if (entry.activityIds.at(-1) !== activity.id) entry.activityIds.push(activity.id);
      spend.set(key, entry);
    });
  }
  return [...spend.values()].sort(
    (a, b) => a.fiscalYear - b.fiscalYear || a.quarter - b.quarter || a.partnerId - b.partnerId,
  );
}

export function detectCalendarConflicts(
  activities: readonly CalendarActivity[],
  options: ConflictOptions,
): CalendarConflict[] {
  const limit = options.weeklyLimitPerAudience ?? defaultWeeklyActivityLimit;
  const overloads = findAudienceOverloads(activities, limit);
  return [...findOverlaps(activities), ...overloads, ...findBudgetOverruns(activities, options)];
}
