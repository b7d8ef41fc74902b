// M2 partner fit. Each criterion is scored 1 (poor) to 5 (strong) except channel-conflict risk,
// where the user scores the RISK itself (1 = negligible, 5 = severe) and the computation turns it
// into 6 − score before weighting, so a severe risk pulls the fit down like any weak criterion.
// Unscored criteria are left out of the weights; they never count as zero.

export const fitCriterionKeys = [
  'complementary',
  'sharedAudience',
  'customerIntent',
  'brandValues',
  'strategicFit',
  'resourceCommitment',
  'channelConflictRisk',
] as const;
export type FitCriterionKey = (typeof fitCriterionKeys)[number];

export const invertedFitCriteria: ReadonlySet<FitCriterionKey> = new Set(['channelConflictRisk']);

export type FitWeights = Record<FitCriterionKey, number>;

export const defaultFitWeights: Readonly<FitWeights> = Object.freeze({
  complementary: 3,
  sharedAudience: 3,
  customerIntent: 2,
  brandValues: 2,
  strategicFit: 2,
  resourceCommitment: 1,
  channelConflictRisk: 1,
});

export const fitCriterionText: Readonly<
  Record<FitCriterionKey, { label: string; guidance: string }>
> = {
  complementary: {
    label: 'Complementary offering',
    guidance:
      'Their product completes ours instead of competing with it; 5 = customers use both together.',
  },
  sharedAudience: {
    label: 'Shared audience',
    guidance:
      'They reach the same kind of customer (profile, size, industry); 5 = the same buyers.',
  },
  customerIntent: {
    label: 'Overlapping customer intent',
    guidance:
      'Their customers are trying to solve problems our offer also solves; 5 = the same pains.',
  },
  brandValues: {
    label: 'Brand & values alignment',
    guidance:
      'Similar values, positioning and price level, so each audience trusts the other brand.',
  },
  strategicFit: {
    label: 'Strategic fit',
    guidance: 'The partnership serves goals both sides already have, such as a market or segment.',
  },
  resourceCommitment: {
    label: 'Resource commitment',
    guidance:
      'They will name an owner and put real people, time and budget into it; 5 = committed.',
  },
  channelConflictRisk: {
    label: 'Channel-conflict risk',
    guidance:
      'Score the risk: 1 = none, 5 = they sell to our customers through channels we rely on. A high score lowers the fit.',
  },
};

export const fitRedFlagKeys = ['directCompetitor', 'valuesConflict'] as const;
export type FitRedFlag = (typeof fitRedFlagKeys)[number];

export const fitRedFlagText: Readonly<Record<FitRedFlag, { label: string; reason: string }>> = {
  directCompetitor: {
    label: 'Direct competitor',
    reason:
      'They sell a competing offer to the same customers, so a partnership would cannibalise both.',
  },
  valuesConflict: {
    label: 'Values conflict',
    reason:
      'Their brand values clash with ours, which would confuse customers and dilute our brand.',
  },
};

export type FitVerdict = 'go' | 'conditional' | 'no-go' | 'unscored';
export const fitVerdictThresholds = { go: 70, conditional: 50 } as const;

export const fitVerdictLabels: Readonly<Record<FitVerdict, string>> = {
  go: 'Go',
  conditional: 'Conditional',
  'no-go': 'No-go',
  unscored: 'Not scored yet',
};

/** A missing, null or undefined score means "not scored". Scores may be fractional within 1..5. */
export type FitScores = Partial<Record<FitCriterionKey, number | null>>;

export interface FitInput {
  scores: FitScores;
  /** Missing keys fall back to `defaultFitWeights`. Zero removes a criterion. */
  weights?: Partial<FitWeights>;
  redFlags?: readonly FitRedFlag[];
}

export interface FitCriterionResult {
  key: FitCriterionKey;
  /** As entered. */
  score: number | null;
  /** After inversion; what is weighted. */
  effectiveScore: number | null;
  weight: number;
  /** Points this criterion adds to the 0..100 total. */
  points: number;
}

export interface FitResult {
  /** 0..100, unrounded; null when nothing with a positive weight is scored. */
  score: number | null;
  /** Verdict from the score alone, before red flags. */
  scoreVerdict: FitVerdict;
  verdict: FitVerdict;
  redFlags: FitRedFlag[];
  /** Why the verdict was forced to no-go; empty when no red flag is raised. */
  reasons: string[];
  criteria: FitCriterionResult[];
  unscored: FitCriterionKey[];
}

function checkScore(key: FitCriterionKey, score: number): void {
  if (!Number.isFinite(score) || score < 1 || score > 5) {
    throw new RangeError(`Score for ${key} must be between 1 and 5, got ${score}`);
  }
}

function resolveWeight(key: FitCriterionKey, weights: Partial<FitWeights> | undefined): number {
  const weight = weights?.[key] ?? defaultFitWeights[key];
  if (!Number.isFinite(weight) || weight < 0) {
    throw new RangeError(`Weight for ${key} must be zero or more, got ${weight}`);
  }
  return weight;
}

export function effectiveFitScore(key: FitCriterionKey, score: number): number {
  checkScore(key, score);
  return invertedFitCriteria.has(key) ? 6 - score : score;
}

/** Compares with a tiny tolerance so a fractional weight cannot turn 70 into 69.999999. */
export function verdictForScore(score: number | null): FitVerdict {
  if (score === null) return 'unscored';
  const tolerance = 1e-9;
  if (score + tolerance >= fitVerdictThresholds.go) return 'go';
  if (score + tolerance >= fitVerdictThresholds.conditional) return 'conditional';
  return 'no-go';
}

export function computeFit({ scores, weights, redFlags = [] }: FitInput): FitResult {
  let weighted = 0;
  let totalWeight = 0;
  const rows = fitCriterionKeys.map((key) => {
    const score = scores[key] ?? null;
    const weight = resolveWeight(key, weights);
    const effectiveScore = score === null ? null : effectiveFitScore(key, score);
    if (effectiveScore !== null && weight > 0) {
      weighted += weight * (effectiveScore - 1);
      totalWeight += weight;
    }
    return { key, score, effectiveScore, weight };
  });
  const score = totalWeight > 0 ? (100 * weighted) / (4 * totalWeight) : null;
  const criteria = rows.map((row) => ({
    ...row,
    points:
      row.effectiveScore === null || totalWeight === 0
        ? 0
        : (100 * row.weight * (row.effectiveScore - 1)) / (4 * totalWeight),
  }));
  const raised = fitRedFlagKeys.filter((flag) => redFlags.includes(flag));
  const scoreVerdict = verdictForScore(score);
  return {
    score,
    scoreVerdict,
    verdict: raised.length > 0 ? 'no-go' : scoreVerdict,
    redFlags: raised,
    reasons: raised.map((flag) => `${fitRedFlagText[flag].label}: ${fitRedFlagText[flag].reason}`),
    criteria,
    unscored: rows.filter((row) => row.score === null).map((row) => row.key),
  };
}

/** One decimal for display; the stored and compared score stays unrounded. */
export function formatFitScore(score: number | null): string {
  return score === null ? '–' : score.toFixed(1);
}
