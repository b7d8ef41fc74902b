import { weightedMeanOfPresent } from './scorecard.ts';
import { daysBetween } from './date-math.ts';

export const healthComponents = [
  'governanceCompleteness',
  'kpiAttainment',
  'riskExposure',
  'activityRecency',
  'effortBalance',
] as const;
export type HealthComponent = (typeof healthComponents)[number];

export type HealthWeights = Record<HealthComponent, number>;

/** SPEC M12; editable per workbook. */
export const defaultHealthWeights: Readonly<HealthWeights> = {
  governanceCompleteness: 30,
  kpiAttainment: 25,
  riskExposure: 20,
  activityRecency: 15,
  effortBalance: 10,
};

export const healthComponentLabels: Readonly<Record<HealthComponent, string>> = {
  governanceCompleteness: 'Governance completeness',
  kpiAttainment: 'KPI attainment',
  riskExposure: 'Risk exposure',
  activityRecency: 'Activity recency',
  effortBalance: 'Effort balance',
};

/** Charter elements whose presence makes governance complete. */
export interface GovernanceElements {
  ownerOurs: boolean;
  ownerTheirs: boolean;
  successDefinition: boolean;
  cadence: boolean;
  escalationPath: boolean;
  raci: boolean;
  signedAgreement: boolean;
}

/**
 * Share of the six charter elements present × 100: owners on both sides, success definition,
 * review cadence, escalation path, RACI, signed agreement. The owners element counts half for
 * each side that has a named owner, since one owner is better than none but not enough.
 */
export function governanceCompletenessScore(elements: GovernanceElements): number {
  const owners = (Number(elements.ownerOurs) + Number(elements.ownerTheirs)) / 2;
  const others = [
    elements.successDefinition,
    elements.cadence,
    elements.escalationPath,
    elements.raci,
    elements.signedAgreement,
  ].filter(Boolean).length;
  return ((owners + others) / 6) * 100;
}

/** The scorecard score read as health: on target (100) or better is full marks. */
export function kpiAttainmentScore(scorecardScore: number): number {
  return Math.min(100, Math.max(0, scorecardScore));
}

export interface RiskExposureInput {
  likelihood: number;
  impact: number;
  residualLikelihood?: number | null;
  residualImpact?: number | null;
  /** Closed risks do not count. */
  status: string;
}

/**
 * Sum of open-risk severities (1..25 each, residual when both residual figures are set) that
 * takes the score to 0: two critical-level risks (2 × 25). One critical risk halves the score,
 * one medium risk (6) costs 12 points, and registering a few low risks barely moves it.
 */
export const riskSeverityBudget = 50;

/** Sum of the open risks' severities (residual when both residual figures are set). */
export function openRiskSeverity(risks: readonly RiskExposureInput[]): number {
  let severity = 0;
  for (const risk of risks) {
    if (risk.status === 'closed') continue;
    const residual = risk.residualLikelihood != null && risk.residualImpact != null;
    severity += residual
      ? (risk.residualLikelihood ?? 0) * (risk.residualImpact ?? 0)
      : risk.likelihood * risk.impact;
  }
  return severity;
}

/** The risk exposure score of an open-risk severity (`openRiskSeverity`). */
export function riskExposureOfSeverity(severity: number): number {
  return 100 * (1 - Math.min(1, severity / riskSeverityBudget));
}

/** 100 − normalised open-risk severity; no open risk scores 100. */
export function riskExposureScore(risks: readonly RiskExposureInput[]): number {
  return riskExposureOfSeverity(openRiskSeverity(risks));
}

/** A partnership's registered risks summed up, as the backend reads them for many at once. */
export interface RiskSummary {
  /** Every registered risk, closed ones included. */
  registered: number;
  open: number;
  /** `openRiskSeverity` of the registered risks. */
  severity: number;
}

export const recencyFullDays = 30;
export const recencyZeroDays = 180;

/** 100 within 30 days of the last activity, meeting or actual, linear down to 0 at 180 days. */
export function activityRecencyScore(lastActivityDate: string, today: string): number {
  const days = daysBetween(lastActivityDate, today);
  if (days <= recencyFullDays) return 100;
  if (days >= recencyZeroDays) return 0;
  return (100 * (recencyZeroDays - days)) / (recencyZeroDays - recencyFullDays);
}

/** Smaller open-deliverable load ÷ larger × 100: 100 when equal, 0 when one side carries all. */
export function effortBalanceScore(ours: number, theirs: number): number | null {
  const larger = Math.max(ours, theirs);
  if (!(larger > 0)) return null;
  return (100 * Math.max(0, Math.min(ours, theirs))) / larger;
}

/** Facts for one partnership; null (or an undefined date) means "no data" for that component. */
export interface HealthInputs {
  governance: GovernanceElements | null;
  scorecardScore: number | null;
  /**
   * Null when the partnership's risks were never assessed; [] when assessed and none open. Or
   * their open severity already summed (`openRiskSeverity`).
   */
  risks: readonly RiskExposureInput[] | { openSeverity: number } | null;
  /** Latest of the last activity, meeting and actual; null when none was ever recorded. */
  lastActivityDate: string | null;
  openDeliverables: { ours: number; theirs: number } | null;
  today: string;
}

export type HealthBand = 'healthy' | 'watch' | 'at_risk';
export const healthBandLabels: Readonly<Record<HealthBand, string>> = {
  healthy: 'Healthy',
  watch: 'Watch',
  at_risk: 'At risk',
};

export interface HealthComponentResult {
  key: HealthComponent;
  label: string;
  weight: number;
  /** 0..100, null when missing. */
  score: number | null;
  missing: boolean;
}

export interface HealthResult {
  /** Whole number 0..100, null when no component has data. */
  index: number | null;
  band: HealthBand | null;
  components: HealthComponentResult[];
  missing: HealthComponent[];
}

/** Bands work on the rounded index, the figure the user sees: 69.6 shows as 70 and is healthy. */
export function healthBand(index: number): HealthBand {
  if (index >= 70) return 'healthy';
  if (index >= 50) return 'watch';
  return 'at_risk';
}

export function computeHealth(
  inputs: HealthInputs,
  weights: HealthWeights = defaultHealthWeights,
): HealthResult {
  const scores: Record<HealthComponent, number | null> = {
    governanceCompleteness: inputs.governance
      ? governanceCompletenessScore(inputs.governance)
      : null,
    kpiAttainment:
      inputs.scorecardScore === null ? null : kpiAttainmentScore(inputs.scorecardScore),
    riskExposure: !inputs.risks
      ? null
      : 'openSeverity' in inputs.risks
        ? riskExposureOfSeverity(inputs.risks.openSeverity)
        : riskExposureScore(inputs.risks),
    activityRecency: inputs.lastActivityDate
      ? activityRecencyScore(inputs.lastActivityDate, inputs.today)
      : null,
    effortBalance: inputs.openDeliverables
      ? effortBalanceScore(inputs.openDeliverables.ours, inputs.openDeliverables.theirs)
      : null,
  };
  const components = healthComponents.map((key): HealthComponentResult => {
    const score = scores[key];
    return {
      key,
      label: healthComponentLabels[key],
      weight: weights[key],
      score,
      missing: score === null,
    };
  });
  const mean = weightedMeanOfPresent(components.map((c) => ({ weight: c.weight, value: c.score })));
  const index = mean === null ? null : Math.round(mean);
  return {
    index,
    band: index === null ? null : healthBand(index),
    components,
    missing: components.filter((c) => c.missing).map((c) => c.key),
  };
}
