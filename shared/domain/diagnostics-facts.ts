import type { LifecycleStage } from '../contract/partners.ts';
import type { KpiCategory } from './kpi-rollup.ts';
import { addCalendarMonths, addDays } from './date-math.ts';

export type { LifecycleStage } from '../contract/partners.ts';

export const agreementStatuses = [
  'none',
  'draft',
  'in_review',
  'signed',
  'expired',
  'terminated',
] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const decisionKinds = ['renew', 'adjust', 'expand', 'exit', 'other'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/** How often the two sides check in; the interval is what "overdue" is measured against. */
export const reviewCadences = [
  'weekly',
  'fortnightly',
  'monthly',
  'quarterly',
  'semiannual',
  'annual',
] as const;
export type ReviewCadence = (typeof reviewCadences)[number];

const cadenceInterval: Readonly<Record<ReviewCadence, { days?: number; months?: number }>> = {
  weekly: { days: 7 },
  fortnightly: { days: 14 },
  monthly: { months: 1 },
  quarterly: { months: 3 },
  semiannual: { months: 6 },
  annual: { months: 12 },
};

/** The date by which the next check-in is due after one held on `lastCheckIn`. */
export function nextCheckInDue(lastCheckIn: string, cadence: ReviewCadence): string {
  const { days, months } = cadenceInterval[cadence];
  return months === undefined
    ? addDays(lastCheckIn, days ?? 0)
    : addCalendarMonths(lastCheckIn, months);
}

export interface AgreementFacts {
  status: AgreementStatus;
  endDate: string | null;
  exclusivityEndDate: string | null;
  terminationNoticeDays: number | null;
  exitPlan: string | null;
  dataShared: boolean;
  dataSharingTerms: string | null;
}

export interface CharterFacts {
  successDefinition: string | null;
  cadence: ReviewCadence | null;
}

export interface FitFacts {
  /** Fit criterion scores 1..5; null when not assessed. */
  complementary: number | null;
  sharedAudience: number | null;
  competitorFlag: boolean;
}

export interface RiskFacts {
  title: string;
  /** The band the register shows for the risk (residual when assessed). */
  band: 'low' | 'medium' | 'high' | 'critical';
  owner: string | null;
  mitigation: string | null;
  nextReviewDate: string | null;
  status: 'open' | 'monitoring' | 'closed';
}

export interface DecisionFacts {
  kind: DecisionKind;
  date: string;
}

/** Everything the anti-pattern checks look at for one partnership; gathered by the backend. */
export interface PartnershipFacts {
  partnerId: number;
  name: string;
  stage: LifecycleStage;
  ownerOurs: string | null;
  ownerTheirs: string | null;
  goalOurs: string | null;
  goalTheirs: string | null;
  agreement: AgreementFacts | null;
  openDeliverables: { ours: number; theirs: number };
  charter: CharterFacts | null;
  /** Categories of the KPIs linked to this partnership, one entry per KPI. */
  kpiCategories: readonly KpiCategory[];
  lastCheckInDate: string | null;
  lastActivityDate: string | null;
  lastMeetingDate: string | null;
  lastActualDate: string | null;
  fit: FitFacts | null;
  risks: readonly RiskFacts[];
  decisions: readonly DecisionFacts[];
}

/**
 * A partnership is "active" for the owner, agreement, cadence and fading checks once it is
 * signed, active or renewing: before signature there is nothing to own or review yet, and an
 * exited partnership is history.
 */
export const activeStages: ReadonlySet<LifecycleStage> = new Set(['signed', 'active', 'renewing']);

/** Success must be defined before the ink dries (source 002), so from negotiation onward. */
export const committedStages: ReadonlySet<LifecycleStage> = new Set([
  'negotiating',
  'signed',
  'active',
  'renewing',
]);

export type Severity = 'critical' | 'warning' | 'info';

/** What a check reports when it fires; the catalogue adds title, fix and source. */
export interface Finding {
  severity: Severity;
  reason: string;
}

export type Check = (facts: PartnershipFacts, today: string) => Finding | null;

export function hasText(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Keeps quoted user text short in a reason. */
export function quote(value: string, max = 60): string {
  const text = value.trim().replace(/\s+/g, ' ');
  return `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
