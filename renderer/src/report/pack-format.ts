import {
  lifecycleStageLabels,
  partnerTypeLabels,
  type LifecycleStage,
  type PartnerType,
} from '../../../shared/contract/index.ts';

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
