const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** 1,250.5 — figures as people read them, up to two decimals. */
export function formatFigure(value: number | null, unit = ''): string {
  if (value === null) return '—';
  const text = numberFormat.format(value);
  if (!unit) return text;
  return unit === '%' ? `${text} %` : `${text} ${unit}`;
}

/** Attainment fraction (1 = on target) as a whole percentage. */
export function formatAttainment(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)} %`;
}

/** Green on or above target, yellow close to it, red well below. */
export function attainmentColor(value: number | null): string {
  if (value === null) return 'gray';
  if (value >= 1) return 'teal';
  if (value >= 0.7) return 'yellow';
  return 'red';
}
