// The bilateral health check adapts the seven-pillar assessment of source 000: each side rates
// the partnership on every pillar, so the interesting output is where the two views part.

export const healthPillars = [
  'purpose',
  'governance',
  'culture',
  'incentives',
  'knowledge',
  'technology',
  'resilience',
] as const;
export type HealthPillar = (typeof healthPillars)[number];

export const healthPillarLabels: Readonly<Record<HealthPillar, string>> = {
  purpose: 'Purpose',
  governance: 'Governance',
  culture: 'Culture',
  incentives: 'Incentives',
  knowledge: 'Knowledge',
  technology: 'Technology',
  resilience: 'Resilience',
};

/** Sides that differ by this many points or more on a pillar disagree. */
export const disagreementGap = 2;

export interface PillarRating {
  /** Whole number 1..5. */
  score: number;
  rationale: string;
}

export type SideRatings = Partial<Record<HealthPillar, PillarRating | null>>;

export interface BilateralHealthCheck {
  date: string;
  ours: SideRatings;
  theirs: SideRatings;
}

export interface PillarComparison {
  pillar: HealthPillar;
  label: string;
  ours: number | null;
  theirs: number | null;
  oursRationale: string;
  theirsRationale: string;
  /** Ours − theirs; null unless both sides rated the pillar. */
  gap: number | null;
  disagree: boolean;
}

export interface BilateralHealthAnalysis {
  date: string;
  pillars: PillarComparison[];
  /** Mean of the rated pillars, 2 decimals; null when the side rated none. */
  averageOurs: number | null;
  averageTheirs: number | null;
  disagreements: HealthPillar[];
}

function checkRating(side: string, pillar: HealthPillar, rating: PillarRating): void {
  if (!Number.isInteger(rating.score) || rating.score < 1 || rating.score > 5) {
    throw new RangeError(
      `${side} rating of ${pillar} must be a whole number from 1 to 5, got ${rating.score}`,
    );
  }
}

function average(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return Math.round((present.reduce((s, v) => s + v, 0) / present.length) * 100) / 100;
}

export function analyseBilateralCheck(check: BilateralHealthCheck): BilateralHealthAnalysis {
  const pillars = healthPillars.map((pillar): PillarComparison => {
    const ours = check.ours[pillar] ?? null;
    const theirs = check.theirs[pillar] ?? null;
    if (ours) checkRating('Our', pillar, ours);
    if (theirs) checkRating("The partner's", pillar, theirs);
    const gap = ours && theirs ? ours.score - theirs.score : null;
    return {
      pillar,
      label: healthPillarLabels[pillar],
      ours: ours?.score ?? null,
      theirs: theirs?.score ?? null,
      oursRationale: ours?.rationale ?? '',
      theirsRationale: theirs?.rationale ?? '',
      gap,
      disagree: gap !== null && Math.abs(gap) >= disagreementGap,
    };
  });
  return {
    date: check.date,
    pillars,
    averageOurs: average(pillars.map((p) => p.ours)),
    averageTheirs: average(pillars.map((p) => p.theirs)),
    disagreements: pillars.filter((p) => p.disagree).map((p) => p.pillar),
  };
}

export interface PillarChange {
  pillar: HealthPillar;
  /** Later − earlier per side; null unless the side rated the pillar both times. */
  oursChange: number | null;
  theirsChange: number | null;
  /** Later |gap| − earlier |gap|: negative means the sides moved closer. */
  gapChange: number | null;
}

export interface BilateralHealthComparison {
  earlierDate: string;
  laterDate: string;
  pillars: PillarChange[];
  averageOursChange: number | null;
  averageTheirsChange: number | null;
  /** Disagreements present now but not before, and the reverse. */
  newDisagreements: HealthPillar[];
  resolvedDisagreements: HealthPillar[];
}

const difference = (later: number | null, earlier: number | null): number | null =>
  later === null || earlier === null ? null : Math.round((later - earlier) * 100) / 100;

/** Compares two checks of the same partnership; the order of the arguments does not matter. */
export function compareBilateralChecks(
  a: BilateralHealthCheck,
  b: BilateralHealthCheck,
): BilateralHealthComparison {
  const [earlier, later] = a.date <= b.date ? [a, b] : [b, a];
  const before = analyseBilateralCheck(earlier);
  const after = analyseBilateralCheck(later);
  const pillars = healthPillars.map((pillar, i): PillarChange => {
    const was = before.pillars[i];
    const now = after.pillars[i];
    const absGap = (p: PillarComparison | undefined) =>
      p?.gap === null || p === undefined ? null : Math.abs(p.gap);
    return {
      pillar,
      oursChange: difference(now?.ours ?? null, was?.ours ?? null),
      theirsChange: difference(now?.theirs ?? null, was?.theirs ?? null),
      gapChange: difference(absGap(now), absGap(was)),
    };
  });
  return {
    earlierDate: earlier.date,
    laterDate: later.date,
    pillars,
    averageOursChange: difference(after.averageOurs, before.averageOurs),
    averageTheirsChange: difference(after.averageTheirs, before.averageTheirs),
    newDisagreements: after.disagreements.filter((p) => !before.disagreements.includes(p)),
    resolvedDisagreements: before.disagreements.filter((p) => !after.disagreements.includes(p)),
  };
}

export interface BilateralHistoryPoint {
  date: string;
  averageOurs: number | null;
  averageTheirs: number | null;
  disagreements: HealthPillar[];
}

/** Repeated checks in date order, for the history chart. */
export function bilateralHistory(checks: readonly BilateralHealthCheck[]): BilateralHistoryPoint[] {
  return [...checks]
    .sort((x, y) => x.date.localeCompare(y.date))
    .map((check) => {
      const { date, averageOurs, averageTheirs, disagreements } = analyseBilateralCheck(check);
      return { date, averageOurs, averageTheirs, disagreements };
    });
}
