const scoreFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** A score of 0–150 (100 = on target), one decimal at most. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : scoreFormat.format(score);
}
