import {
  activityKindLabels,
  type Activity,
  activityKinds,
  activityStatusLabels,
  activityStatuses,
  type ActivityKind,
  type ActivityStatus,
} from '../../../../shared/contract/index.ts';
import { percentSplitProblem, splitAmount } from '../../../../shared/domain/money.ts';
import { formatIsoDate, type IsoDate } from '../../../../shared/domain/periods.ts';

export const kindColors: Record<ActivityKind, string> = {
  joint_webinar: 'blue',
  co_branded_content: 'violet',
  bundle_offer: 'teal',
  cross_promotion: 'cyan',
  event_sponsorship: 'orange',
  email: 'indigo',
  social: 'pink',
  launch: 'green',
  pr: 'grape',
  other: 'gray',
};

export const statusColors: Record<ActivityStatus, string> = {
  planned: 'gray',
  confirmed: 'blue',
  done: 'teal',
  cancelled: 'red',
};

export const kindOptions = activityKinds.map((value) => ({
  value,
  label: activityKindLabels[value],
}));
export const statusOptions = activityStatuses.map((value) => ({
  value,
  label: activityStatusLabels[value],
}));

/** Suggestions only: channels and audiences are free text, compared without regard to case. */
export const channelSuggestions = [
  'Email',
  'Newsletter',
  'Webinar',
  'LinkedIn',
  'Events',
  'Blog',
  'Podcast',
  'Press',
  'Website',
  'Paid social',
];

export function todayIso(): IsoDate {
  const now = new Date();
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

const monthFormatter = new Intl.DateTimeFormat(undefined, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDateFormatter = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const shortMonthFormatter = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });

const utc = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);

/** 'September 2026' */
export const monthTitle = (month: string): string => monthFormatter.format(utc(month));
/** '9 Sep' (in the user's locale) */
export const shortDate = (date: IsoDate): string => shortDateFormatter.format(utc(date));
export const shortMonth = (month: string): string => shortMonthFormatter.format(utc(month));

/** '9 Sep' or '9 Sep – 11 Sep', with times when set. */
export function dateSpan(a: {
  startDate: IsoDate;
  endDate: IsoDate;
  startTime?: string | null;
  endTime?: string | null;
}): string {
  const start = `${shortDate(a.startDate)}${a.startTime ? ` ${a.startTime}` : ''}`;
  if (a.startDate === a.endDate) return a.endTime ? `${start}–${a.endTime}` : start;
  return `${start} – ${shortDate(a.endDate)}${a.endTime ? ` ${a.endTime}` : ''}`;
}

/** The partner's share of an activity's budget, or null when the split does not add up. */
export function partnerShare(activity: Activity, partnerId: number): number | null {
  const percents = activity.splits.map((s) => s.percent);
  if (percentSplitProblem(percents)) return null;
  const index = activity.splits.findIndex((s) => s.party === partnerId);
  return index < 0 ? 0 : (splitAmount(activity.budgetMinor, percents)[index] ?? 0);
}
