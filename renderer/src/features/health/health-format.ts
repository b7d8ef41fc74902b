import type { HealthBand } from '../../../../shared/contract/index.ts';
import { healthBandLabels } from '../../../../shared/domain/health.ts';

export { healthBandLabels };

export const healthBandColors: Readonly<Record<HealthBand, string>> = {
  healthy: 'teal',
  watch: 'yellow',
  at_risk: 'red',
};

export type Severity = 'critical' | 'warning' | 'info';

export const severityColors: Readonly<Record<Severity, string>> = {
  critical: 'red',
  warning: 'orange',
  info: 'blue',
};

export const severityLabels: Readonly<Record<Severity, string>> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Note',
};

/** The user's local calendar date, which is what "today" means on every screen. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** '5 Jun 2026' for an ISO date. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return dateFormat.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/** A 0..100 figure as shown: whole numbers, or one decimal when it has one. */
export function formatHealthScore(value: number | null): string {
  if (value === null) return '—';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
