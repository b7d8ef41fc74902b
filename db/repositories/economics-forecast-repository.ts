import { eq, isNull } from 'drizzle-orm';
import {
  scenarioNames,
  uncertainKeys,
  type ForecastFields,
  type ForecastRecord,
  type ScenarioSet,
  type UncertainRange,
} from '../../shared/contract/index.ts';
import { defaultScenarioMultipliers } from '../../shared/domain/forecast-scenarios.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { forecastScenarios, forecasts } from '../schema/index.ts';
import { requirePartner } from './actuals-repository.ts';

type ForecastRow = typeof forecasts.$inferSelect;

function toUncertainty(json: string): ForecastFields['uncertainty'] {
  const stored = JSON.parse(json) as Partial<Record<string, UncertainRange | null>>;
  return Object.fromEntries(
    uncertainKeys.map((k) => [k, stored[k] ?? null]),
  ) as ForecastFields['uncertainty'];
}

function toForecast(row: ForecastRow): ForecastRecord {
  return {
    partnerId: row.partnerId,
    startPeriod: row.startPeriod,
    months: row.months,
    baseLeadsPerMonth: row.baseLeadsPerMonth,
    rampShape: row.rampShape as ForecastRecord['rampShape'],
    rampMonths: row.rampMonths,
    monthlyGrowthPercent: row.monthlyGrowthPercent,
    seasonality: JSON.parse(row.seasonality) as number[],
    qualificationPercent: row.qualificationPercent,
    closePercent: row.closePercent,
    dealValue: row.dealValue,
    recurringEnabled: row.recurringEnabled,
    mrrPerCustomer: row.mrrPerCustomer,
    monthlyChurnPercent: row.monthlyChurnPercent,
    startingCustomers: row.startingCustomers,
    uncertainty: toUncertainty(row.uncertainty),
    trials: row.trials,
    seed: row.seed,
    updatedAt: row.updatedAt,
  };
}

const scopeWhere = (partnerId: number | null) =>
  partnerId === null ? isNull(forecasts.partnerId) : eq(forecasts.partnerId, partnerId);

export function createForecastRepository(db: WorkbookDb) {
  const find = (partnerId: number | null) =>
    db.select().from(forecasts).where(scopeWhere(partnerId)).get();

  return {
    /** The saved forecast of a partner (or of the program, partnerId null); null when never saved. */
    get(partnerId: number | null): ForecastRecord | null {
      if (partnerId !== null) requirePartner(db, partnerId);
      const row = find(partnerId);
      return row ? toForecast(row) : null;
    },
    save(partnerId: number | null, fields: ForecastFields): ForecastRecord {
      if (partnerId !== null) requirePartner(db, partnerId, 'partnerId');
      const now = nowIso();
      const values = {
        ...fields,
        seasonality: JSON.stringify(fields.seasonality),
        uncertainty: JSON.stringify(fields.uncertainty),
        updatedAt: now,
      };
      if (find(partnerId)) {
        db.update(forecasts).set(values).where(scopeWhere(partnerId)).run();
      } else {
        db.insert(forecasts)
          .values({ ...values, partnerId, createdAt: now })
          .run();
      }
      const saved = find(partnerId);
      if (!saved) throw new Error('The forecast was not saved.');
      return toForecast(saved);
    },
    /** The workbook's multipliers; scenarios never edited keep the defaults. */
    scenarios(): ScenarioSet {
      const rows = db.select().from(forecastScenarios).all();
      const set = {} as ScenarioSet;
      for (const name of scenarioNames) {
        const row = rows.find((r) => r.name === name);
        set[name] = row
          ? { leads: row.leads, conversion: row.conversion, value: row.value, churn: row.churn }
          : { ...defaultScenarioMultipliers[name] };
      }
      return set;
    },
    saveScenarios(set: ScenarioSet): ScenarioSet {
      const updatedAt = nowIso();
      for (const name of scenarioNames) {
        const values = { ...set[name], updatedAt };
        db.insert(forecastScenarios)
          .values({ name, ...values })
          .onConflictDoUpdate({ target: forecastScenarios.name, set: values })
          .run();
      }
      return this.scenarios();
    },
  };
}
export type ForecastRepository = ReturnType<typeof createForecastRepository>;
