import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  forecastFields,
  toForecastInputs,
  toUncertainInputs,
  type ForecastFields,
} from '../../shared/contract/index.ts';
import { computeForecast } from '../../shared/domain/forecast.ts';
import { applyScenario } from '../../shared/domain/forecast-scenarios.ts';
import { forecastInputsArb } from './forecast-inputs.ts';

const multiplier = fc.double({ min: 0, max: 3, noNaN: true });

describe('forecast properties', () => {
  it('never falls when a scenario raises leads, conversion or value (churn unchanged)', () => {
    fc.assert(
      fc.property(forecastInputsArb, multiplier, multiplier, (i, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const run = (m: number) =>
          computeForecast(applyScenario(i, { leads: m, conversion: m, value: m, churn: 1 }));
        const lower = run(low);
        const higher = run(high);
        // Each month is rounded to the cent on its own, so allow a cent a month.
        expect(higher.totals.revenue).toBeGreaterThanOrEqual(
          lower.totals.revenue - lower.months.length,
        );
      }),
    );
  });

  it('keeps cumulative revenue the running sum of the months, ending at the total', () => {
    fc.assert(
      fc.property(forecastInputsArb, (i) => {
        const f = computeForecast(i);
        let sum = 0;
        for (const m of f.months) {
          sum += m.revenue;
          expect(m.cumulativeRevenue).toBe(sum);
          expect(m.revenue).toBe(m.newRevenue + m.recurringRevenue);
        }
        expect(f.totals.revenue).toBe(sum);
      }),
    );
  });
});

const fields = (overrides: Partial<ForecastFields> = {}): ForecastFields => ({
  startPeriod: '2026-01',
  months: 12,
  baseLeadsPerMonth: 500,
  rampShape: 'none',
  rampMonths: 0,
  monthlyGrowthPercent: 2,
  seasonality: Array.from({ length: 12 }, () => 1),
  qualificationPercent: 10,
  closePercent: 10,
  dealValue: 500_000,
  recurringEnabled: false,
  mrrPerCustomer: 10_000,
  monthlyChurnPercent: 5,
  startingCustomers: 3,
  uncertainty: {
    baseLeadsPerMonth: { kind: 'pert', low: 300, high: 900 },
    monthlyGrowthPercent: { kind: 'triangular', low: 0, high: 4 },
    qualificationPercent: null,
    closePercent: null,
    dealValue: null,
    mrrPerCustomer: { kind: 'pert', low: 5_000, high: 20_000 },
    monthlyChurnPercent: null,
  },
  trials: 10_000,
  seed: 1,
  ...overrides,
});

describe('contract to domain', () => {
  it('turns percentages into fractions and drops recurring revenue when it is off', () => {
    expect(toForecastInputs(fields())).toMatchObject({
      monthlyGrowth: 0.02,
      qualificationRate: 0.1,
      closeRate: 0.1,
      recurring: null,
    });
    expect(toForecastInputs(fields({ recurringEnabled: true })).recurring).toEqual({
      mrrPerCustomer: 10_000,
      monthlyChurn: 0.05,
      startingCustomers: 3,
    });
  });

  it('centres every range on the planned value, in the domain’s units', () => {
    expect(toUncertainInputs(fields())).toEqual({
      baseLeadsPerMonth: { kind: 'pert', min: 300, mode: 500, max: 900 },
      monthlyGrowth: { kind: 'triangular', min: 0, mode: 0.02, max: 0.04 },
    });
    expect(toUncertainInputs(fields({ recurringEnabled: true })).mrrPerCustomer).toEqual({
      kind: 'pert',
      min: 5_000,
      mode: 10_000,
      max: 20_000,
    });
  });

  it('accepts exactly the ranges that hold the plan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        (low, high) => {
          const result = forecastFields.safeParse(
            fields({
              uncertainty: {
                ...fields().uncertainty,
                baseLeadsPerMonth: { kind: 'triangular', low, high },
              },
            }),
          );
          expect(result.success).toBe(low <= 500 && high >= 500);
        },
      ),
    );
  });
});
