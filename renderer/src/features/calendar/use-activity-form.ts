import { useForm } from '@mantine/form';
import { useRef } from 'react';
import {
  activityFields,
  type Activity,
  type ActivityFields,
  type ActivityKind,
  type ActivityStatus,
  type BudgetShare,
} from '../../../../shared/contract/index.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { todayIso } from './calendar-options.ts';

export interface ActivityFormValues {
  title: string;
  kind: ActivityKind;
  partnerIds: number[];
  channel: string;
  audience: string;
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  owner: string;
  status: ActivityStatus;
  budgetMinor: number;
  splits: BudgetShare[];
  expectedLeads: number | null;
  notes: string;
}

/** Shares of 100 % for n parties in hundredths, the remainder on the last one: 33.33/33.33/33.34. */
export function evenShares(count: number): number[] {
  if (count <= 0) return [];
  const base = Math.floor(10_000 / count) / 100;
  const last = Math.round((100 - base * (count - 1)) * 100) / 100;
  return [...Array.from({ length: count - 1 }, () => base), last];
}

/** Our organisation first, then each partner in order; kept shares stay, new parties get 0 %. */
export function syncSplits(
  splits: readonly BudgetShare[],
  partnerIds: readonly number[],
  evenly: boolean,
): BudgetShare[] {
  const parties: BudgetShare['party'][] = ['ours', ...partnerIds];
  if (evenly) {
    const shares = evenShares(parties.length);
    return parties.map((party, i) => ({ party, percent: shares[i] ?? 0 }));
  }
  return parties.map((party) => ({
    party,
    percent: splits.find((s) => s.party === party)?.percent ?? 0,
  }));
}

export function newActivityValues(defaults: Partial<ActivityFields> = {}): ActivityFormValues {
  const startDate = defaults.startDate ?? todayIso();
  const partnerIds = defaults.partnerIds ?? [];
  return {
    title: defaults.title ?? '',
    kind: defaults.kind ?? 'joint_webinar',
    partnerIds,
    channel: defaults.channel ?? '',
    audience: defaults.audience ?? '',
    startDate,
    endDate: defaults.endDate ?? startDate,
    startTime: '',
    endTime: '',
    owner: defaults.owner ?? '',
    status: defaults.status ?? 'planned',
    budgetMinor: defaults.budgetMinor ?? 0,
    splits: syncSplits([], partnerIds, true),
    expectedLeads: null,
    notes: '',
  };
}

export function activityValues(activity: Activity): ActivityFormValues {
  return {
    title: activity.title,
    kind: activity.kind,
    partnerIds: activity.partnerIds,
    channel: activity.channel,
    audience: activity.audience,
    startDate: activity.startDate,
    endDate: activity.endDate,
    startTime: activity.startTime ?? '',
    endTime: activity.endTime ?? '',
    owner: activity.owner,
    status: activity.status,
    budgetMinor: activity.budgetMinor,
    splits: syncSplits(activity.splits, activity.partnerIds, false),
    expectedLeads: activity.expectedLeads,
    notes: activity.notes,
  };
}

/**
 * The activity form. Until the user types a share, the split follows the partners picked and
 * stays even; after that, new partners join at 0 % and the user decides.
 */
export function useActivityForm(initial: ActivityFormValues, splitChosen: boolean) {
  const touched = useRef(splitChosen);
  const form = useForm<ActivityFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: zodValidate(activityFields),
    validateInputOnBlur: true,
    onValuesChange: (values, previous) => {
      if (values.startDate !== previous.startDate && values.endDate < values.startDate) {
        form.setFieldValue('endDate', values.startDate);
      }
      if (values.partnerIds.join() !== previous.partnerIds.join()) {
        form.setFieldValue(
          'splits',
          syncSplits(values.splits, values.partnerIds, !touched.current),
        );
      }
    },
  });
  return {
    form,
    markSplitChosen: () => {
      touched.current = true;
    },
    splitEvenly: () => {
      touched.current = false;
      form.setFieldValue('splits', syncSplits([], form.getValues().partnerIds, true));
    },
  };
}
