import {
  uncertainKeys,
  type DistributionKind,
  type ForecastFields,
  type ForecastRecord,
  type UncertainKey,
} from '../../../../shared/contract/index.ts';
import { fromMinor, toMinor } from '../../../../shared/domain/money.ts';

/** What a NumberInput holds: a number, or '' while empty. */
export type Num = number | string;

export interface RangeForm {
  enabled: boolean;
  kind: DistributionKind;
  low: Num;
  high: Num;
}

/** The forecast as the form edits it: money in whole currency units, rates in percent. */
export interface ForecastForm {
  startPeriod: string;
  months: number;
  baseLeadsPerMonth: Num;
  rampShape: ForecastFields['rampShape'];
  rampMonths: Num;
  monthlyGrowthPercent: Num;
  seasonality: Num[];
  qualificationPercent: Num;
  closePercent: Num;
  dealValue: Num;
  recurringEnabled: boolean;
  mrrPerCustomer: Num;
  monthlyChurnPercent: Num;
  startingCustomers: Num;
  uncertainty: Record<UncertainKey, RangeForm>;
  trials: number;
  seed: Num;
}

export const moneyKeys: ReadonlySet<UncertainKey> = new Set(['dealValue', 'mrrPerCustomer']);

export const uncertainLabels: Record<UncertainKey, string> = {
  baseLeadsPerMonth: 'Leads per month',
  monthlyGrowthPercent: 'Monthly growth (%)',
  qualificationPercent: 'Qualification rate (%)',
  closePercent: 'Close rate (%)',
  dealValue: 'Deal value',
  mrrPerCustomer: 'Monthly revenue per customer',
  monthlyChurnPercent: 'Monthly churn (%)',
};

/** Typed text to a number; '' stays undefined so the contract says "Enter …". */
export function num(value: Num): number | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function minorOf(value: Num, currency: string): number | undefined {
  const n = num(value);
  return n === undefined ? undefined : toMinor(n, currency);
}

export function forecastFormOf(record: ForecastRecord, currency: string): ForecastForm {
  const major = (minor: number) => fromMinor(minor, currency);
  const uncertainty = {} as Record<UncertainKey, RangeForm>;
  for (const key of uncertainKeys) {
    const range = record.uncertainty[key];
    const planned = record[key];
    const scale = moneyKeys.has(key) ? major : (v: number) => v;
    uncertainty[key] = range
      ? { enabled: true, kind: range.kind, low: scale(range.low), high: scale(range.high) }
      : { enabled: false, kind: 'triangular', ...suggestedRange(key, scale(planned)) };
  }
  return {
    startPeriod: record.startPeriod,
    months: record.months,
    baseLeadsPerMonth: record.baseLeadsPerMonth,
    rampShape: record.rampShape,
    rampMonths: record.rampMonths,
    monthlyGrowthPercent: record.monthlyGrowthPercent,
    seasonality: [...record.seasonality],
    qualificationPercent: record.qualificationPercent,
    closePercent: record.closePercent,
    dealValue: major(record.dealValue),
    recurringEnabled: record.recurringEnabled,
    mrrPerCustomer: major(record.mrrPerCustomer),
    monthlyChurnPercent: record.monthlyChurnPercent,
    startingCustomers: record.startingCustomers,
    uncertainty,
    trials: record.trials,
    seed: record.seed,
  };
}

/** A range around the plan to start from: wider for volumes than for rates. */
export function suggestedRange(key: UncertainKey, planned: number): { low: number; high: number } {
  const round = (v: number) => Math.round(v * 100) / 100;
  if (key === 'monthlyGrowthPercent') return { low: round(planned - 1), high: round(planned + 1) };
  const [down, up] =
    key === 'baseLeadsPerMonth' ? [0.6, 1.5] : moneyKeys.has(key) ? [0.7, 1.4] : [0.5, 1.5];
  const low = round(planned * down);
  const high = round(planned * up);
  return key.endsWith('Percent') ? { low, high: Math.min(100, high) } : { low, high };
}

/** The form's values as the contract's fields; invalid entries stay invalid for zod to name. */
export function forecastFieldsOf(form: ForecastForm, currency: string): ForecastFields {
  const uncertainty = {} as Record<UncertainKey, unknown>;
  for (const key of uncertainKeys) {
    const r = form.uncertainty[key];
    const convert = (v: Num) => (moneyKeys.has(key) ? minorOf(v, currency) : num(v));
    uncertainty[key] = r.enabled
      ? { kind: r.kind, low: convert(r.low), high: convert(r.high) }
      : null;
  }
  return {
    startPeriod: form.startPeriod,
    months: form.months,
    baseLeadsPerMonth: num(form.baseLeadsPerMonth),
    rampShape: form.rampShape,
    rampMonths: num(form.rampMonths),
    monthlyGrowthPercent: num(form.monthlyGrowthPercent),
    seasonality: form.seasonality.map(num),
    qualificationPercent: num(form.qualificationPercent),
    closePercent: num(form.closePercent),
    dealValue: minorOf(form.dealValue, currency),
    recurringEnabled: form.recurringEnabled,
    mrrPerCustomer: minorOf(form.mrrPerCustomer, currency),
    monthlyChurnPercent: num(form.monthlyChurnPercent),
    startingCustomers: num(form.startingCustomers),
    uncertainty,
    trials: form.trials,
    seed: num(form.seed),
  } as ForecastFields;
}
