/** Date arithmetic for the pack, on ISO strings in UTC (no local-time surprises). */
export function addIsoDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first and last day of the `months` months ending with `period` ('YYYY-MM'). */
export function periodBounds(period: string, months: number): { from: string; to: string } {
  const [y, m] = period.split('-').map(Number);
  const end = new Date(Date.UTC(y ?? 2000, m ?? 1, 0));
  const start = new Date(Date.UTC(y ?? 2000, (m ?? 1) - months, 1));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}
