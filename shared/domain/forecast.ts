import { calendarMonthOf, periodRange, periodToIndex } from './date-math.ts';

export type RampShape = 'none' | 'linear' | 's_curve';

export interface RecurringInputs {
  /** Monthly recurring revenue per customer, cents. */
  mrrPerCustomer: number;
  /** Share of customers lost each month, 0..1. */
  monthlyChurn: number;
  /** Customers already paying before the first forecast month. */
  startingCustomers?: number;
}

export interface ForecastInputs {
  /** First forecast month, 'YYYY-MM'. */
  startPeriod: string;
  /** 12..36 months. */
  months: number;
  baseLeadsPerMonth: number;
  rampShape: RampShape;
  /** Months until leads reach the base level; 0 = from the first month. */
  rampMonths: number;
  /** Compound growth per month as a fraction (0.02 = +2 % a month); at least −1. */
  monthlyGrowth: number;
  /** Twelve factors, January first; 1 is a normal month. */
  seasonality: readonly number[];
  /** Leads → qualified leads, 0..1. */
  qualificationRate: number;
  /** Qualified leads → deals, 0..1. */
  closeRate: number;
  /** One-off revenue per deal, cents. */
  dealValue: number;
  recurring: RecurringInputs | null;
}

export const minForecastMonths = 12;
export const maxForecastMonths = 36;
export const flatSeasonality: readonly number[] = Array.from({ length: 12 }, () => 1);

export interface ForecastMonth {
  period: string;
  leads: number;
  qualified: number;
  deals: number;
  /** Paying customers at the end of the month (recurring revenue only). */
  customers: number;
  newRevenue: number;
  recurringRevenue: number;
  revenue: number;
  cumulativeRevenue: number;
}

export interface Forecast {
  months: ForecastMonth[];
  totals: { leads: number; qualified: number; deals: number; revenue: number };
}

/** Structural problems that make a forecast impossible; numbers out of range are clamped instead. */
export function forecastInputProblems(inputs: ForecastInputs): string[] {
  const problems: string[] = [];
  const { months } = inputs;
  if (!Number.isInteger(months) || months < minForecastMonths || months > maxForecastMonths) {
    problems.push(`Forecast between ${minForecastMonths} and ${maxForecastMonths} months.`);
  }
  try {
    periodToIndex(inputs.startPeriod);
  } catch {
    problems.push('Start with a month like 2026-01.');
  }
  if (inputs.seasonality.length !== 12) problems.push('Give one seasonality factor per month.');
  const numbers = [
    inputs.baseLeadsPerMonth,
    inputs.rampMonths,
    inputs.monthlyGrowth,
    inputs.qualificationRate,
    inputs.closeRate,
    inputs.dealValue,
    ...inputs.seasonality,
    ...(inputs.recurring
      ? [
          inputs.recurring.mrrPerCustomer,
          inputs.recurring.monthlyChurn,
          inputs.recurring.startingCustomers ?? 0,
        ]
      : []),
  ];
  if (numbers.some((n) => !Number.isFinite(n))) problems.push('Every input must be a number.');
  return problems;
}

function assertForecastable(inputs: ForecastInputs): void {
  const problems = forecastInputProblems(inputs);
  if (problems.length > 0) throw new RangeError(problems.join(' '));
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const nonNegative = (x: number) => Math.max(0, x);

/**
 * Share of the base lead level reached in month t (0-based). Linear climbs in equal steps and
 * reaches 1 in month `rampMonths`; the S-curve (smoothstep, 3x² − 2x³) starts and ends slowly,
 * the usual shape of a partnership finding its feet.
 */
export function rampFactor(shape: RampShape, rampMonths: number, t: number): number {
  if (shape === 'none' || rampMonths <= 0) return 1;
  const x = Math.min(1, (t + 1) / rampMonths);
  return shape === 'linear' ? x : x * x * (3 - 2 * x);
}

/** Ramp × seasonality per forecast month; identical for every Monte Carlo trial. */
export function monthFactors(inputs: ForecastInputs): Float64Array {
  assertForecastable(inputs);
  const factors = new Float64Array(inputs.months);
  periodRange(inputs.startPeriod, inputs.months).forEach((period, t) => {
    const season = nonNegative(inputs.seasonality[calendarMonthOf(period) - 1] ?? 1);
    factors[t] = rampFactor(inputs.rampShape, inputs.rampMonths, t) * season;
  });
  return factors;
}

/** The uncertain scalars of the model, already clamped; reused across Monte Carlo trials. */
export interface ModelScalars {
  baseLeads: number;
  growth: number;
  qualificationRate: number;
  closeRate: number;
  dealValue: number;
  mrrPerCustomer: number;
  churn: number;
  startingCustomers: number;
}

export function modelScalars(inputs: ForecastInputs): ModelScalars {
  return clampScalars({
    baseLeads: inputs.baseLeadsPerMonth,
    growth: inputs.monthlyGrowth,
    qualificationRate: inputs.qualificationRate,
    closeRate: inputs.closeRate,
    dealValue: inputs.dealValue,
    mrrPerCustomer: inputs.recurring?.mrrPerCustomer ?? 0,
    churn: inputs.recurring?.monthlyChurn ?? 0,
    startingCustomers: inputs.recurring?.startingCustomers ?? 0,
  });
}

/** Rates into 0..1, amounts and counts to 0 or more, growth to at least −100 %. In place. */
export function clampScalars(s: ModelScalars): ModelScalars {
  s.baseLeads = nonNegative(s.baseLeads);
  s.growth = Math.max(-1, s.growth);
  s.qualificationRate = clamp01(s.qualificationRate);
  s.closeRate = clamp01(s.closeRate);
  s.dealValue = nonNegative(s.dealValue);
  s.mrrPerCustomer = nonNegative(s.mrrPerCustomer);
  s.churn = clamp01(s.churn);
  s.startingCustomers = nonNegative(s.startingCustomers);
  return s;
}

/**
 * Monthly revenue (cents) into `out[offset + t * stride]`, allocation-free for the Monte Carlo.
 * Same arithmetic, in the same order, as `computeForecast`, so both agree to the cent.
 * New customers churn from the month after they sign.
 */
export function simulateRevenueInto(
  s: ModelScalars,
  factors: Float64Array,
  out: Float64Array,
  offset: number,
  stride: number,
): void {
  let growth = 1;
  let customers = s.startingCustomers;
  const conversion = s.qualificationRate * s.closeRate;
  for (let t = 0; t < factors.length; t++) {
    const leads = s.baseLeads * (factors[t] ?? 0) * growth;
    const deals = leads * conversion;
    customers = customers * (1 - s.churn) + deals;
    out[offset + t * stride] =
      Math.round(deals * s.dealValue) + Math.round(customers * s.mrrPerCustomer);
    growth *= 1 + s.growth;
  }
}

export function computeForecast(inputs: ForecastInputs): Forecast {
  const factors = monthFactors(inputs);
  const s = modelScalars(inputs);
  const periods = periodRange(inputs.startPeriod, inputs.months);
  const conversion = s.qualificationRate * s.closeRate;
  let growth = 1;
  let customers = s.startingCustomers;
  let cumulativeRevenue = 0;
  const months = periods.map((period, t): ForecastMonth => {
    const leads = s.baseLeads * (factors[t] ?? 0) * growth;
    const qualified = leads * s.qualificationRate;
    const deals = leads * conversion;
    customers = customers * (1 - s.churn) + deals;
    const newRevenue = Math.round(deals * s.dealValue);
    const recurringRevenue = Math.round(customers * s.mrrPerCustomer);
    const revenue = newRevenue + recurringRevenue;
    cumulativeRevenue += revenue;
    growth *= 1 + s.growth;
    return {
      period,
      leads,
      qualified,
      deals,
      customers,
      newRevenue,
      recurringRevenue,
      revenue,
      cumulativeRevenue,
    };
  });
  const sum = (pick: (m: ForecastMonth) => number) => months.reduce((a, m) => a + pick(m), 0);
  return {
    months,
    totals: {
      leads: sum((m) => m.leads),
      qualified: sum((m) => m.qualified),
      deals: sum((m) => m.deals),
      revenue: cumulativeRevenue,
    },
  };
}
