import type {
  HealthEvidence,
  HealthWeightsParam,
  PartnershipHealth,
} from '../../../shared/contract/index.ts';
import { daysBetween } from '../../../shared/domain/date-math.ts';
import { diagnoseProgram, type Diagnostic } from '../../../shared/domain/diagnostics.ts';
import { computeHealth, riskSeverityBudget } from '../../../shared/domain/health.ts';
import { addMonths, monthsBetween } from '../../../shared/domain/periods.ts';
import type { Repositories } from '../repositories.ts';
import type { PartnershipRecord } from './partnership-facts.ts';
import { loadScorecardFigures, partnerScore } from './scorecards.ts';

export interface KpiReading {
  /** The scorecard month the score comes from; null when no month had a score. */
  period: string | null;
  score: number | null;
}

/** The reading of a partnership without a scorecard score. */
export const noScore: KpiReading = { period: null, score: null };

/** How many months back a missing score looks for an earlier one when no month is asked for. */
export const scoreLookbackMonths = 3;

/**
 * Each partnership's scorecard score, through the set-based scorecard service: for the month
 * asked, or else the latest scored month among the current one and the two before it. Only
 * partners with a figure in those months can score, so only they get an entry (the others read
 * as `noScore`); a month without any figure of the partner's scores nothing and is not tried.
 */
export function loadKpiReadings(
  repos: Pick<Repositories, 'settings' | 'kpis' | 'scorecards' | 'partnershipFacts'>,
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
  const data = loadScorecardFigures(repos, { partnerId: options.partnerId ?? null, from, to });
  // Latest first; the actuals also hold the month before `from` (revenue growth), never scored.
  const months = monthsBetween(from, to)
    .reverse()
    .map((month) => ({ month, at: data.monthIndex.get(month) ?? -1 }));
  const withData = new Set([
    ...data.actuals.keys(),
    ...data.kpiValues.keys(),
    ...data.inputs.keys(),
  ]);
  const readings = new Map<number, KpiReading>();
  for (const id of withData) {
    if (options.only && !options.only.has(id)) continue;
    if (options.partnerId !== undefined && id !== options.partnerId) continue;
    const rows = data.actuals.get(id);
    const typed = data.kpiValues.has(id) || data.inputs.has(id);
    let reading: KpiReading = noScore;
    for (const { month, at } of months) {
      if (!typed && rows?.[at] === undefined) continue;
      const score = partnerScore(data, { id }, month);
      if (score !== null) {
        reading = { period: month, score };
        break;
      }
    }
    readings.set(id, reading);
  }
  return readings;
}

const oneDecimal = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10) / 10;

/** The latest of three dates (ISO dates compare as text); null when none is set. */
function latestOf(a: string | null, b: string | null, c: string | null): string | null {
  let latest = a;
  if (b !== null && (latest === null || b > latest)) latest = b;
  if (c !== null && (latest === null || c > latest)) latest = c;
  return latest;
}

/** The health index of one partnership from its facts and its scorecard score (SPEC M12). */
export function assessHealth(
  record: PartnershipRecord,
  kpi: KpiReading,
  weights: HealthWeightsParam,
  today: string,
): { health: PartnershipHealth; evidence: HealthEvidence } {
  const { facts, governance, risks } = record;
  const latest = latestOf(facts.lastActivityDate, facts.lastMeetingDate, facts.lastActualDate);
  const result = computeHealth(
    {
      governance,
      scorecardScore: kpi.score,
      // Never assessed when nothing was registered; closed risks alone mean "none open".
      risks: risks.registered > 0 ? { openSeverity: risks.severity } : null,
      lastActivityDate: latest,
      openDeliverables: facts.openDeliverables,
      today,
    },
    weights,
  );
  return {
    health: {
      partnerId: facts.partnerId,
      partnerName: facts.name,
      stage: facts.stage,
      tier: record.tier,
      index: result.index,
      band: result.band,
      components: result.components.map((c) => ({
        key: c.key,
        label: c.label,
        weight: c.weight,
        score: oneDecimal(c.score),
        missing: c.missing,
      })),
      missing: result.missing,
    },
    evidence: {
      governance,
      kpi,
      risks: {
        registered: risks.registered,
        open: risks.open,
        severity: risks.severity,
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

type HealthRepos = Pick<Repositories, 'settings' | 'kpis' | 'scorecards' | 'partnershipFacts'>;

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
