// M4 risk register: score = likelihood × impact on 1..5 scales, banded into four levels.
import type { IsoDate } from './periods.ts';

export const riskCategories = [
  'market',
  'regulatory',
  'reputational',
  'channelConflict',
  'operational',
  'financial',
  'dataIp',
  'relationship',
] as const;
export type RiskCategory = (typeof riskCategories)[number];

export const riskCategoryLabels: Readonly<Record<RiskCategory, string>> = {
  market: 'Market',
  regulatory: 'Regulatory / compliance',
  reputational: 'Reputational / brand dilution',
  channelConflict: 'Channel conflict',
  operational: 'Operational / supply',
  financial: 'Financial',
  dataIp: 'Data / IP',
  relationship: 'Relationship',
};

export const riskTreatments = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export type RiskTreatment = (typeof riskTreatments)[number];

export const riskTreatmentLabels: Readonly<Record<RiskTreatment, string>> = {
  mitigate: 'Mitigate',
  accept: 'Accept',
  transfer: 'Transfer',
  avoid: 'Avoid',
};

export const riskStatuses = ['open', 'monitoring', 'closed'] as const;
export type RiskStatus = (typeof riskStatuses)[number];

export const riskStatusLabels: Readonly<Record<RiskStatus, string>> = {
  open: 'Open',
  monitoring: 'Monitoring',
  closed: 'Closed',
};

export const riskBands = ['low', 'medium', 'high', 'critical'] as const;
export type RiskBand = (typeof riskBands)[number];

/** Inclusive score ranges; together they cover 1..25 without gaps. */
export const riskBandRanges: Readonly<Record<RiskBand, { min: number; max: number }>> = {
  low: { min: 1, max: 4 },
  medium: { min: 5, max: 9 },
  high: { min: 10, max: 15 },
  critical: { min: 16, max: 25 },
};

export const riskBandLabels: Readonly<Record<RiskBand, string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export type RiskScale = 1 | 2 | 3 | 4 | 5;
export const riskScaleValues: readonly RiskScale[] = [1, 2, 3, 4, 5];

export interface RiskLike {
  id: number;
  likelihood: number;
  impact: number;
  residualLikelihood?: number | null;
  residualImpact?: number | null;
  status: RiskStatus;
  /** Null when no review is planned. */
  nextReviewDate?: IsoDate | null;
}

export type HeatMapBasis = 'inherent' | 'residual';

export interface HeatMapCell {
  likelihood: RiskScale;
  impact: RiskScale;
  score: number;
  band: RiskBand;
  count: number;
  riskIds: number[];
}

export interface HeatMap {
  basis: HeatMapBasis;
  /** `cells[likelihood - 1][impact - 1]`: rows are likelihood 1..5, columns impact 1..5. */
  cells: HeatMapCell[][];
  /** Same layout as `cells`, counts only. */
  counts: number[][];
  placed: number;
  /** Risks without a residual assessment when the basis is residual. */
  unplacedIds: number[];
}

function checkScale(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    throw new RangeError(`${name} must be a whole number from 1 to 5, got ${value}`);
  }
}

export function riskScore(likelihood: number, impact: number): number {
  checkScale('Likelihood', likelihood);
  checkScale('Impact', impact);
  return likelihood * impact;
}

export function riskBand(score: number): RiskBand {
  if (!Number.isInteger(score) || score < 1 || score > 25) {
    throw new RangeError(`A risk score is a whole number from 1 to 25, got ${score}`);
  }
  if (score <= riskBandRanges.low.max) return 'low';
  if (score <= riskBandRanges.medium.max) return 'medium';
  if (score <= riskBandRanges.high.max) return 'high';
  return 'critical';
}

/** Null unless both residual likelihood and residual impact are set. */
export function residualRiskScore(
  risk: Pick<RiskLike, 'residualLikelihood' | 'residualImpact'>,
): number | null {
  const { residualLikelihood, residualImpact } = risk;
  if (residualLikelihood == null || residualImpact == null) return null;
  return riskScore(residualLikelihood, residualImpact);
}

export interface RiskAssessment {
  score: number;
  band: RiskBand;
  residualScore: number | null;
  residualBand: RiskBand | null;
}

export function assessRisk(risk: RiskLike): RiskAssessment {
  const score = riskScore(risk.likelihood, risk.impact);
  const residualScore = residualRiskScore(risk);
  return {
    score,
    band: riskBand(score),
    residualScore,
    residualBand: residualScore === null ? null : riskBand(residualScore),
  };
}

/** Pass the risks to show (e.g. without closed ones); nothing is filtered here. */
export function heatMap(risks: readonly RiskLike[], basis: HeatMapBasis): HeatMap {
  const cells = riskScaleValues.map((likelihood) =>
    riskScaleValues.map((impact) => {
      const score = likelihood * impact;
      return {
        likelihood,
        impact,
        score,
        band: riskBand(score),
        count: 0,
        riskIds: [] as number[],
      };
    }),
  );
  const unplacedIds: number[] = [];
  let placed = 0;
  for (const risk of risks) {
    const likelihood = basis === 'inherent' ? risk.likelihood : risk.residualLikelihood;
    const impact = basis === 'inherent' ? risk.impact : risk.residualImpact;
    if (likelihood == null || impact == null) {
      unplacedIds.push(risk.id);
      continue;
    }
    riskScore(likelihood, impact);
    const cell = cells[likelihood - 1]?.[impact - 1];
    if (!cell) continue;
    cell.count += 1;
    cell.riskIds.push(risk.id);
    placed += 1;
  }
  return {
    basis,
    cells,
    counts: cells.map((row) => row.map((cell) => cell.count)),
    placed,
    unplacedIds,
  };
}

/** Overdue when the next review date is strictly before today and the risk is not closed. */
export function isReviewOverdue(
  risk: Pick<RiskLike, 'nextReviewDate' | 'status'>,
  today: IsoDate,
): boolean {
  return risk.status !== 'closed' && risk.nextReviewDate != null && risk.nextReviewDate < today;
}

export type TopRiskBasis = 'inherent' | 'current';

/** `current` uses the residual score where one is recorded, otherwise the inherent score. */
export function rankingScore(risk: RiskLike, basis: TopRiskBasis = 'inherent'): number {
  const inherent = riskScore(risk.likelihood, risk.impact);
  return basis === 'current' ? (residualRiskScore(risk) ?? inherent) : inherent;
}

/** Highest score first, then overdue reviews first, then higher impact, then lower id. */
export function compareTopRisks(
  a: RiskLike,
  b: RiskLike,
  today: IsoDate,
  basis: TopRiskBasis = 'inherent',
): number {
  return (
    rankingScore(b, basis) - rankingScore(a, basis) ||
    Number(isReviewOverdue(b, today)) - Number(isReviewOverdue(a, today)) ||
    b.impact - a.impact ||
    a.id - b.id
  );
}

/** Open and monitored risks in top-risk order; closed risks are left out. */
export function topRisks<T extends RiskLike>(
  risks: readonly T[],
  today: IsoDate,
  options: { limit?: number; basis?: TopRiskBasis } = {},
): T[] {
  const sorted = risks
    .filter((risk) => risk.status !== 'closed')
    .sort((a, b) => compareTopRisks(a, b, today, options.basis));
  return options.limit === undefined ? sorted : sorted.slice(0, Math.max(0, options.limit));
}
