import {
  lifecycleStageLabels,
  partnerTypeLabels,
  type LifecycleStage,
  type PartnerType,
} from '../../../shared/contract/index.ts';
import { fromMinor } from '../../../shared/domain/money.ts';

export function formatPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, 1)).toLocaleString('en', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en', { day: 'numeric', month: 'long', year: 'numeric' });
}

export const typeLabel = (type: string) => partnerTypeLabels[type as PartnerType] ?? type;
export const stageLabel = (stage: string) => lifecycleStageLabels[stage as LifecycleStage] ?? stage;

const wholeCache = new Map<string, Intl.NumberFormat>();

/** Money in whole units for tables, e.g. "$12,300"; a dash where nothing was recorded. */
export function formatPackMoney(minor: number | null, currency: string): string {
  if (minor === null) return '—';
  let format = wholeCache.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    });
    wholeCache.set(currency, format);
  }
  return format.format(Math.round(fromMinor(minor, currency)));
}

const compactCache = new Map<string, Intl.NumberFormat>();

/** Money for chart axes, e.g. "$120K". */
export function formatCompactMoney(minor: number, currency: string): string {
  let format = compactCache.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    compactCache.set(currency, format);
  }
  return format.format(fromMinor(minor, currency));
}
