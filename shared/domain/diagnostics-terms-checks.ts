import { hasText, plural, quote } from './diagnostics-facts.ts';
import type { Check, RiskFacts } from './diagnostics-facts.ts';
import { addDays, daysBetween } from './date-math.ts';

export const competitorCannibalisation: Check = (facts) => {
  const fit = facts.fit;
  if (!fit) return null;
  const weak = fit.complementary !== null && fit.complementary <= 2;
  if (!fit.competitorFlag && !weak) return null;
  const parts: string[] = [];
  if (fit.competitorFlag) parts.push('the partner is flagged as a direct competitor');
  if (weak) parts.push(`the fit scores "complementary offering" at ${fit.complementary} of 5`);
  const text = parts.join(' and ');
  return {
    severity: fit.competitorFlag || fit.complementary === 1 ? 'critical' : 'warning',
    reason: `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`,
  };
};

export const audienceMismatch: Check = (facts) => {
  const score = facts.fit?.sharedAudience ?? null;
  if (score === null || score > 2) return null;
  return {
    severity: 'warning',
    reason: `The fit scores "shared audience" at ${score} of 5.`,
  };
};

function listing(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function riskProblems(risk: RiskFacts, today: string): string[] {
  const problems: string[] = [];
  if (!hasText(risk.owner)) problems.push('no owner');
  if (!hasText(risk.mitigation)) problems.push('no mitigation');
  if (risk.nextReviewDate !== null && risk.nextReviewDate < today) {
    problems.push(`a review overdue since ${risk.nextReviewDate}`);
  }
  return problems;
}

export const unmanagedHighRisk: Check = (facts, today) => {
  const unmanaged = facts.risks
    .filter((r) => r.status !== 'closed' && (r.band === 'high' || r.band === 'critical'))
    .map((risk) => ({ risk, problems: riskProblems(risk, today) }))
    .filter(({ problems }) => problems.length > 0);
  if (unmanaged.length === 0) return null;
  const shown = unmanaged
    .slice(0, 3)
    .map(
      ({ risk, problems }) => `${quote(risk.title, 40)} (${risk.band}) has ${listing(problems)}`,
    );
  const more = unmanaged.length > 3 ? `; and ${unmanaged.length - 3} more` : '';
  return {
    severity: unmanaged.some(({ risk }) => risk.band === 'critical') ? 'critical' : 'warning',
    reason: `${plural(unmanaged.length, 'high or critical risk')} not under control: ${shown.join('; ')}${more}.`,
  };
};

/**
 * "Without termination terms or exit plan" is read as missing either: the notice period says
 * how a side may leave, the exit plan what happens to customers, campaigns, leads and data.
 */
export const noExitPlan: Check = (facts) => {
  const agreement = facts.agreement;
  if (agreement?.status !== 'signed') return null;
  const missing: string[] = [];
  if (agreement.terminationNoticeDays === null) missing.push('no termination notice period');
  if (!hasText(agreement.exitPlan)) missing.push('no exit plan');
  if (missing.length === 0) return null;
  return {
    severity: 'warning',
    reason: `The signed agreement has ${missing.join(' and ')}.`,
  };
};

export const dataSharedWithoutTerms: Check = (facts) => {
  const agreement = facts.agreement;
  if (!agreement?.dataShared || hasText(agreement.dataSharingTerms)) return null;
  return {
    severity: 'critical',
    reason: 'The agreement says data is shared, but its data-sharing terms are empty.',
  };
};

export const expiringWindowDays = 60;
export const decisionLookbackDays = 90;
const settlingKinds: ReadonlySet<string> = new Set(['renew', 'adjust', 'exit']);

/**
 * Fires for an end within the next 60 days (today and day 60 included) with no renew, adjust or
 * exit decision dated on or after 90 days before that end. An agreement end that has already
 * passed while the agreement still reads "signed" fires too, so it cannot drop off the
 * dashboard unnoticed; a past exclusivity end is simply over and does not.
 */
export const expiring: Check = (facts, today) => {
  const agreement = facts.agreement;
  if (agreement?.status !== 'signed') return null;
  const ends = [
    { what: 'the agreement', date: agreement.endDate, pastCounts: true },
    { what: 'exclusivity', date: agreement.exclusivityEndDate, pastCounts: false },
  ];
  const undecided: { text: string; daysLeft: number }[] = [];
  for (const { what, date, pastCounts } of ends) {
    if (date === null) continue;
    const daysLeft = daysBetween(today, date);
    if (daysLeft > expiringWindowDays || (daysLeft < 0 && !pastCounts)) continue;
    const since = addDays(date, -decisionLookbackDays);
    const decided = facts.decisions.some((d) => settlingKinds.has(d.kind) && d.date >= since);
    if (decided) continue;
    const when =
      daysLeft < 0
        ? `ended on ${date}, ${plural(-daysLeft, 'day')} ago`
        : daysLeft === 0
          ? `ends today (${date})`
          : `ends on ${date}, in ${plural(daysLeft, 'day')}`;
    undecided.push({ text: `${what} ${when}`, daysLeft });
  }
  if (undecided.length === 0) return null;
  const soonest = Math.min(...undecided.map((u) => u.daysLeft));
  const text = `${undecided.map((u) => u.text).join('; ')}; no renew, adjust or exit decision is logged.`;
  return {
    severity: soonest <= 30 ? 'critical' : 'warning',
    reason: `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`,
  };
};
