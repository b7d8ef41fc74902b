import fc from 'fast-check';
import { flatSeasonality } from '../../shared/domain/forecast.ts';
import type { ForecastInputs } from '../../shared/domain/forecast.ts';

export function inputs(overrides: Partial<ForecastInputs> = {}): ForecastInputs {
  return {
    startPeriod: '2026-01',
    months: 12,
    baseLeadsPerMonth: 500,
    rampShape: 'none',
    rampMonths: 0,
    monthlyGrowth: 0,
    seasonality: flatSeasonality,
    qualificationRate: 0.1,
    closeRate: 0.1,
    dealValue: 500_000,
    recurring: null,
    ...overrides,
  };
}

/** Any forecast inputs the model accepts, including rates and amounts it has to clamp. */
export const forecastInputsArb: fc.Arbitrary<ForecastInputs> = fc.record({
  startPeriod: fc
    .tuple(fc.integer({ min: 2020, max: 2035 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  months: fc.integer({ min: 12, max: 36 }),
  baseLeadsPerMonth: fc.double({ min: -100, max: 10_000, noNaN: true }),
  rampShape: fc.constantFrom('none' as const, 'linear' as const, 's_curve' as const),
  rampMonths: fc.integer({ min: 0, max: 24 }),
  monthlyGrowth: fc.double({ min: -1.5, max: 0.2, noNaN: true }),
  seasonality: fc.array(fc.double({ min: -0.5, max: 2, noNaN: true }), {
    minLength: 12,
    maxLength: 12,
  }),
  qualificationRate: fc.double({ min: -0.2, max: 1.5, noNaN: true }),
  closeRate: fc.double({ min: -0.2, max: 1.5, noNaN: true }),
  dealValue: fc.integer({ min: -1_000, max: 10_000_000 }),
  recurring: fc.option(
    fc.record({
      mrrPerCustomer: fc.integer({ min: -100, max: 1_000_000 }),
      monthlyChurn: fc.double({ min: -0.1, max: 1.2, noNaN: true }),
      startingCustomers: fc.integer({ min: 0, max: 1_000 }),
    }),
    { nil: null },
  ),
});
