import { maxMonthlyCount } from '../../../shared/contract/index.ts';
import type { ForecastPrefill, ForecastRecord } from '../../../shared/contract/index.ts';
import { prefillFromActuals } from '../../../shared/domain/forecast-scenarios.ts';
import { currencyFractionDigits } from '../../../shared/domain/money.ts';
import { addMonths, formatMonth } from '../../../shared/domain/periods.ts';
import type { Repositories } from '../repositories.ts';

export function currentMonth(now = new Date()): string {
  return formatMonth(now.getFullYear(), now.getMonth() + 1);
}

/** Percentages to two decimals: what the form shows, without binary noise. */
const asPercent = (rate: number | null) => (rate === null ? null : Math.round(rate * 10_000) / 100);

/** Trailing averages over the latest three months with actuals (the program sums its partners). */
export function prefillForecast(repos: Repositories, partnerId: number | null): ForecastPrefill {
  const latest = repos.economics.latestActualPeriod(partnerId);
  const rows = latest
    ? repos.economics.monthlyActuals(partnerId, addMonths(latest, -35), latest)
    : [];
  const p = prefillFromActuals(
    rows.map((r) => ({
      period: r.period,
      leads: r.leads,
      qualifiedLeads: r.qualifiedLeads,
      deals: r.deals,
      revenue: r.attributedRevenue,
    })),
  );
  return {
    baseLeadsPerMonth:
      p.baseLeadsPerMonth === null ? null : Math.round(p.baseLeadsPerMonth * 100) / 100,
    qualificationPercent: asPercent(p.qualificationRate),
    closePercent: asPercent(p.closeRate),
    dealValue: p.dealValue,
    startPeriod: p.startPeriod,
    periodsUsed: p.periodsUsed,
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * A first forecast to edit. With actuals, it continues them (trailing averages, no ramp-up, from
 * the month after the latest); without, it uses the funnel rates of the sources' webinar example.
 */
export function defaultForecast(repos: Repositories, partnerId: number | null): ForecastRecord {
  const p = prefillForecast(repos, partnerId);
  const unit = 10 ** currencyFractionDigits(repos.settings.get().currency);
  // Actuals can hold figures beyond what a forecast accepts; the first draft stays within bounds.
  const leads = Math.min(maxMonthlyCount, p.baseLeadsPerMonth ?? (partnerId === null ? 500 : 100));
  const qualification = p.qualificationPercent ?? 10;
  const close = p.closePercent ?? 10;
  const dealValue = Math.min(Number.MAX_SAFE_INTEGER, p.dealValue ?? 5_000 * unit);
  const around = (v: number, down: number, up: number, max = Infinity) => ({
    low: round2(v * down),
    high: Math.min(max, round2(v * up)),
  });
  return {
    partnerId,
    startPeriod: p.startPeriod ?? currentMonth(),
    months: 24,
    baseLeadsPerMonth: leads,
    rampShape: p.baseLeadsPerMonth === null ? 's_curve' : 'none',
    rampMonths: 6,
    monthlyGrowthPercent: 1,
    seasonality: Array.from({ length: 12 }, () => 1),
    qualificationPercent: qualification,
    closePercent: close,
    dealValue,
    recurringEnabled: false,
    mrrPerCustomer: 100 * unit,
    monthlyChurnPercent: 2,
    startingCustomers: 0,
    uncertainty: {
      baseLeadsPerMonth: { kind: 'pert', ...around(leads, 0.6, 1.5) },
      monthlyGrowthPercent: null,
      qualificationPercent: { kind: 'triangular', ...around(qualification, 0.5, 1.5, 100) },
      closePercent: { kind: 'triangular', ...around(close, 0.5, 1.5, 100) },
      dealValue: {
        kind: 'pert',
        low: Math.round(dealValue * 0.7),
        high: Math.round(dealValue * 1.4),
      },
      mrrPerCustomer: null,
      monthlyChurnPercent: null,
    },
    trials: 10_000,
    seed: 1,
    updatedAt: null,
  };
}
