import {
  AppError,
  monthExpenses,
  toDomainTerms,
  unitEconomicsFields,
  type EconomicsActualMonth,
  type ForecastRecord,
  type ParsedInput,
  type RevenueShareCalculation,
  type RevenueShareTermsRecord,
  type UnitEconomicsRecord,
  type UnitEconomicsResult,
} from '../../../shared/contract/index.ts';
import { currencyFractionDigits } from '../../../shared/domain/money.ts';
import { addMonths, formatMonth, monthsBetween } from '../../../shared/domain/periods.ts';
import { computeReferralCommission } from '../../../shared/domain/referral-commission.ts';
import type { ReferredCustomer } from '../../../shared/domain/referral-commission.ts';
import { computeRevenueShare } from '../../../shared/domain/revenue-share.ts';
import {
  compareAcquisitionChannels,
  customerAcquisitionCost,
  customerLifetimeValue,
  paybackMonths,
  returnOnInvestment,
  revenueViews,
} from '../../../shared/domain/unit-economics.ts';
import type { Repositories } from '../repositories.ts';

/** Referred customers are listed one by one for the commission lines; beyond this it is a model. */
const maxReferredCustomers = 20_000;
const earliestPeriod = '0001-01';

export function currentMonth(now = new Date()): string {
  return formatMonth(now.getFullYear(), now.getMonth() + 1);
}

/** A first forecast to edit: the funnel rates of the sources, from the month after the actuals. */
export function defaultForecast(repos: Repositories, partnerId: number | null): ForecastRecord {
  const latest = repos.economics.latestActualPeriod(partnerId);
  const unit = 10 ** currencyFractionDigits(repos.settings.get().currency);
  return {
    partnerId,
    startPeriod: latest ? addMonths(latest, 1) : currentMonth(),
    months: 24,
    baseLeadsPerMonth: partnerId === null ? 500 : 100,
    rampShape: 's_curve',
    rampMonths: 6,
    monthlyGrowthPercent: 1,
    seasonality: Array.from({ length: 12 }, () => 1),
    qualificationPercent: 10,
    closePercent: 10,
    dealValue: 5_000 * unit,
    recurringEnabled: false,
    mrrPerCustomer: 100 * unit,
    monthlyChurnPercent: 2,
    startingCustomers: 0,
    uncertainty: {
      baseLeadsPerMonth: {
        kind: 'pert',
        low: partnerId === null ? 300 : 60,
        high: partnerId === null ? 750 : 150,
      },
      monthlyGrowthPercent: null,
      qualificationPercent: { kind: 'triangular', low: 5, high: 15 },
      closePercent: { kind: 'triangular', low: 5, high: 15 },
      dealValue: { kind: 'pert', low: 3_500 * unit, high: 7_000 * unit },
      mrrPerCustomer: null,
      monthlyChurnPercent: null,
    },
    trials: 10_000,
    seed: 1,
    updatedAt: null,
  };
}

/** Terms to start from: the agreement's revenue-share and referral percentages when recorded. */
export function defaultTerms(repos: Repositories, partnerId: number): RevenueShareTermsRecord {
  const agreement = repos.agreements.get(partnerId);
  return {
    partnerId,
    tiers: [{ upTo: null, ratePercent: agreement.revenueSharePercent ?? 20 }],
    bonuses: [],
    floor: null,
    cap: null,
    expensePercent: 0,
    fixedExpenses: 0,
    referralEnabled: agreement.revenueModel === 'referral_commission',
    referralPercent: agreement.referralCommissionPercent ?? 20,
    referralMonths: agreement.referralCommissionMonths ?? 12,
    referralMonthlyRevenue: 0,
    updatedAt: null,
  };
}

interface MonthFigures {
  revenue: number;
  extraExpenses: number;
  newCustomers: number;
  recorded: boolean;
}

export function calculateRevenueShare(
  repos: Repositories,
  input: ParsedInput<'revenueShare.calculate'>,
): RevenueShareCalculation {
  const { partnerId, from, to, source } = input;
  const terms = repos.economics.terms(partnerId) ?? defaultTerms(repos, partnerId);
  const lookback = terms.referralEnabled ? addMonths(from, -(terms.referralMonths - 1)) : from;
  const figures = new Map<string, MonthFigures>();
  let priorCumulativeRevenue = 0;
  if (source === 'actuals') {
    for (const row of repos.economics.monthlyActuals(partnerId, earliestPeriod, to)) {
      if (row.period < from) priorCumulativeRevenue += row.attributedRevenue ?? 0;
      figures.set(row.period, {
        revenue: row.attributedRevenue ?? 0,
        extraExpenses: 0,
        newCustomers: row.deals ?? 0,
        recorded: row.attributedRevenue !== null,
      });
    }
  } else {
    for (const month of input.typed) {
      figures.set(month.period, {
        revenue: month.revenue,
        extraExpenses: month.expenses,
        newCustomers: month.newCustomers,
        recorded: true,
      });
    }
  }
  const months = monthsBetween(from, to);
  const figuresOf = (period: string): MonthFigures =>
    figures.get(period) ?? { revenue: 0, extraExpenses: 0, newCustomers: 0, recorded: false };
  const share = computeRevenueShare(
    toDomainTerms(terms),
    months.map((period) => {
      const f = figuresOf(period);
      return {
        period,
        revenue: f.revenue,
        expenses: monthExpenses(terms, f.revenue, f.extraExpenses),
      };
    }),
    { priorCumulativeRevenue },
  );

  let referral: RevenueShareCalculation['referral'] = null;
  if (terms.referralEnabled) {
    const customers: ReferredCustomer[] = [];
    for (const period of monthsBetween(lookback, to)) {
      const count = figuresOf(period).newCustomers;
      if (customers.length + count > maxReferredCustomers) {
        throw new AppError(
          'invalid_input',
          `These months hold more than ${maxReferredCustomers.toLocaleString('en')} referred customers; choose fewer months.`,
        );
      }
      for (let i = 0; i < count; i++) {
        customers.push({ startPeriod: period, monthlyRevenue: terms.referralMonthlyRevenue });
      }
    }
    const result = computeReferralCommission(
      customers,
      { rate: terms.referralPercent / 100, months: terms.referralMonths },
      months,
    );
    const periods = result.periods.map((p) => ({
      ...p,
      newCustomers: figuresOf(p.period).newCustomers,
    }));
    referral = {
      periods,
      totals: {
        ...result.totals,
        newCustomers: periods.reduce((s, p) => s + p.newCustomers, 0),
      },
    };
  }

  return {
    source,
    periods: share.periods.map((p) => ({
      period: p.period,
      revenue: p.revenue,
      expenses: p.expenses,
      shareableRevenue: p.shareableRevenue,
      share: p.share,
      bonus: p.bonus,
      partnerPayout: p.partnerPayout,
      ourNet: p.ourNet,
      recorded: figuresOf(p.period).recorded,
      partnerLines: p.partnerLines,
      ourLines: p.ourLines,
    })),
    totals: share.totals,
    referral,
  };
}

export function defaultUnitEconomics(
  repos: Repositories,
  partnerId: number | null,
): UnitEconomicsRecord {
  const forecast = repos.economics.forecasts.get(partnerId);
  return {
    ...unitEconomicsFields.parse({}),
    monthlyRevenuePerCustomer: forecast?.recurringEnabled ? forecast.mrrPerCustomer : null,
    partnerId,
    updatedAt: null,
  };
}

type Sourced = UnitEconomicsResult['spend'];

function sumOf(rows: EconomicsActualMonth[], pick: (r: EconomicsActualMonth) => number | null) {
  const known = rows.map(pick).filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((s, v) => s + v, 0);
}

const sourced = (typed: number | null, fromActuals: number | null): Sourced =>
  typed !== null
    ? { value: typed, source: 'typed' }
    : fromActuals !== null
      ? { value: fromActuals, source: 'actuals' }
      : { value: null, source: 'missing' };

export function computeUnitEconomics(
  repos: Repositories,
  input: ParsedInput<'unitEconomics.compute'>,
): UnitEconomicsResult {
  const { partnerId, from, to } = input;
  const a = repos.economics.unitEconomics(partnerId) ?? defaultUnitEconomics(repos, partnerId);
  const rows = repos.economics.monthlyActuals(partnerId, from, to);
  const spend = sourced(
    a.spendOverride,
    sumOf(rows, (r) => r.spend),
  );
  const newCustomers = sourced(
    a.newCustomersOverride,
    sumOf(rows, (r) => r.deals),
  );
  const revenue = sourced(
    a.revenueOverride,
    sumOf(rows, (r) => r.attributedRevenue),
  );
  const influencedRevenue = sourced(
    null,
    sumOf(rows, (r) => r.influencedRevenue),
  );
  const margin = a.grossMarginPercent / 100;
  const churn = a.monthlyChurnPercent / 100;
  const perCustomer = a.monthlyRevenuePerCustomer;

  const cac =
    spend.value === null || newCustomers.value === null
      ? null
      : customerAcquisitionCost(spend.value, newCustomers.value);
  const clv = perCustomer === null ? null : customerLifetimeValue(perCustomer, margin, churn);
  const comparison = compareAcquisitionChannels(
    { spend: spend.value ?? 0, newCustomers: cac === null ? 0 : (newCustomers.value ?? 0) },
    { spend: a.paidCac ?? 0, newCustomers: a.paidCac === null ? 0 : 1 },
  );
  const build = a.buildInHouseCost;
  return {
    assumptions: a,
    monthsWithActuals: rows.length,
    spend,
    newCustomers,
    revenue,
    influencedRevenue,
    cac,
    clv,
    clvToCac: clv === null || cac === null || cac === 0 ? null : clv / cac,
    roi:
      revenue.value === null || spend.value === null
        ? null
        : returnOnInvestment(revenue.value, spend.value),
    paybackMonths:
      cac === null || perCustomer === null ? null : paybackMonths(cac, perCustomer, margin),
    comparison,
    views: revenueViews(
      revenue.value ?? 0,
      influencedRevenue.value ?? 0,
      a.influenceWeightPercent / 100,
    ),
    buildVsPartner:
      build === null || spend.value === null
        ? null
        : { build, partner: spend.value, saving: build - spend.value },
  };
}
