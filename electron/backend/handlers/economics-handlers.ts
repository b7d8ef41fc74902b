import {
  AppError,
  toForecastInputs,
  toUncertainInputs,
  type ForecastRecord,
} from '../../../shared/contract/index.ts';
import type { economicsMethods } from '../../../shared/contract/economics.ts';
import { forecastScenarios } from '../../../shared/domain/forecast-scenarios.ts';
import { forecastInputProblems } from '../../../shared/domain/forecast.ts';
import { addMonths } from '../../../shared/domain/periods.ts';
import { checkRangeEstimate } from '../../../shared/domain/random.ts';
import type { HandlerMap } from '../handler-types.ts';
import type { Repositories } from '../repositories.ts';
import { forecastJobsFor } from '../services/forecast-jobs.ts';
import { defaultForecast, prefillForecast } from './economics-calculations.ts';
import { calculateRevenueShare, defaultTerms } from './economics-revenue-share.ts';
import { computeUnitEconomics, defaultUnitEconomics } from './economics-unit.ts';

const forecastOf = (repos: Repositories, partnerId: number | null): ForecastRecord =>
  repos.economics.forecasts.get(partnerId) ?? defaultForecast(repos, partnerId);

export const economicsHandlers: HandlerMap<keyof typeof economicsMethods> = {
  'revenueShare.get': ({ partnerId }, { state }) => {
    const { repos } = state.require();
    return repos.economics.terms(partnerId) ?? defaultTerms(repos, partnerId);
  },
  'revenueShare.save': ({ partnerId, terms }, { state }) =>
    state.require().repos.economics.saveTerms(partnerId, terms),
  'revenueShare.calculate': (input, { state }) =>
    calculateRevenueShare(state.require().repos, input),

  'forecast.get': ({ partnerId }, { state }) => {
    const { repos } = state.require();
    const forecast = forecastOf(repos, partnerId);
    // Someone looking at a forecast may run a simulation next: have the worker ready.
    forecastJobsFor(state).warmUp();
    return forecast;
  },
  'forecast.save': ({ partnerId, fields }, { state }) =>
    state.require().repos.economics.forecasts.save(partnerId, fields),
  'forecast.compute': ({ partnerId }, { state }) => {
    const { repos } = state.require();
    const forecast = forecastOf(repos, partnerId);
    const multipliers = repos.economics.forecasts.scenarios();
    const inputs = toForecastInputs(forecast);
    const last = addMonths(forecast.startPeriod, forecast.months - 1);
    return {
      forecast,
      scenarios: forecastScenarios(inputs, multipliers),
      multipliers,
      actuals: repos.economics.monthlyActuals(
        partnerId,
        addMonths(forecast.startPeriod, -12),
        last,
      ),
    };
  },
  'forecast.prefill': ({ partnerId }, { state }) =>
    prefillForecast(state.require().repos, partnerId),
  'forecast.scenarios': (_input, { state }) =>
    state.require().repos.economics.forecasts.scenarios(),
  'forecast.saveScenarios': (set, { state }) =>
    state.require().repos.economics.forecasts.saveScenarios(set),

  'forecast.simulate': ({ partnerId }, { state }) => {
    const open = state.require();
    const forecast = forecastOf(open.repos, partnerId);
    const inputs = toForecastInputs(forecast);
    const uncertain = toUncertainInputs(forecast);
    const problems = forecastInputProblems(inputs);
    for (const [name, d] of Object.entries(uncertain)) {
      try {
        if (d.kind !== 'fixed') checkRangeEstimate(name, d);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    if (problems.length > 0) throw new AppError('invalid_input', problems.join(' '));
    return forecastJobsFor(state).start({
      partnerId,
      inputs,
      uncertain,
      trials: forecast.trials,
      seed: forecast.seed,
      inputsUpdatedAt: forecast.updatedAt,
      workbookPath: open.connection.path,
    });
  },
  'forecast.job': ({ jobId }, { state }) =>
    forecastJobsFor(state).status(jobId, state.require().connection.path),
  'forecast.cancel': ({ jobId }, { state }) =>
    forecastJobsFor(state).cancel(jobId, state.require().connection.path),

  'economics.actuals': ({ partnerId, from, to }, { state }) =>
    state.require().repos.economics.monthlyActuals(partnerId, from, to),

  'unitEconomics.get': ({ partnerId }, { state }) => {
    const { repos } = state.require();
    return repos.economics.unitEconomics(partnerId) ?? defaultUnitEconomics(repos, partnerId);
  },
  'unitEconomics.save': ({ partnerId, fields }, { state }) =>
    state.require().repos.economics.saveUnitEconomics(partnerId, fields),
  'unitEconomics.compute': (input, { state }) => computeUnitEconomics(state.require().repos, input),
};
