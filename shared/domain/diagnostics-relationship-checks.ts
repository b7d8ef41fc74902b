import {
  activeStages,
  committedStages,
  hasText,
  nextCheckInDue,
  plural,
  quote,
} from './diagnostics-facts.ts';
import type { Check } from './diagnostics-facts.ts';
import { addCalendarMonths, daysBetween } from './date-math.ts';

export const noClearOwner: Check = (facts) => {
  if (!activeStages.has(facts.stage)) return null;
  const ours = hasText(facts.ownerOurs);
  const theirs = hasText(facts.ownerTheirs);
  if (ours && theirs) return null;
  const missing =
    !ours && !theirs ? 'on either side' : ours ? "on the partner's side" : 'on our side';
  return {
    severity: 'critical',
    reason: `The partnership is ${facts.stage} but no owner is named ${missing}.`,
  };
};

export const noWrittenAgreement: Check = (facts) => {
  if (!activeStages.has(facts.stage)) return null;
  const status = facts.agreement?.status ?? 'none';
  if (status === 'signed') return null;
  const state =
    status === 'none'
      ? 'no agreement is recorded'
      : `the agreement is ${status.replace('_', ' ')}, not signed`;
  return {
    severity: 'critical',
    reason: `The partnership is ${facts.stage} but ${state}.`,
  };
};

export const unequalEffort: Check = (facts) => {
  const { ours, theirs } = facts.openDeliverables;
  const heavier = Math.max(ours, theirs);
  const lighter = Math.min(ours, theirs);
  if (!(heavier > 2 * lighter)) return null;
  const who = ours > theirs ? 'Our side carries' : 'The partner carries';
  return {
    severity: 'warning',
    reason: `${who} ${plural(heavier, 'open deliverable')} against ${lighter} on the other side, more than twice as many.`,
  };
};

export const noSharedDefinitionOfSuccess: Check = (facts) => {
  if (!committedStages.has(facts.stage)) return null;
  const gaps: string[] = [];
  if (!facts.charter) gaps.push('no charter has been written');
  else if (!hasText(facts.charter.successDefinition))
    gaps.push('the charter has no shared definition of success');
  if (facts.kpiCategories.length === 0) gaps.push('no KPI is linked to the partnership');
  if (gaps.length === 0) return null;
  const text = gaps.join(' and ');
  return { severity: 'warning', reason: `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.` };
};

const normalise = (goal: string) => goal.trim().replace(/\s+/g, ' ').toLowerCase();

export const misalignedIncentives: Check = (facts) => {
  const { goalOurs, goalTheirs } = facts;
  if (!hasText(goalOurs) || !hasText(goalTheirs)) return null;
  if (normalise(goalOurs) === normalise(goalTheirs)) return null;
  if (facts.kpiCategories.length > 0) return null;
  return {
    severity: 'warning',
    reason: `We want ${quote(goalOurs)}, the partner wants ${quote(goalTheirs)}, and no KPI is linked to measure a shared outcome.`,
  };
};

const vanityCategories: ReadonlySet<string> = new Set(['reach', 'engagement']);

export const vanityMetricsOnly: Check = (facts) => {
  const categories = facts.kpiCategories;
  if (categories.length === 0 || !categories.every((c) => vanityCategories.has(c))) return null;
  const count =
    categories.length === 1
      ? 'The only linked KPI measures'
      : `All ${categories.length} linked KPIs measure`;
  return {
    severity: 'info',
    reason: `${count} reach or engagement; none measures leads, conversion or revenue.`,
  };
};

/** Overdue the day after the cadence's interval has passed since the last check-in. */
export const reviewCadence: Check = (facts, today) => {
  if (!activeStages.has(facts.stage)) return null;
  const cadence = facts.charter?.cadence ?? null;
  if (cadence === null) {
    return { severity: 'warning', reason: 'No review cadence is set in the charter.' };
  }
  if (facts.lastCheckInDate === null) {
    return {
      severity: 'warning',
      reason: `The cadence is ${cadence} but no check-in has been recorded yet.`,
    };
  }
  const due = nextCheckInDue(facts.lastCheckInDate, cadence);
  const late = daysBetween(due, today);
  if (late <= 0) return null;
  return {
    severity: 'warning',
    reason: `The last check-in was on ${facts.lastCheckInDate}; with a ${cadence} cadence the next was due on ${due}, ${plural(late, 'day')} ago.`,
  };
};

/** "The last 6 months" runs from the same day six calendar months ago, that day included. */
export const fadingPartnership: Check = (facts, today) => {
  if (!activeStages.has(facts.stage)) return null;
  const dates = [facts.lastActivityDate, facts.lastMeetingDate, facts.lastActualDate].filter(
    (d): d is string => d !== null,
  );
  const latest = dates.sort().at(-1);
  const since = addCalendarMonths(today, -6);
  if (latest !== undefined && latest >= since) return null;
  return {
    severity: 'warning',
    reason:
      latest === undefined
        ? 'No activity, meeting or actual has ever been recorded for this partnership.'
        : `The last activity, meeting or actual was on ${latest}; nothing since ${since}, six months ago.`,
  };
};
