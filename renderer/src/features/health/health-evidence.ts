import type { HealthComponent, HealthEvidence } from '../../../../shared/contract/index.ts';
import { recencyFullDays, recencyZeroDays } from '../../../../shared/domain/health.ts';
import { monthLabel } from '../kpis/months.ts';
import { formatDate, formatHealthScore, plural } from './health-format.ts';

export const governanceElementLabels: Readonly<Record<keyof HealthEvidence['governance'], string>> =
  {
    ownerOurs: 'Owner on our side',
    ownerTheirs: "Owner on the partner's side",
    successDefinition: 'Shared definition of success',
    cadence: 'Review cadence',
    escalationPath: 'Escalation path',
    raci: 'Decision rights (RACI)',
    signedAgreement: 'Signed agreement',
  };

/** Where each component's figure comes from, or why it is missing and where to record it. */
export function componentExplanation(key: HealthComponent, evidence: HealthEvidence): string {
  switch (key) {
    case 'governanceCompleteness': {
      const g = evidence.governance;
      const owners = (Number(g.ownerOurs) + Number(g.ownerTheirs)) / 2;
      const present =
        owners +
        [g.successDefinition, g.cadence, g.escalationPath, g.raci, g.signedAgreement].filter(
          Boolean,
        ).length;
      return `${present} of 6 governance elements in place (each side's owner counts a half).`;
    }
    case 'kpiAttainment': {
      const { period, score } = evidence.kpi;
      if (period === null || score === null) {
        return 'No scorecard figures in the last three months. Record actuals on the Actuals tab.';
      }
      return `Scorecard for ${monthLabel(period, 'long')}: ${formatHealthScore(Math.round(score * 10) / 10)}. On target (100) or better counts as full marks.`;
    }
    case 'riskExposure': {
      const r = evidence.risks;
      if (r.registered === 0) {
        return 'No risks registered for this partnership yet. Assess them on the Risks tab.';
      }
      if (r.open === 0) return 'Every registered risk is closed.';
      return `${plural(r.open, 'open risk')} with a combined severity of ${r.severity}; ${r.budget} or more scores zero.`;
    }
    case 'activityRecency': {
      const { latest, daysSince } = evidence.recency;
      if (latest === null || daysSince === null) {
        return 'No activity, meeting or actual recorded yet.';
      }
      return `Last activity, meeting or actual on ${formatDate(latest)} (${plural(daysSince, 'day')} ago). Full marks within ${recencyFullDays} days, none after ${recencyZeroDays}.`;
    }
    case 'effortBalance': {
      const { ours, theirs } = evidence.effort;
      if (ours + theirs === 0) {
        return 'No open deliverables on either side. Add them on the Agreement tab.';
      }
      return `Open deliverables: ${ours} on our side, ${theirs} on the partner's.`;
    }
  }
}
