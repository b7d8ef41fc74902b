import type {
  EconomicsActualMonth,
  ForecastComputation,
  ScenarioName,
  SimulationJob,
} from '../../../../shared/contract/index.ts';
import { compareMonths, monthsBetween } from '../../../../shared/domain/periods.ts';
import { monthLabel } from '../kpis/months.ts';

type Forecast = ForecastComputation['scenarios']['base'];
type Band = NonNullable<SimulationJob['result']>['months'][number];

export interface ChartRow {
  period: string;
  month: string;
  actual: number | null;
  plan: number | null;
  p10: number | null;
  p50: number | null;
  p90: number | null;
  /** [P10, P90]: recharts draws an area between the two. */
  band: [number, number] | null;
  conservative: number | null;
  base: number | null;
  optimistic: number | null;
}

/**
 * One row per month from the first recorded actual (or the forecast's start) to the forecast's
 * end: recorded attributed revenue, the scenario forecasts and, when simulated, the band.
 */
export function forecastChartRows(
  actuals: readonly EconomicsActualMonth[],
  scenarios: Record<ScenarioName, Forecast>,
  band: readonly Band[] | null,
): ChartRow[] {
  const months = scenarios.base.months;
  const start = months[0]?.period;
  const end = months.at(-1)?.period;
  if (!start || !end) return [];
  const recorded = actuals.filter((a) => a.attributedRevenue !== null);
  const first = recorded[0]?.period;
  const from = first && compareMonths(first, start) < 0 ? first : start;
  const actualOf = new Map(recorded.map((a) => [a.period, a.attributedRevenue]));
  const forecastOf = (name: ScenarioName) =>
    new Map(scenarios[name].months.map((m) => [m.period, m.revenue]));
  const lines = {
    conservative: forecastOf('conservative'),
    base: forecastOf('base'),
    optimistic: forecastOf('optimistic'),
  };
  const bandOf = new Map((band ?? []).map((b) => [b.period, b]));
  return monthsBetween(from, end).map((period) => {
    const b = bandOf.get(period);
    return {
      period,
      month: monthLabel(period, 'tiny'),
      actual: actualOf.get(period) ?? null,
      plan: lines.base.get(period) ?? null,
      p10: b?.p10 ?? null,
      p50: b?.p50 ?? null,
      p90: b?.p90 ?? null,
      band: b ? [b.p10, b.p90] : null,
      conservative: lines.conservative.get(period) ?? null,
      base: lines.base.get(period) ?? null,
      optimistic: lines.optimistic.get(period) ?? null,
    };
  });
}
