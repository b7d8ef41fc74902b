import {
  AppError,
  monthExpenses,
  toDomainTerms,
  type ParsedInput,
  type RevenueShareCalculation,
  type RevenueShareTermsRecord,
} from '../../../shared/contract/index.ts';
import { addMonths, monthsBetween } from '../../../shared/domain/periods.ts';
import { computeReferralCommission } from '../../../shared/domain/referral-commission.ts';
import type { ReferredCustomer } from '../../../shared/domain/referral-commission.ts';
import { computeRevenueShare } from '../../../shared/domain/revenue-share.ts';
import type { Repositories } from '../repositories.ts';

/** Referred customers are listed one by one for the commission lines; beyond this it is a model. */
const maxReferredCustomers = 20_000;
const earliestPeriod = '0001-01';

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
