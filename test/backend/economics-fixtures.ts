import type { Backend } from '../../electron/backend/backend.ts';
import type { ActualMeasure, ForecastFields } from '../../shared/contract/index.ts';
import { ok } from '../fixtures/backend.ts';

export function forecastFields(overrides: Partial<ForecastFields> = {}): ForecastFields {
  return {
    startPeriod: '2026-07',
    months: 24,
    baseLeadsPerMonth: 500,
    rampShape: 'linear',
    rampMonths: 3,
    monthlyGrowthPercent: 1,
    seasonality: [1, 1, 1, 1, 1, 1, 0.6, 0.6, 1.2, 1.2, 1, 0.8],
    qualificationPercent: 10,
    closePercent: 10,
    dealValue: 500_000,
    recurringEnabled: true,
    mrrPerCustomer: 10_000,
    monthlyChurnPercent: 2,
    startingCustomers: 0,
    uncertainty: {
      baseLeadsPerMonth: { kind: 'pert', low: 300, high: 800 },
      monthlyGrowthPercent: null,
      qualificationPercent: { kind: 'triangular', low: 5, high: 15 },
      closePercent: null,
      dealValue: null,
      mrrPerCustomer: null,
      monthlyChurnPercent: null,
    },
    trials: 10_000,
    seed: 7,
    ...overrides,
  };
}

/** Records a partner's figures for one month, one cell at a time as the grid does. */
export async function setActuals(
  backend: Backend,
  partnerId: number,
  period: string,
  values: Partial<Record<ActualMeasure, number>>,
) {
  for (const [measure, value] of Object.entries(values)) {
    await ok(backend, 'actuals.set', {
      partnerId,
      period,
      measure: measure as ActualMeasure,
      value,
    });
  }
}
