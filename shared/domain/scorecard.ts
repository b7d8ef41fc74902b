import { periodToIndex } from './date-math.ts';

export type Direction = 'higher' | 'lower';

/** Attainment is capped so one runaway criterion cannot hide the others (SPEC M11: 150 %). */
export const attainmentCap = 1.5;

/**
 * Attainment of one measure as a fraction (1 = on target, 0..1.5).
 *
 * - Higher is better: actual ÷ target; lower is better: target ÷ actual; both capped at 1.5 and
 *   never below 0 (negative growth is simply 0 % of a growth target).
 * - Lower is better with an actual of 0 (or below) beats any positive target: the cap, 1.5.
 * - A target of 0 or below makes a ratio meaningless, so the actual is compared with it instead:
 *   beating it scores the cap, meeting it exactly scores 1, missing it scores 0.
 *
 * Returns null when either number is not finite: that measure has no usable data.
 */
export function attainment(actual: number, target: number, direction: Direction): number | null {
  if (!Number.isFinite(actual) || !Number.isFinite(target)) return null;
  if (target <= 0) {
    const beats = direction === 'higher' ? actual > target : actual < target;
    if (beats) return attainmentCap;
    return actual === target ? 1 : 0;
  }
  if (direction === 'higher') return clamp(actual / target, 0, attainmentCap);
  if (actual <= 0) return attainmentCap;
  return clamp(target / actual, 0, attainmentCap);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export interface WeightedValue {
  weight: number;
  value: number | null;
}

/**
 * Weighted mean over the entries that have a value and a positive weight; entries without a
 * value are left out of the weights (never counted as zero). Null when nothing remains.
 */
export function weightedMeanOfPresent(entries: readonly WeightedValue[]): number | null {
  let weightSum = 0;
  let total = 0;
  for (const { weight, value } of entries) {
    if (value === null || !Number.isFinite(value) || !(weight > 0)) continue;
    weightSum += weight;
    total += weight * value;
  }
  return weightSum > 0 ? total / weightSum : null;
}

/** Rounds to 2 decimals so floating-point noise cannot move a score across a threshold. */
export function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}

export interface ScorecardCriterion {
  key: string;
  label: string;
  weight: number;
  target: number;
  direction: Direction;
  /** What the actual and target are measured in, shown next to them. */
  unit: string;
}

/**
 * Defaults of SPEC M11; weights add up to 100 so each reads as a share. Targets are per month:
 * - revenue growth: % change of attributed revenue against the previous period, target +10 %;
 * - qualified leads: count of qualified leads passed on in the period, target 20;
 * - enablement completion: % of the partner's sellers who completed our training, target 80 %;
 * - compliance: % of agreed compliance items met (brand usage, disclosure, data terms), target 100 %;
 * - customer satisfaction: average rating of joint customers on a 1–5 scale, target 4.5.
 */
export const defaultScorecardCriteria: readonly ScorecardCriterion[] = [
  {
    key: 'revenue_growth',
    label: 'Revenue growth',
    weight: 30,
    target: 10,
    direction: 'higher',
    unit: '%',
  },
  {
    key: 'qualified_leads',
    label: 'Qualified leads',
    weight: 25,
    target: 20,
    direction: 'higher',
    unit: 'leads',
  },
  {
    key: 'enablement_completion',
    label: 'Training / enablement completion',
    weight: 15,
    target: 80,
    direction: 'higher',
    unit: '%',
  },
  {
    key: 'compliance',
    label: 'Compliance',
    weight: 15,
    target: 100,
    direction: 'higher',
    unit: '%',
  },
  {
    key: 'customer_satisfaction',
    label: 'Customer satisfaction',
    weight: 15,
    target: 4.5,
    direction: 'higher',
    unit: 'rating 1–5',
  },
];

/** Actual per criterion key; a key that is absent, null or not a finite number has no data. */
export type ScorecardActuals = Readonly<Record<string, number | null | undefined>>;

export interface CriterionResult extends ScorecardCriterion {
  actual: number | null;
  /** Fraction 0..1.5, null when missing. */
  attainment: number | null;
  missing: boolean;
}

export interface ScorecardResult {
  /** Weighted mean attainment × 100 (100 = on target, 150 at most), null when nothing has data. */
  score: number | null;
  criteria: CriterionResult[];
  /** Keys of criteria without data, left out of the weights. */
  missing: string[];
  /** Sum of the weights that counted, against the sum of all weights. */
  weightUsed: number;
  weightTotal: number;
}

export function computeScorecard(
  criteria: readonly ScorecardCriterion[],
  actuals: ScorecardActuals,
): ScorecardResult {
  const results: CriterionResult[] = criteria.map((criterion) => {
    const raw = actuals[criterion.key];
    const actual = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    const value =
      actual === null ? null : attainment(actual, criterion.target, criterion.direction);
    return { ...criterion, actual, attainment: value, missing: value === null };
  });
  const mean = weightedMeanOfPresent(
    results.map((r) => ({ weight: r.weight, value: r.attainment })),
  );
  const positive = (w: number) => (w > 0 ? w : 0);
  return {
    score: mean === null ? null : roundScore(mean * 100),
    criteria: results,
    missing: results.filter((r) => r.missing).map((r) => r.key),
    weightUsed: results.reduce((sum, r) => sum + (r.missing ? 0 : positive(r.weight)), 0),
    weightTotal: results.reduce((sum, r) => sum + positive(r.weight), 0),
  };
}

/** What `computeScorecard` returns but the criteria's own results. */
export type ScorecardTotals = Omit<ScorecardResult, 'criteria'>;

/**
 * `computeScorecard(criteria, actuals)` without a result object per criterion, for scoring
 * thousands of partners: the actuals come in the criteria's order. The same figures, summed in
 * the same order (a test holds the two equal).
 */
export function scorecardTotals(
  criteria: readonly ScorecardCriterion[],
  actuals: readonly (number | null | undefined)[],
): ScorecardTotals {
  let weightSum = 0;
  let total = 0;
  let weightUsed = 0;
  let weightTotal = 0;
  let missing: string[] | null = null;
  for (let i = 0; i < criteria.length; i += 1) {
    const criterion = criteria[i] as ScorecardCriterion;
    const raw = actuals[i];
    const value =
      typeof raw === 'number' && Number.isFinite(raw)
        ? attainment(raw, criterion.target, criterion.direction)
        : null;
    const positive = criterion.weight > 0 ? criterion.weight : 0;
    weightTotal += positive;
    if (value === null) {
      (missing ??= []).push(criterion.key);
      continue;
    }
    weightUsed += positive;
    // weightedMeanOfPresent's rule: a value counts when finite and its weight is above zero.
    if (!Number.isFinite(value) || !(criterion.weight > 0)) continue;
    weightSum += criterion.weight;
    total += criterion.weight * value;
  }
  return {
    score: weightSum > 0 ? roundScore((total / weightSum) * 100) : null,
    missing: missing ?? [],
    weightUsed,
    weightTotal,
  };
}

export const tierNames = ['platinum', 'gold', 'silver', 'registered'] as const;
export type TierName = (typeof tierNames)[number];
export const tierLabels: Record<TierName, string> = {
  platinum: 'Platinum',
  gold: 'Gold',
  silver: 'Silver',
  registered: 'Registered',
};

/** Lowest score of each tier; below silver is Registered. */
export interface TierThresholds {
  platinum: number;
  gold: number;
  silver: number;
}

export const defaultTierThresholds: Readonly<TierThresholds> = {
  platinum: 85,
  gold: 70,
  silver: 50,
};

/** Thresholds are tried from the top, so thresholds out of order still give one answer. */
export function suggestTier(
  score: number | null,
  thresholds: TierThresholds = defaultTierThresholds,
): TierName | null {
  if (score === null || !Number.isFinite(score)) return null;
  if (score >= thresholds.platinum) return 'platinum';
  if (score >= thresholds.gold) return 'gold';
  if (score >= thresholds.silver) return 'silver';
  return 'registered';
}

export interface TierComparison {
  suggested: TierName | null;
  /** The partner's assigned tier as recorded (free text), null when none. */
  assigned: string | null;
  /** True only when both are known and differ; the user decides which one stands. */
  mismatch: boolean;
}

export function compareTier(
  score: number | null,
  assignedTier: string | null | undefined,
  thresholds: TierThresholds = defaultTierThresholds,
): TierComparison {
  const suggested = suggestTier(score, thresholds);
  const assigned = assignedTier?.trim() ? assignedTier.trim() : null;
  const mismatch = suggested !== null && assigned !== null && assigned.toLowerCase() !== suggested;
  return { suggested, assigned, mismatch };
}

export type TrendDirection = 'up' | 'down' | 'flat';

export interface ScorePoint {
  period: string;
  score: number | null;
}

export interface ScoreTrend {
  /** Points ordered by period, missing scores kept so a chart can show the gap. */
  points: ScorePoint[];
  /** Least-squares change over the scored span, in score points; null with fewer than 2 scores. */
  change: number | null;
  direction: TrendDirection | null;
}

/**
 * A fitted line rather than last-minus-first, so one odd month does not flip the arrow.
 * Within ±tolerance score points over the whole span the trend is flat.
 */
export function scoreTrend(points: readonly ScorePoint[], tolerance = 2): ScoreTrend {
  const ordered = [...points].sort((a, b) => a.period.localeCompare(b.period));
  const scored = ordered.flatMap((p) =>
    p.score !== null && Number.isFinite(p.score)
      ? [{ x: periodToIndex(p.period), y: p.score }]
      : [],
  );
  if (scored.length < 2) return { points: ordered, change: null, direction: null };
  const n = scored.length;
  const meanX = scored.reduce((s, p) => s + p.x, 0) / n;
  const meanY = scored.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const { x, y } of scored) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  }
  const first = scored[0]?.x ?? 0;
  const last = scored[n - 1]?.x ?? 0;
  const change = sxx === 0 ? 0 : roundScore((sxy / sxx) * (last - first));
  const direction: TrendDirection =
    change > tolerance ? 'up' : change < -tolerance ? 'down' : 'flat';
  return { points: ordered, change, direction };
}

/** One score per period, ready for `scoreTrend`. */
export function scorecardSeries(
  criteria: readonly ScorecardCriterion[],
  actualsByPeriod: Readonly<Record<string, ScorecardActuals>>,
): ScorePoint[] {
  return Object.entries(actualsByPeriod).map(([period, actuals]) => ({
    period,
    score: computeScorecard(criteria, actuals).score,
  }));
}
