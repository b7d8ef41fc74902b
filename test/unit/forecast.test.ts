import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeForecast,
  forecastInputProblems,
  modelScalars,
  monthFactors,
  rampFactor,
  simulateRevenueInto,
} from '../../shared/domain/forecast.ts';
import { forecastInputsArb, inputs } from './forecast-inputs.ts';

describe('computeForecast', () => {
  it('runs the webinar funnel of the sources: 500 leads → 50 qualified → 5 deals → $25K', () => {
    const forecast = computeForecast(inputs({ dealValue: 500_000 }));
    const first = forecast.months[0];
    expect(first?.period).toBe('2026-01');
    expect(first?.leads).toBe(500);
    expect(first?.qualified).toBeCloseTo(50, 10);
    expect(first?.deals).toBeCloseTo(5, 10);
    expect(first?.revenue).toBe(2_500_000);
    expect(forecast.months).toHaveLength(12);
    expect(forecast.totals.revenue).toBe(12 * 2_500_000);
    expect(forecast.months[11]?.cumulativeRevenue).toBe(forecast.totals.revenue);
  });

  it('ramps up linearly over M months', () => {
    const forecast = computeForecast(inputs({ rampShape: 'linear', rampMonths: 4 }));
    expect(forecast.months.slice(0, 6).map((m) => m.leads)).toEqual([125, 250, 375, 500, 500, 500]);
  });

  it('ramps up along an S-curve that starts and ends slowly', () => {
    const factors = [0, 1, 2, 3, 4, 5].map((t) => rampFactor('s_curve', 6, t));
    expect(factors[5]).toBe(1);
    expect(factors[2]).toBe(0.5);
    expect(factors[0]).toBeLessThan(1 / 6);
    expect((factors[3] ?? 0) - (factors[2] ?? 0)).toBeGreaterThan(
      (factors[1] ?? 0) - (factors[0] ?? 0),
    );
    expect(rampFactor('linear', 0, 0)).toBe(1);
    expect(rampFactor('none', 6, 0)).toBe(1);
  });

  it('compounds monthly growth from the second month', () => {
    const forecast = computeForecast(inputs({ baseLeadsPerMonth: 100, monthlyGrowth: 0.1 }));
    expect(forecast.months[0]?.leads).toBe(100);
    expect(forecast.months[1]?.leads).toBeCloseTo(110, 10);
    expect(forecast.months[2]?.leads).toBeCloseTo(121, 10);
  });

  it('applies seasonality by calendar month, across a year boundary', () => {
    const seasonality = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5];
    const forecast = computeForecast(
      inputs({ startPeriod: '2026-11', baseLeadsPerMonth: 100, seasonality }),
    );
    expect(forecast.months.slice(0, 3).map((m) => [m.period, m.leads])).toEqual([
      ['2026-11', 100],
      ['2026-12', 50],
      ['2027-01', 200],
    ]);
  });

  it('accumulates recurring customers and churns them from the following month', () => {
    const forecast = computeForecast(
      inputs({
        baseLeadsPerMonth: 100,
        qualificationRate: 1,
        closeRate: 0.1,
        dealValue: 0,
        recurring: { mrrPerCustomer: 10_000, monthlyChurn: 0.1, startingCustomers: 20 },
      }),
    );
    const [m1, m2] = forecast.months;
    expect(m1?.customers).toBeCloseTo(20 * 0.9 + 10, 10);
    expect(m1?.recurringRevenue).toBe(280_000);
    expect(m2?.customers).toBeCloseTo(28 * 0.9 + 10, 10);
    expect(m2?.revenue).toBe(352_000);
    expect(m2?.newRevenue).toBe(0);
  });

  it('clamps rates above 100 % and negative amounts instead of producing nonsense', () => {
    const forecast = computeForecast(
      inputs({ baseLeadsPerMonth: -5, qualificationRate: 3, monthlyGrowth: -2, dealValue: -10 }),
    );
    expect(forecast.totals.revenue).toBe(0);
    expect(modelScalars(inputs({ qualificationRate: 3, monthlyGrowth: -2 }))).toMatchObject({
      qualificationRate: 1,
      growth: -1,
    });
  });

  it('refuses structurally impossible inputs with a sentence', () => {
    expect(forecastInputProblems(inputs())).toEqual([]);
    expect(forecastInputProblems(inputs({ months: 11 }))).toEqual([
      'Forecast between 12 and 36 months.',
    ]);
    expect(
      forecastInputProblems(inputs({ months: 37, startPeriod: '2026-13', seasonality: [1] })),
    ).toHaveLength(3);
    expect(forecastInputProblems(inputs({ dealValue: Number.NaN }))).toEqual([
      'Every input must be a number.',
    ]);
    expect(() => computeForecast(inputs({ months: 40 }))).toThrow(RangeError);
  });

  it('is never negative and keeps 36 months of figures finite', () => {
    fc.assert(
      fc.property(forecastInputsArb, (i) => {
        const forecast = computeForecast(i);
        expect(forecast.months).toHaveLength(i.months);
        for (const m of forecast.months) {
          for (const value of [
            m.leads,
            m.qualified,
            m.deals,
            m.customers,
            m.newRevenue,
            m.recurringRevenue,
            m.revenue,
          ]) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(Number.isFinite(value)).toBe(true);
          }
          expect(m.qualified).toBeLessThanOrEqual(m.leads + 1e-9);
          expect(m.deals).toBeLessThanOrEqual(m.qualified + 1e-9);
        }
      }),
    );
  });

  it('agrees to the cent with the allocation-free kernel the Monte Carlo uses', () => {
    fc.assert(
      fc.property(forecastInputsArb, (i) => {
        const out = new Float64Array(i.months);
        simulateRevenueInto(modelScalars(i), monthFactors(i), out, 0, 1);
        expect(Array.from(out)).toEqual(computeForecast(i).months.map((m) => m.revenue));
      }),
    );
  });
});
