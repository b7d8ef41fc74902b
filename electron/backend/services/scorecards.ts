import {
  actualMeasureLabels,
  moneyMeasures,
  type ActualMeasure,
  type CriterionResult,
  type ModuleParams,
  type ScorecardCriterionConfig,
  type ScorecardSummary,
  type TierThresholdsParam,
} from '../../../shared/contract/index.ts';
import { formatMoney, fromMinor } from '../../../shared/domain/money.ts';
import { addMonths, formatMonth, monthsBetween } from '../../../shared/domain/periods.ts';
import {
  compareTier,
  computeScorecard,
  scorecardTotals,
  type ScorecardTotals,
} from '../../../shared/domain/scorecard.ts';
import type { ScoredPartner } from '../../../db/repositories/scorecard-repository.ts';
import type { Repositories } from '../repositories.ts';

/**
 * Everything needed to score a set of partners over a run of months, read with a fixed number of
 * statements whatever the number of partners (settings, partners, actuals, typed inputs, and for
 * KPI criteria the KPIs and their values), then grouped in memory by partner.
 */
export interface ScorecardData extends ScorecardFigures {
  partners: ScoredPartner[];
}

/** The figures the criteria read, without the partners (health scores partners with data). */
export interface ScorecardFigures {
  criteria: ScorecardCriterionConfig[];
  thresholds: TierThresholdsParam;
  currency: string;
  /** Each month read, from the one before the first scored (revenue growth) to the last. */
  monthIndex: ReadonlyMap<string, number>;
  /** The measures read from the actuals, in the order of each row's figures. */
  measures: readonly ActualMeasure[];
  /**
   * Each partner's actuals by month (index from `monthIndex`): the measures' figures in their
   * order, or undefined for a month without a row.
   */
  actuals: Map<number, ((number | null)[] | undefined)[]>;
  /** Each partner's KPI values, keyed `kpiId|period`. */
  kpiValues: Map<number, Map<string, number>>;
  /** Each partner's typed criterion values, keyed `period|criterionKey`. */
  inputs: Map<number, Map<string, number>>;
  /** Partner of each KPI a criterion reads (null: a program KPI); absent when deleted. */
  kpiLinks: Map<number, number | null>;
}

export function currentMonth(now = new Date()): string {
  return formatMonth(now.getFullYear(), now.getMonth() + 1);
}

type FigureRepos = Pick<Repositories, 'settings' | 'kpis' | 'scorecards' | 'partnershipFacts'>;

function inner<K, V>(map: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let found = map.get(key);
  if (!found) {
    found = new Map();
    map.set(key, found);
  }
  return found;
}

/** The measures the criteria read from the actuals: revenue growth reads attributed revenue. */
function measuresRead(criteria: readonly ScorecardCriterionConfig[]): ActualMeasure[] {
  const measures = new Set<ActualMeasure>();
  for (const { source } of criteria) {
    if (source.kind === 'revenue_growth') measures.add('attributedRevenue');
    else if (source.kind === 'measure') measures.add(source.measure);
  }
  return [...measures];
}

/** The criteria's figures of one partner (or all) between two months; a fixed number of statements. */
export function loadScorecardFigures(
  repos: FigureRepos,
  options: { partnerId: number | null; from: string; to: string },
): ScorecardFigures {
  const settings = repos.settings.get();
  const params = settings.params as ModuleParams;
  const criteria = params.scorecardCriteria;
  // Revenue growth compares a month with the one before, so read one month further back.
  const from = addMonths(options.from, -1);
  const monthIndex = new Map(monthsBetween(from, options.to).map((m, i) => [m, i]));
  const measures = measuresRead(criteria);
  const actuals = new Map<number, ((number | null)[] | undefined)[]>();
  if (measures.length > 0) {
    for (const [partnerId, period, ...figures] of repos.partnershipFacts.actualFigures(
      options.partnerId,
      from,
      options.to,
      measures,
    )) {
      const at = monthIndex.get(period);
      if (at === undefined) continue;
      let months = actuals.get(partnerId);
      if (!months) {
        months = [];
        actuals.set(partnerId, months);
      }
      months[at] = figures;
    }
  }
  const kpiIds = [
    ...new Set(criteria.flatMap((c) => (c.source.kind === 'kpi' ? [c.source.kpiId] : []))),
  ];
  const kpiLinks = repos.kpis.links(kpiIds);
  const kpiValues = new Map<number, Map<string, number>>();
  for (const v of repos.kpis.partnerValues(
    [...kpiLinks.keys()],
    options.partnerId,
    options.from,
    options.to,
  ))
    inner(kpiValues, v.partnerId ?? 0).set(`${v.kpiId}|${v.period}`, v.value);
  const inputs = new Map<number, Map<string, number>>();
  for (const i of repos.scorecards.inputs(options.partnerId, options.from, options.to))
    inner(inputs, i.partnerId).set(`${i.period}|${i.criterionKey}`, i.value);
  return {
    criteria,
    thresholds: params.tierThresholds,
    currency: settings.currency,
    monthIndex,
    measures,
    actuals,
    kpiValues,
    inputs,
    kpiLinks,
  };
}

export function loadScorecardData(
  repos: FigureRepos,
  options: { partnerId: number | null; includeArchived: boolean; from: string; to: string },
): ScorecardData {
  const partners = repos.scorecards.partners(options);
  return { ...loadScorecardFigures(repos, options), partners };
}

/** One measure of a partner's month; null when not recorded (or not read). */
function actualOf(
  data: ScorecardFigures,
  partnerId: number,
  period: string,
  measure: ActualMeasure,
): number | null {
  const at = data.monthIndex.get(period);
  if (at === undefined) return null;
  const column = data.measures.indexOf(measure);
  if (column < 0) return null;
  return data.actuals.get(partnerId)?.[at]?.[column] ?? null;
}

interface Reading {
  actual: number | null;
  note: string;
  enterable: boolean;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Where each criterion's actual comes from: see `criterionSource` in the contract. */
export function readCriterion(
  data: ScorecardFigures,
  criterion: ScorecardCriterionConfig,
  partnerId: number,
  period: string,
): Reading {
  const { source } = criterion;
  switch (source.kind) {
    case 'revenue_growth': {
      const before = addMonths(period, -1);
      const now = actualOf(data, partnerId, period, 'attributedRevenue');
      const prior = actualOf(data, partnerId, before, 'attributedRevenue');
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
      const raw = actualOf(data, partnerId, period, source.measure);
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
      const value = data.kpiValues.get(partnerId)?.get(`${source.kpiId}|${period}`);
      return { actual: value ?? null, note: '', enterable: true };
    }
    case 'manual': {
      const value = data.inputs.get(partnerId)?.get(`${period}|${criterion.key}`);
      return { actual: value ?? null, note: '', enterable: true };
    }
  }
}

/**
 * The criteria's actuals of a partner's month, as `readCriterion` reads them, without the notes
 * it writes for the scorecard page (health and the dashboard need thousands of scores and no
 * notes): straight from the partner's rows, no text keys built or parsed per criterion.
 */
function criteriaActuals(
  data: ScorecardFigures,
  partnerId: number,
  period: string,
): (number | null)[] {
  const at = data.monthIndex.get(period);
  const months = data.actuals.get(partnerId);
  const row = at === undefined ? undefined : months?.[at];
  const before = at === undefined || at === 0 ? undefined : months?.[at - 1];
  const kpiValues = data.kpiValues.get(partnerId);
  const inputs = data.inputs.get(partnerId);
  const revenue = data.measures.indexOf('attributedRevenue');
  const actuals: (number | null)[] = [];
  for (const criterion of data.criteria) {
    const { source } = criterion;
    let actual: number | null = null;
    switch (source.kind) {
      case 'revenue_growth': {
        const now = row?.[revenue] ?? null;
        const prior = before?.[revenue] ?? null;
        if (now !== null && prior !== null && prior !== 0)
          actual = round2(((now - prior) / prior) * 100);
        break;
      }
      case 'measure': {
        const raw = row?.[data.measures.indexOf(source.measure)] ?? null;
        if (raw !== null)
          actual = moneyMeasures.has(source.measure) ? fromMinor(raw, data.currency) : raw;
        break;
      }
      case 'kpi': {
        if (!data.kpiLinks.has(source.kpiId)) break;
        const owner = data.kpiLinks.get(source.kpiId) ?? null;
        if (owner !== null && owner !== partnerId) break;
        actual = kpiValues?.get(`${source.kpiId}|${period}`) ?? null;
        break;
      }
      case 'manual':
        actual = inputs?.get(`${period}|${criterion.key}`) ?? null;
        break;
    }
    actuals.push(actual);
  }
  return actuals;
}

/** The partner's scorecard score for the month: `scorePartner(…).summary.score`, for many partners. */
export function partnerScore(
  data: ScorecardFigures,
  partner: Pick<ScoredPartner, 'id'>,
  period: string,
): number | null {
  return scorecardTotals(data.criteria, criteriaActuals(data, partner.id, period)).score;
}

export interface PartnerPeriodScore {
  summary: ScorecardSummary;
  criteria: CriterionResult[];
}

function summaryOf(
  data: ScorecardData,
  partner: ScoredPartner,
  period: string,
  result: ScorecardTotals,
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
  return summaryOf(
    data,
    partner,
    period,
    scorecardTotals(data.criteria, criteriaActuals(data, partner.id, period)),
  );
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
