import type {
  HealthEvidence,
  HealthWeightsParam,
  PartnershipHealth,
} from '../../../shared/contract/index.ts';
import { daysBetween } from '../../../shared/domain/date-math.ts';
import { diagnoseProgram, type Diagnostic } from '../../../shared/domain/diagnostics.ts';
import { computeHealth, riskSeverityBudget } from '../../../shared/domain/health.ts';
import { addMonths } from '../../../shared/domain/periods.ts';
import type { Repositories } from '../repositories.ts';
import type { PartnershipRecord } from './partnership-facts.ts';
import { loadScorecardData, partnerScore } from './scorecards.ts';

export interface KpiReading {
  /** The scorecard month the score comes from; null when no month had a score. */
  period: string | null;
  score: number | null;
}

/** How many months back a missing score looks for an earlier one when no month is asked for. */
export const scoreLookbackMonths = 3;

/**
 * Each partnership's scorecard score, through the set-based scorecard service: for the month
 * asked, or else the latest scored month among the current one and the two before it. Months
 * after a partner's latest recorded figure cannot score, so they are not tried.
 */
export function loadKpiReadings(
  repos: Pick<Repositories, 'settings' | 'actuals' | 'kpis' | 'scorecards' | 'partnershipFacts'>,
  options: {
    partnerId?: number | undefined;
    period?: string | undefined;
    today: string;
    /** Score only these partners (the dashboard needs the live partnerships only). */
    only?: ReadonlySet<number>;
  },
): Map<number, KpiReading> {
  const to = options.period ?? options.today.slice(0, 7);
  const from = options.period ?? addMonths(to, -(scoreLookbackMonths - 1));
  const latest = repos.partnershipFacts.latestDataMonths(from, to, options.partnerId);
  const data = loadScorecardData(repos, {
    partnerId: options.partnerId ?? null,
    includeArchived: false,
    from,
    to,
  });
  const readings = new Map<number, KpiReading>();
  for (const partner of data.partners) {
    if (options.only && !options.only.has(partner.id)) continue;
    let reading: KpiReading = { period: null, score: null };
    const last = latest.get(partner.id);
    for (let month = last; month !== undefined && month >= from; month = addMonths(month, -1)) {
      const score = partnerScore(data, partner, month);
      if (score !== null) {
        reading = { period: month, score };
        break;
      }
    }
    readings.set(partner.id, reading);
  }
  return readings;
}

const oneDecimal = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10) / 10;

function latestOf(...dates: (string | null)[]): string | null {
  const present = dates.filter((d): d is string => d !== null).sort();
  return present.at(-1) ?? null;
}

/** The health index of one partnership from its facts and its scorecard score (SPEC M12). */
export function assessHealth(
  record: PartnershipRecord,
  kpi: KpiReading,
  weights: HealthWeightsParam,
  today: string,
): { health: PartnershipHealth; evidence: HealthEvidence } {
  const { facts, governance, riskInputs } = record;
  const latest = latestOf(facts.lastActivityDate, facts.lastMeetingDate, facts.lastActualDate);
  const result = computeHealth(
    {
      governance,
      scorecardScore: kpi.score,
      // Never assessed when nothing was registered; closed risks alone mean "none open".
      risks: riskInputs.length > 0 ? riskInputs : null,
      lastActivityDate: latest,
      openDeliverables: facts.openDeliverables,
      today,
    },
    weights,
  );
  const open = riskInputs.filter((r) => r.status !== 'closed');
  const severity = open.reduce(
    (sum, r) =>
      sum +
      (r.residualLikelihood != null && r.residualImpact != null
        ? r.residualLikelihood * r.residualImpact
        : r.likelihood * r.impact),
    0,
  );
  return {
    health: {
      partnerId: facts.partnerId,
      partnerName: facts.name,
      stage: facts.stage,
      tier: record.tier,
      index: result.index,
      band: result.band,
      components: result.components.map((c) => ({ ...c, score: oneDecimal(c.score) })),
      missing: result.missing,
    },
    evidence: {
      governance,
      kpi,
      risks: {
        registered: riskInputs.length,
        open: open.length,
        severity,
        budget: riskSeverityBudget,
      },
      recency: {
        lastActivityDate: facts.lastActivityDate,
        lastMeetingDate: facts.lastMeetingDate,
        lastActualDate: facts.lastActualDate,
        latest,
        daysSince: latest === null ? null : daysBetween(latest, today),
      },
      effort: facts.openDeliverables,
    },
  };
}

/** The reading of a partnership without a scorecard score. */
export const noScore: KpiReading = { period: null, score: null };

type HealthRepos = Pick<
  Repositories,
  'settings' | 'actuals' | 'kpis' | 'scorecards' | 'partnershipFacts'
>;

/**
 * The health index of each of these partnerships, with scorecard scores for `only` (or all), and
 * the weights it used.
 */
export function healthOf(
  repos: HealthRepos,
  records: readonly PartnershipRecord[],
  options: { period?: string | undefined; today: string; only?: ReadonlySet<number> | undefined },
): { weights: HealthWeightsParam; rows: PartnershipHealth[] } {
  const { today } = options;
  const weights = repos.settings.get().params.healthWeights;
  const readings = loadKpiReadings(repos, options);
  const rows = records.map(
    (record) =>
      assessHealth(record, readings.get(record.facts.partnerId) ?? noScore, weights, today).health,
  );
  return { weights, rows };
}

/**
 * The health and the anti-pattern findings of the live partnerships in `only` (all of them when
 * absent), from one read of the facts and scores for those partnerships alone: the pack covers a
 * selection, and `health.all` plus `diagnostics.all` would each work through every partnership.
 */
export function assessPartnerships(
  repos: HealthRepos,
  options: { period?: string | undefined; today: string; only?: ReadonlySet<number> },
): { health: PartnershipHealth[]; diagnostics: Diagnostic[] } {
  const { today, only } = options;
  const records = repos.partnershipFacts
    .load({ today })
    .filter((record) => !only || only.has(record.facts.partnerId));
  return {
    health: healthOf(repos, records, options).rows,
    diagnostics: diagnoseProgram(
      records.map((record) => record.facts),
      today,
    ),
  };
}
