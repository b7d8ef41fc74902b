import {
  unitEconomicsFields,
  type EconomicsActualMonth,
  type ParsedInput,
  type UnitEconomicsRecord,
  type UnitEconomicsResult,
} from '../../../shared/contract/index.ts';
import {
  compareAcquisitionChannels,
  customerAcquisitionCost,
  customerLifetimeValue,
  paybackMonths,
  returnOnInvestment,
  revenueViews,
} from '../../../shared/domain/unit-economics.ts';
import type { Repositories } from '../repositories.ts';

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
