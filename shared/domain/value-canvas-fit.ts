// M8 fit of a shared value proposition canvas: the share of the most important customer pains
// and gains that the value map addresses. Only the top three of each side count, because a long
// tail of minor pains should neither inflate nor dilute the fit.

export const topItemsPerSide = 3;

export interface RankedCanvasItem {
  id: number;
  /** 1 = most important. */
  rank: number;
}

export interface PainReliever {
  id: number;
  painIds: readonly number[];
}

export interface GainCreator {
  id: number;
  gainIds: readonly number[];
}

export interface ValueCanvasFitInput {
  pains: readonly RankedCanvasItem[];
  gains: readonly RankedCanvasItem[];
  relievers: readonly PainReliever[];
  creators: readonly GainCreator[];
}

export interface ValueCanvasFitResult {
  /** Addressed top items ÷ top items, 0..1; null when there are no pains and no gains. */
  fit: number | null;
  /** `fit` as a whole percentage for display (2/3 → 67). */
  percent: number | null;
  addressedCount: number;
  topCount: number;
  topPainIds: number[];
  topGainIds: number[];
  unaddressedPainIds: number[];
  unaddressedGainIds: number[];
}

/** The `count` most important items: lowest rank first, equal ranks in ascending id order. */
export function topRanked(
  items: readonly RankedCanvasItem[],
  count = topItemsPerSide,
): RankedCanvasItem[] {
  return [...items].sort((a, b) => a.rank - b.rank || a.id - b.id).slice(0, Math.max(0, count));
}

export function valueCanvasFit(input: ValueCanvasFitInput): ValueCanvasFitResult {
  const relieved = new Set(input.relievers.flatMap((reliever) => reliever.painIds));
  const created = new Set(input.creators.flatMap((creator) => creator.gainIds));
  const topPainIds = topRanked(input.pains).map((pain) => pain.id);
  const topGainIds = topRanked(input.gains).map((gain) => gain.id);
  const unaddressedPainIds = topPainIds.filter((id) => !relieved.has(id));
  const unaddressedGainIds = topGainIds.filter((id) => !created.has(id));
  const topCount = topPainIds.length + topGainIds.length;
  const addressedCount = topCount - unaddressedPainIds.length - unaddressedGainIds.length;
  const fit = topCount === 0 ? null : addressedCount / topCount;
  return {
    fit,
    percent: fit === null ? null : Math.round(fit * 100),
    addressedCount,
    topCount,
    topPainIds,
    topGainIds,
    unaddressedPainIds,
    unaddressedGainIds,
  };
}
