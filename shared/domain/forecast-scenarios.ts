import { computeForecast } from './forecast.ts';
import type { Forecast, ForecastInputs } from './forecast.ts';
import { addPeriods } from './date-math.ts';

export const scenarioNames = ['conservative', 'base', 'optimistic'] as const;
export type ScenarioName = (typeof scenarioNames)[number];

/** Multipliers on the forecast inputs; 1 leaves an input as entered. */
export interface ScenarioMultipliers {
  /** Base leads per month. */
  leads: number;
  /** Both conversion rates (the model caps each at 100 %). */
  conversion: number;
  /** Deal value and recurring revenue per customer. */
  value: number;
  /** Monthly churn. */
  churn: number;
}

export const neutralMultipliers: Readonly<ScenarioMultipliers> = {
  leads: 1,
  conversion: 1,
  value: 1,
  churn: 1,
};

/** Editable per workbook; base is neutral so it equals the deterministic forecast. */
export const defaultScenarioMultipliers: Readonly<Record<ScenarioName, ScenarioMultipliers>> = {
  conservative: { leads: 0.7, conversion: 0.7, value: 1, churn: 1 },
  base: { ...neutralMultipliers },
  optimistic: { leads: 1.3, conversion: 1.3, value: 1, churn: 1 },
};

export function applyScenario(
  inputs: ForecastInputs,
  multipliers: ScenarioMultipliers,
): ForecastInputs {
  return {
    ...inputs,
    baseLeadsPerMonth: inputs.baseLeadsPerMonth * multipliers.leads,
    qualificationRate: inputs.qualificationRate * multipliers.conversion,
    closeRate: inputs.closeRate * multipliers.conversion,
    dealValue: inputs.dealValue * multipliers.value,
    recurring: inputs.recurring && {
      ...inputs.recurring,
      mrrPerCustomer: inputs.recurring.mrrPerCustomer * multipliers.value,
      monthlyChurn: inputs.recurring.monthlyChurn * multipliers.churn,
    },
  };
}

export function forecastScenarios(
  inputs: ForecastInputs,
  multipliers: Readonly<Record<ScenarioName, ScenarioMultipliers>> = defaultScenarioMultipliers,
): Record<ScenarioName, Forecast> {
  return {
    conservative: computeForecast(applyScenario(inputs, multipliers.conservative)),
    base: computeForecast(applyScenario(inputs, multipliers.base)),
    optimistic: computeForecast(applyScenario(inputs, multipliers.optimistic)),
  };
}

export interface MonthlyActual {
  period: string;
  leads?: number | null;
  qualifiedLeads?: number | null;
  deals?: number | null;
  /** Attributed revenue, cents. */
  revenue?: number | null;
}

export interface ForecastPrefill {
  baseLeadsPerMonth: number | null;
  qualificationRate: number | null;
  closeRate: number | null;
  /** Cents per deal. */
  dealValue: number | null;
  /** The month after the latest actual. */
  startPeriod: string | null;
  /** The months the averages were taken over. */
  periodsUsed: string[];
}

/**
 * Trailing averages over the latest `window` months that have actuals. Rates are pooled
 * (Σ qualified ÷ Σ leads) over the months where both figures are recorded, so a month with
 * few leads does not weigh as much as a busy one. A figure stays null when nothing supports it.
 */
export function prefillFromActuals(actuals: readonly MonthlyActual[], window = 3): ForecastPrefill {
  const recent = [...actuals]
    .sort((a, b) => a.period.localeCompare(b.period))
    .slice(-Math.max(1, Math.floor(window)));
  const known = (v: number | null | undefined): v is number =>
    typeof v === 'number' && Number.isFinite(v);
  const leadCounts = recent.map((a) => a.leads).filter(known);
  const ratio = (
    pick: (a: MonthlyActual) => [number | null | undefined, number | null | undefined],
  ) => {
    let top = 0;
    let bottom = 0;
    for (const a of recent) {
      const [numerator, denominator] = pick(a);
      if (!known(numerator) || !known(denominator)) continue;
      top += numerator;
      bottom += denominator;
    }
    return bottom > 0 ? top / bottom : null;
  };
  const rate = (r: number | null) => (r === null ? null : Math.min(1, Math.max(0, r)));
  const dealValue = ratio((a) => [a.revenue, a.deals]);
  const latest = recent.at(-1);
  return {
    baseLeadsPerMonth:
      leadCounts.length > 0
        ? Math.max(0, leadCounts.reduce((s, v) => s + v, 0) / leadCounts.length)
        : null,
    qualificationRate: rate(ratio((a) => [a.qualifiedLeads, a.leads])),
    closeRate: rate(ratio((a) => [a.deals, a.qualifiedLeads])),
    dealValue: dealValue === null ? null : Math.max(0, Math.round(dealValue)),
    startPeriod: latest ? addPeriods(latest.period, 1) : null,
    periodsUsed: recent.map((a) => a.period),
  };
}
