import {
  actualMeasureLabels,
  moneyMeasures,
  type ActualRow,
  type CriterionResult,
  type ModuleParams,
  type ScorecardCriterionConfig,
  type ScorecardSummary,
  type TierThresholdsParam,
} from '../../../shared/contract/index.ts';
import { formatMoney, fromMinor } from '../../../shared/domain/money.ts';
import { addMonths, formatMonth } from '../../../shared/domain/periods.ts';
import { compareTier, computeScorecard } from '../../../shared/domain/scorecard.ts';
import type { ScoredPartner } from '../../../db/repositories/scorecard-repository.ts';
import type { Repositories } from '../repositories.ts';

/**
 * Everything needed to score a set of partners over a run of months, read with a fixed number of
 * statements whatever the number of partners (settings, partners, actuals, typed inputs, and for
 * KPI criteria the KPIs and their values), then grouped in memory.
 */
export interface ScorecardData {
  criteria: ScorecardCriterionConfig[];
  thresholds: TierThresholdsParam;
  currency: string;
  partners: ScoredPartner[];
  actuals: Map<string, ActualRow>;
  kpiValues: Map<string, number>;
  inputs: Map<string, number>;
  /** Partner of each KPI a criterion reads (null: a program KPI); absent when deleted. */
  kpiLinks: Map<number, number | null>;
}

const key = (...parts: (string | number)[]): string => parts.join('|');

export function currentMonth(now = new Date()): string {
  return formatMonth(now.getFullYear(), now.getMonth() + 1);
}

export function loadScorecardData(
  repos: Pick<Repositories, 'settings' | 'actuals' | 'kpis' | 'scorecards'>,
  options: { partnerId: number | null; includeArchived: boolean; from: string; to: string },
): ScorecardData {
  const settings = repos.settings.get();
  const params = settings.params as ModuleParams;
  const criteria = params.scorecardCriteria;
  const partners = repos.scorecards.partners(options);
  // Revenue growth compares a month with the one before, so read one month further back.
  const from = addMonths(options.from, -1);
  const actuals = new Map(
    repos.actuals
      .range(options.partnerId, from, options.to)
      .map((a) => [key(a.partnerId, a.period), a]),
  );
  const kpiIds = [
    ...new Set(criteria.flatMap((c) => (c.source.kind === 'kpi' ? [c.source.kpiId] : []))),
  ];
  const kpiLinks = repos.kpis.links(kpiIds);
  const kpiValues = new Map(
    repos.kpis
      .partnerValues([...kpiLinks.keys()], options.partnerId, options.from, options.to)
      .map((v) => [key(v.kpiId, v.partnerId ?? 0, v.period), v.value]),
  );
  const inputs = new Map(
    repos.scorecards
      .inputs(options.partnerId, options.from, options.to)
      .map((i) => [key(i.partnerId, i.period, i.criterionKey), i.value]),
  );
  return {
    criteria,
    thresholds: params.tierThresholds,
    currency: settings.currency,
    partners,
    actuals,
    kpiValues,
    inputs,
    kpiLinks,
  };
}

interface Reading {
  actual: number | null;
  note: string;
  enterable: boolean;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Where each criterion's actual comes from: see `criterionSource` in the contract. */
export function readCriterion(
  data: ScorecardData,
  criterion: ScorecardCriterionConfig,
  partnerId: number,
  period: string,
): Reading {
  const { source } = criterion;
  switch (source.kind) {
    case 'revenue_growth': {
      const before = addMonths(period, -1);
      const now = data.actuals.get(key(partnerId, period))?.attributedRevenue ?? null;
      const prior = data.actuals.get(key(partnerId, before))?.attributedRevenue ?? null;
      const money = (minor: number) => formatMoney(minor, data.currency, 'en');
      if (now === null) {
        return {
          actual: null,
          note: 'No attributed revenue recorded for this month.',
          enterable: false,
        };
      }
      if (prior === null) {
        return {
          actual: null,
          note: 'Needs the attributed revenue of the month before to compare with.',
          enterable: false,
        };
      }
      if (prior === 0) {
        return {
          actual: null,
          note: 'The month before had no revenue, so growth has no percentage.',
          enterable: false,
        };
      }
      return {
        actual: round2(((now - prior) / prior) * 100),
        note: `Attributed revenue ${money(now)} against ${money(prior)} the month before.`,
        enterable: false,
      };
    }
    case 'measure': {
      const raw = data.actuals.get(key(partnerId, period))?.[source.measure] ?? null;
      const label = actualMeasureLabels[source.measure];
      if (raw === null) {
        return {
          actual: null,
          note: `No ${label.toLowerCase()} recorded for this month.`,
          enterable: false,
        };
      }
      const actual = moneyMeasures.has(source.measure) ? fromMinor(raw, data.currency) : raw;
      return { actual, note: '', enterable: false };
    }
    case 'kpi': {
      if (!data.kpiLinks.has(source.kpiId)) {
        return {
          actual: null,
          note: 'The KPI this criterion reads was deleted; pick another source in the scorecard settings.',
          enterable: false,
        };
      }
      const owner = data.kpiLinks.get(source.kpiId) ?? null;
      if (owner !== null && owner !== partnerId) {
        return {
          actual: null,
          note: 'The KPI this criterion reads measures another partner.',
          enterable: false,
        };
      }
      const value = data.kpiValues.get(key(source.kpiId, partnerId, period));
      return { actual: value ?? null, note: '', enterable: true };
    }
    case 'manual': {
      const value = data.inputs.get(key(partnerId, period, criterion.key));
      return { actual: value ?? null, note: '', enterable: true };
    }
  }
}

/**
 * A criterion's actual alone, as `readCriterion` reads it, without the note it writes for the
 * scorecard page (health and the dashboard need thousands of scores and no notes).
 */
function criterionActual(
  data: ScorecardData,
  criterion: ScorecardCriterionConfig,
  partnerId: number,
  period: string,
): number | null {
  const { source } = criterion;
  switch (source.kind) {
    case 'revenue_growth': {
      const now = data.actuals.get(key(partnerId, period))?.attributedRevenue ?? null;
      const prior = data.actuals.get(key(partnerId, addMonths(period, -1)))?.attributedRevenue;
      if (now === null || prior === null || prior === undefined || prior === 0) return null;
      return round2(((now - prior) / prior) * 100);
    }
    case 'measure': {
      const raw = data.actuals.get(key(partnerId, period))?.[source.measure] ?? null;
      if (raw === null) return null;
      return moneyMeasures.has(source.measure) ? fromMinor(raw, data.currency) : raw;
    }
    case 'kpi': {
      if (!data.kpiLinks.has(source.kpiId)) return null;
      const owner = data.kpiLinks.get(source.kpiId) ?? null;
      if (owner !== null && owner !== partnerId) return null;
      return data.kpiValues.get(key(source.kpiId, partnerId, period)) ?? null;
    }
    case 'manual':
      return data.inputs.get(key(partnerId, period, criterion.key)) ?? null;
  }
}

/** The partner's scorecard score for the month: `scorePartner(…).summary.score`, for many partners. */
export function partnerScore(
  data: ScorecardData,
  partner: ScoredPartner,
  period: string,
): number | null {
  const actuals: Record<string, number | null> = {};
  for (const criterion of data.criteria)
    actuals[criterion.key] = criterionActual(data, criterion, partner.id, period);
  return computeScorecard(data.criteria, actuals).score;
}

export interface PartnerPeriodScore {
  summary: ScorecardSummary;
  criteria: CriterionResult[];
}

function summaryOf(
  data: ScorecardData,
  partner: ScoredPartner,
  period: string,
  result: ReturnType<typeof computeScorecard>,
): ScorecardSummary {
  const tier = compareTier(result.score, partner.tier, data.thresholds);
  return {
    partnerId: partner.id,
    partnerName: partner.name,
    stage: partner.stage,
    period,
    score: result.score,
    weightUsed: result.weightUsed,
    weightTotal: result.weightTotal,
    missing: result.missing,
    suggestedTier: tier.suggested,
    assignedTier: tier.assigned,
    mismatch: tier.mismatch,
  };
}

/** The summary row of `scorePartner` without the criteria's notes (the all-partners table). */
export function scoreSummary(
  data: ScorecardData,
  partner: ScoredPartner,
  period: string,
): ScorecardSummary {
  const actuals: Record<string, number | null> = {};
  for (const criterion of data.criteria)
    actuals[criterion.key] = criterionActual(data, criterion, partner.id, period);
  return summaryOf(data, partner, period, computeScorecard(data.criteria, actuals));
}

export function scorePartner(
  data: ScorecardData,
  partner: ScoredPartner,
  period: string,
): PartnerPeriodScore {
  const readings = data.criteria.map((c) => readCriterion(data, c, partner.id, period));
  const actuals = Object.fromEntries(data.criteria.map((c, i) => [c.key, readings[i]?.actual]));
  const result = computeScorecard(data.criteria, actuals);
  const criteria: CriterionResult[] = data.criteria.map((c, i) => {
    const computed = result.criteria[i];
    const reading = readings[i];
    return {
      ...c,
      actual: computed?.actual ?? null,
      attainment: computed?.attainment ?? null,
      missing: computed?.missing ?? true,
      note: reading?.note ?? '',
      enterable: reading?.enterable ?? false,
    };
  });
  return { summary: summaryOf(data, partner, period, result), criteria };
}
