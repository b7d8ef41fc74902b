import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeForecast } from '../../shared/domain/forecast.ts';
import {
  applyScenario,
  defaultScenarioMultipliers,
  forecastScenarios,
  neutralMultipliers,
  prefillFromActuals,
} from '../../shared/domain/forecast-scenarios.ts';
import { forecastInputsArb, inputs } from './forecast-inputs.ts';

describe('scenarios', () => {
  it('defaults to 0.7 / 1 / 1.3 on leads and conversion', () => {
    expect(defaultScenarioMultipliers.conservative).toMatchObject({ leads: 0.7, conversion: 0.7 });
    expect(defaultScenarioMultipliers.base).toEqual(neutralMultipliers);
    expect(defaultScenarioMultipliers.optimistic).toMatchObject({ leads: 1.3, conversion: 1.3 });
  });

  it('orders conservative ≤ base ≤ optimistic', () => {
    const { conservative, base, optimistic } = forecastScenarios(inputs());
    expect(conservative.totals.revenue).toBeLessThan(base.totals.revenue);
    expect(base.totals.revenue).toBeLessThan(optimistic.totals.revenue);
    expect(conservative.months[0]?.leads).toBeCloseTo(350, 10);
    expect(conservative.months[0]?.deals).toBeCloseTo(350 * 0.07 * 0.07, 10);
  });

  it('scales value and churn when edited', () => {
    const scenario = applyScenario(
      inputs({ recurring: { mrrPerCustomer: 1_000, monthlyChurn: 0.05 } }),
      { leads: 1, conversion: 1, value: 2, churn: 0.5 },
    );
    expect(scenario.dealValue).toBe(1_000_000);
    expect(scenario.recurring).toEqual({ mrrPerCustomer: 2_000, monthlyChurn: 0.025 });
  });

  it('base with every multiplier 1 equals the deterministic forecast', () => {
    fc.assert(
      fc.property(forecastInputsArb, (i) => {
        expect(forecastScenarios(i).base).toEqual(computeForecast(i));
      }),
    );
  });

  it('keeps every scenario non-negative', () => {
    fc.assert(
      fc.property(forecastInputsArb, (i) => {
        const all = forecastScenarios(i);
        for (const forecast of [all.conservative, all.base, all.optimistic]) {
          expect(
            forecast.months.every((m) => m.revenue >= 0 && m.leads >= 0 && m.customers >= 0),
          ).toBe(true);
        }
      }),
    );
  });
});

describe('prefillFromActuals', () => {
  it('averages the latest months and pools the rates', () => {
    const prefill = prefillFromActuals([
      { period: '2026-01', leads: 1_000, qualifiedLeads: 500, deals: 100, revenue: 100 },
      { period: '2026-04', leads: 300, qualifiedLeads: 30, deals: 3, revenue: 1_500_000 },
      { period: '2026-02', leads: 100, qualifiedLeads: 10, deals: 1, revenue: 500_000 },
      { period: '2026-03', leads: 200, qualifiedLeads: 20, deals: 2, revenue: 1_000_000 },
    ]);
    expect(prefill).toEqual({
      baseLeadsPerMonth: 200,
      qualificationRate: 0.1,
      closeRate: 0.1,
      dealValue: 500_000,
      startPeriod: '2026-05',
      periodsUsed: ['2026-02', '2026-03', '2026-04'],
    });
  });

  it('uses only months where both figures of a rate are recorded', () => {
    const prefill = prefillFromActuals(
      [
        { period: '2026-01', leads: 100, qualifiedLeads: null, deals: 2 },
        { period: '2026-02', leads: 50, qualifiedLeads: 25 },
      ],
      6,
    );
    expect(prefill.baseLeadsPerMonth).toBe(75);
    expect(prefill.qualificationRate).toBe(0.5);
    expect(prefill.closeRate).toBeNull();
    expect(prefill.dealValue).toBeNull();
  });

  it('gives nothing without actuals, and feeds a forecast when it has them', () => {
    expect(prefillFromActuals([])).toEqual({
      baseLeadsPerMonth: null,
      qualificationRate: null,
      closeRate: null,
      dealValue: null,
      startPeriod: null,
      periodsUsed: [],
    });
    const prefill = prefillFromActuals([
      { period: '2026-12', leads: 40, qualifiedLeads: 10, deals: 5, revenue: 50_000 },
    ]);
    expect(prefill.startPeriod).toBe('2027-01');
    expect(prefill.closeRate).toBe(0.5);
    const forecast = computeForecast(
      inputs({
        startPeriod: prefill.startPeriod ?? '2027-01',
        baseLeadsPerMonth: prefill.baseLeadsPerMonth ?? 0,
        qualificationRate: prefill.qualificationRate ?? 0,
        closeRate: prefill.closeRate ?? 0,
        dealValue: prefill.dealValue ?? 0,
      }),
    );
    expect(forecast.months[0]?.revenue).toBe(50_000);
  });
});
