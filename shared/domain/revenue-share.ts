// All amounts are integer minor units (cents); rates are fractions (0.15 = 15 %).

export interface RateTier {
  /** Upper bound of the tier on the period's shareable revenue; null = no bound (last tier). */
  upTo: number | null;
  rate: number;
}

export interface ThresholdBonus {
  /** Paid once, in the period in which cumulative revenue first reaches this amount. */
  threshold: number;
  amount: number;
}

export interface RevenueShareTerms {
  /** Marginal tiers in ascending order; each rate applies only to the slice inside its tier. */
  tiers: readonly RateTier[];
  bonuses?: readonly ThresholdBonus[];
  /** Per-period bounds on the tiered share (bonuses come on top). */
  floor?: number | null;
  cap?: number | null;
}

export interface PeriodRevenue {
  period: string;
  revenue: number;
  /** Deductible expenses (refunds, processing fees, agreed costs), taken off before sharing. */
  expenses?: number;
}

export type LineKind = 'item' | 'subtotal' | 'total';

export interface BreakdownLine {
  label: string;
  amount: number;
  kind: LineKind;
  /** For rate lines: the amount the rate applies to, and the rate, so a UI can print "10 % of …". */
  base?: number;
  rate?: number;
}

export interface PeriodShare {
  period: string;
  revenue: number;
  expenses: number;
  shareableRevenue: number;
  /** Tiered share before the floor and cap. */
  tieredShare: number;
  /** Tiered share after the floor and cap. */
  share: number;
  bonus: number;
  partnerPayout: number;
  ourNet: number;
  cumulativeRevenue: number;
  partnerLines: BreakdownLine[];
  ourLines: BreakdownLine[];
}

export interface RevenueShareResult {
  periods: PeriodShare[];
  totals: {
    revenue: number;
    expenses: number;
    bonus: number;
    partnerPayout: number;
    ourNet: number;
  };
}

export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(4))} %`;
}

/** Problems a user can fix, in words; empty when the terms can be computed. */
export function revenueShareTermsProblems(terms: RevenueShareTerms): string[] {
  const problems: string[] = [];
  let previous = 0;
  terms.tiers.forEach((tier, i) => {
    const last = i === terms.tiers.length - 1;
    if (!(tier.rate >= 0 && tier.rate <= 1)) problems.push(`Tier ${i + 1}: rate must be 0–100 %.`);
    if (tier.upTo === null && !last)
      problems.push(`Tier ${i + 1}: only the last tier may be open-ended.`);
    if (tier.upTo !== null && last) problems.push('The last tier must be open-ended.');
    if (tier.upTo !== null) {
      if (!Number.isInteger(tier.upTo) || tier.upTo <= previous) {
        problems.push(`Tier ${i + 1}: bounds must rise from tier to tier.`);
      }
      previous = tier.upTo;
    }
  });
  for (const bonus of terms.bonuses ?? []) {
    if (!Number.isInteger(bonus.threshold) || bonus.threshold <= 0)
      problems.push('A bonus threshold must be a positive amount.');
    if (!Number.isInteger(bonus.amount) || bonus.amount < 0)
      problems.push('A bonus amount cannot be negative.');
  }
  const { floor, cap } = terms;
  if (floor != null && (!Number.isInteger(floor) || floor < 0))
    problems.push('The floor cannot be negative.');
  if (cap != null && (!Number.isInteger(cap) || cap < 0))
    problems.push('The cap cannot be negative.');
  if (floor != null && cap != null && floor > cap) problems.push('The floor is above the cap.');
  return problems;
}

/** Tier lines for one period's shareable revenue; each line is rounded, the sum is the share. */
export function tieredShareLines(tiers: readonly RateTier[], base: number): BreakdownLine[] {
  const lines: BreakdownLine[] = [];
  let lower = 0;
  tiers.forEach((tier, i) => {
    const upper = tier.upTo ?? Number.POSITIVE_INFINITY;
    const slice = Math.max(0, Math.min(base, upper) - lower);
    lower = upper;
    if (slice <= 0 && i > 0) return;
    lines.push({
      label: `Tier ${i + 1} at ${formatRate(tier.rate)}`,
      amount: Math.round(slice * tier.rate),
      kind: 'item',
      base: slice,
      rate: tier.rate,
    });
  });
  return lines;
}

export function computeRevenueShare(
  terms: RevenueShareTerms,
  periods: readonly PeriodRevenue[],
  options: { priorCumulativeRevenue?: number } = {},
): RevenueShareResult {
  const problems = revenueShareTermsProblems(terms);
  if (problems.length > 0) throw new RangeError(problems.join(' '));
  const bonuses = [...(terms.bonuses ?? [])].sort((a, b) => a.threshold - b.threshold);
  const paid = new Set<ThresholdBonus>();
  let cumulative = options.priorCumulativeRevenue ?? 0;
  for (const bonus of bonuses) if (cumulative >= bonus.threshold) paid.add(bonus);

  const results = periods.map((p): PeriodShare => {
    const expenses = p.expenses ?? 0;
    const shareableRevenue = Math.max(0, p.revenue - expenses);
    const tierLines = tieredShareLines(terms.tiers, shareableRevenue);
    const tieredShare = tierLines.reduce((s, l) => s + l.amount, 0);
    const share = Math.min(terms.cap ?? Infinity, Math.max(terms.floor ?? 0, tieredShare));
    cumulative += p.revenue;
    const earned = bonuses.filter((b) => !paid.has(b) && cumulative >= b.threshold);
    for (const b of earned) paid.add(b);
    const bonus = earned.reduce((s, b) => s + b.amount, 0);
    const partnerPayout = share + bonus;
    const ourNet = p.revenue - expenses - partnerPayout;

    const partnerLines: BreakdownLine[] = [{ label: 'Revenue', amount: p.revenue, kind: 'item' }];
    if (expenses !== 0) {
      partnerLines.push({ label: 'Less deductible expenses', amount: -expenses, kind: 'item' });
    }
    partnerLines.push({ label: 'Shareable revenue', amount: shareableRevenue, kind: 'subtotal' });
    partnerLines.push(...tierLines);
    if (share > tieredShare) {
      partnerLines.push({
        label: 'Top-up to the floor',
        amount: share - tieredShare,
        kind: 'item',
      });
    } else if (share < tieredShare) {
      partnerLines.push({
        label: 'Reduction to the cap',
        amount: share - tieredShare,
        kind: 'item',
      });
    }
    for (const b of earned) {
      partnerLines.push({
        label: 'Bonus: cumulative revenue threshold reached',
        amount: b.amount,
        kind: 'item',
        base: b.threshold,
      });
    }
    partnerLines.push({ label: 'Partner payout', amount: partnerPayout, kind: 'total' });

    const ourLines: BreakdownLine[] = [
      { label: 'Revenue', amount: p.revenue, kind: 'item' },
      ...(expenses !== 0
        ? [{ label: 'Less expenses', amount: -expenses, kind: 'item' as const }]
        : []),
      { label: 'Less partner payout', amount: -partnerPayout, kind: 'item' },
      { label: 'Our net', amount: ourNet, kind: 'total' },
    ];
    return {
      period: p.period,
      revenue: p.revenue,
      expenses,
      shareableRevenue,
      tieredShare,
      share,
      bonus,
      partnerPayout,
      ourNet,
      cumulativeRevenue: cumulative,
      partnerLines,
      ourLines,
    };
  });

  const sum = (pick: (p: PeriodShare) => number) => results.reduce((s, p) => s + pick(p), 0);
  return {
    periods: results,
    totals: {
      revenue: sum((p) => p.revenue),
      expenses: sum((p) => p.expenses),
      bonus: sum((p) => p.bonus),
      partnerPayout: sum((p) => p.partnerPayout),
      ourNet: sum((p) => p.ourNet),
    },
  };
}
