import { describe, expect, it } from 'vitest';
import {
  maxMonthlyCount,
  toForecastInputs,
  type ForecastFields,
} from '../../shared/contract/index.ts';
import { forecastFields, setActuals } from './economics-fixtures.ts';
import { computeForecast } from '../../shared/domain/forecast.ts';
import { backendWithWorkbook, ok } from '../fixtures/backend.ts';
import { canonicalDump } from '../fixtures/dump.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const noRanges = Object.fromEntries(
  Object.keys(forecastFields().uncertainty).map((k) => [k, null]),
) as ForecastFields['uncertainty'];

async function setup() {
  const { backend, path } = await backendWithWorkbook(tempDir());
  const globex = await ok(backend, 'partners.create', { name: 'Globex', type: 'integration' });
  const initech = await ok(backend, 'partners.create', { name: 'Initech', type: 'content' });
  return { backend, path, globex, initech };
}

describe('forecasts', () => {
  it('offers a first forecast from the month after the latest actuals, then keeps what is saved', async () => {
    const { backend, globex } = await setup();
    await setActuals(backend, globex.id, '2026-05', { leads: 40 });
    const initial = await ok(backend, 'forecast.get', { partnerId: globex.id });
    expect(initial).toMatchObject({
      partnerId: globex.id,
      startPeriod: '2026-06',
      updatedAt: null,
    });
    expect(initial.months).toBeGreaterThanOrEqual(12);

    const saved = await ok(backend, 'forecast.save', {
      partnerId: globex.id,
      fields: forecastFields(),
    });
    expect(saved).toMatchObject({ ...forecastFields(), partnerId: globex.id });
    expect(await ok(backend, 'forecast.get', { partnerId: globex.id })).toEqual(saved);

    const program = await ok(backend, 'forecast.save', {
      partnerId: null,
      fields: forecastFields({ baseLeadsPerMonth: 2_000, uncertainty: noRanges }),
    });
    expect(program.partnerId).toBeNull();
    const again = await ok(backend, 'forecast.save', {
      partnerId: null,
      fields: forecastFields({ baseLeadsPerMonth: 2_500, uncertainty: noRanges }),
    });
    expect(again.baseLeadsPerMonth).toBe(2_500);
    expect(await ok(backend, 'forecast.get', { partnerId: globex.id })).toEqual(saved);
  });

  it('keeps a first forecast within the form’s bounds when the actuals are beyond them', async () => {
    const { backend, globex } = await setup();
    await setActuals(backend, globex.id, '2026-05', { leads: 2_000_000_000 });
    const initial = await ok(backend, 'forecast.get', { partnerId: globex.id });
    expect(initial.baseLeadsPerMonth).toBe(maxMonthlyCount);
    expect(initial.uncertainty.baseLeadsPerMonth?.high).toBeGreaterThanOrEqual(maxMonthlyCount);
    const computed = await ok(backend, 'forecast.compute', { partnerId: globex.id });
    expect(computed.scenarios.base.months.length).toBe(initial.months);
  });

  it('computes three scenarios whose base equals the deterministic forecast, next to the actuals', async () => {
    const { backend, globex } = await setup();
    await ok(backend, 'forecast.save', { partnerId: globex.id, fields: forecastFields() });
    await setActuals(backend, globex.id, '2026-06', { attributedRevenue: 2_000_000 });
    const result = await ok(backend, 'forecast.compute', { partnerId: globex.id });
    const expected = computeForecast(toForecastInputs(forecastFields()));
    expect(result.scenarios.base).toEqual(expected);
    expect(result.scenarios.base.months).toHaveLength(24);
    const totals = (['conservative', 'base', 'optimistic'] as const).map(
      (s) => result.scenarios[s].totals.revenue,
    );
    expect(totals[0]).toBeLessThan(totals[1] ?? 0);
    expect(totals[1]).toBeLessThan(totals[2] ?? 0);
    expect(result.actuals).toEqual([
      expect.objectContaining({ period: '2026-06', attributedRevenue: 2_000_000, leads: null }),
    ]);
  });

  it('uses the workbook’s edited scenario multipliers', async () => {
    const { backend, globex } = await setup();
    const defaults = await ok(backend, 'forecast.scenarios', {});
    expect(defaults.base).toEqual({ leads: 1, conversion: 1, value: 1, churn: 1 });
    expect(defaults.conservative.leads).toBe(0.7);
    const edited = await ok(backend, 'forecast.saveScenarios', {
      ...defaults,
      optimistic: { leads: 2, conversion: 1, value: 1, churn: 1 },
    });
    expect(edited.optimistic.leads).toBe(2);
    await ok(backend, 'forecast.save', {
      partnerId: globex.id,
      fields: forecastFields({ recurringEnabled: false }),
    });
    const result = await ok(backend, 'forecast.compute', { partnerId: globex.id });
    expect(result.multipliers).toEqual(edited);
    // Twice the leads, twice the revenue, up to a cent of rounding per month.
    const doubled = 2 * result.scenarios.base.totals.revenue;
    expect(Math.abs(result.scenarios.optimistic.totals.revenue - doubled)).toBeLessThanOrEqual(24);
  });

  it('prefills from the latest three months of actuals, pooled', async () => {
    const { backend, globex, initech } = await setup();
    await setActuals(backend, globex.id, '2026-01', {
      leads: 1000,
      qualifiedLeads: 1000,
      deals: 1,
    });
    await setActuals(backend, globex.id, '2026-02', { leads: 100, qualifiedLeads: 10, deals: 1 });
    await setActuals(backend, globex.id, '2026-03', { leads: 300, qualifiedLeads: 30, deals: 3 });
    await setActuals(backend, globex.id, '2026-04', {
      leads: 200,
      qualifiedLeads: 20,
      deals: 2,
      attributedRevenue: 1_000_000,
    });
    const prefill = await ok(backend, 'forecast.prefill', { partnerId: globex.id });
    expect(prefill).toEqual({
      baseLeadsPerMonth: 200,
      qualificationPercent: 10,
      closePercent: 10,
      dealValue: 500_000,
      startPeriod: '2026-05',
      periodsUsed: ['2026-02', '2026-03', '2026-04'],
    });
    await setActuals(backend, initech.id, '2026-04', { leads: 100, qualifiedLeads: 40 });
    const program = await ok(backend, 'forecast.prefill', { partnerId: null });
    expect(program.qualificationPercent).toBe(Math.round((100 / 700) * 10_000) / 100);
  });

  it('refuses a forecast out of range or a range that misses the plan, and changes nothing', async () => {
    const { backend, path, globex } = await setup();
    await ok(backend, 'forecast.save', { partnerId: globex.id, fields: forecastFields() });
    const before = canonicalDump(path);
    const cases: [Partial<ForecastFields>, Record<string, string>][] = [
      [{ months: 40 }, { 'fields.months': 'Forecast at most 36 months' }],
      [{ closePercent: 120 }, { 'fields.closePercent': 'A percentage is at most 100' }],
      [
        {
          uncertainty: {
            ...forecastFields().uncertainty,
            baseLeadsPerMonth: { kind: 'pert', low: 600, high: 900 },
          },
        },
        {
          'fields.uncertainty.baseLeadsPerMonth.low': 'The low estimate is above the planned value',
        },
      ],
      [{ seasonality: [1, 1, 1] }, { 'fields.seasonality': 'Give one factor per month' }],
      [{ trials: 500_000 }, { 'fields.trials': 'At most 100,000 trials' }],
    ];
    for (const [overrides, fields] of cases) {
      const result = await backend.call('forecast.save', {
        partnerId: globex.id,
        fields: forecastFields(overrides),
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields } });
    }
    const ghost = await backend.call('forecast.save', { partnerId: 777, fields: forecastFields() });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const badScenario = await backend.call('forecast.saveScenarios', {
      conservative: { leads: -1, conversion: 1, value: 1, churn: 1 },
      base: { leads: 1, conversion: 1, value: 1, churn: 1 },
      optimistic: { leads: 1, conversion: 1, value: 1, churn: 1 },
    });
    expect(badScenario).toMatchObject({
      ok: false,
      error: { fields: { 'conservative.leads': 'Cannot be negative' } },
    });
    expect(canonicalDump(path)).toBe(before);
  });

  it('sums every partner’s actuals for the program and keeps unrecorded figures empty', async () => {
    const { backend, globex, initech } = await setup();
    await setActuals(backend, globex.id, '2026-02', { leads: 10, spend: 5_000 });
    await setActuals(backend, initech.id, '2026-02', { leads: 5 });
    await setActuals(backend, initech.id, '2026-03', { deals: 1 });
    const program = await ok(backend, 'economics.actuals', {
      partnerId: null,
      from: '2026-01',
      to: '2026-12',
    });
    expect(program).toEqual([
      {
        period: '2026-02',
        leads: 15,
        qualifiedLeads: null,
        deals: null,
        attributedRevenue: null,
        influencedRevenue: null,
        spend: 5_000,
      },
      expect.objectContaining({ period: '2026-03', deals: 1, leads: null }),
    ]);
    const one = await ok(backend, 'economics.actuals', {
      partnerId: initech.id,
      from: '2026-01',
      to: '2026-02',
    });
    expect(one).toEqual([expect.objectContaining({ leads: 5, spend: null })]);
  });
});
