import { AppError } from '../../../shared/contract/index.ts';
import type { healthMethods } from '../../../shared/contract/health.ts';
import {
  bilateralHistory,
  compareBilateralChecks,
} from '../../../shared/domain/bilateral-health-check.ts';
import { diagnosePartnership, diagnoseProgram } from '../../../shared/domain/diagnostics.ts';
import { localIsoDate } from '../../../db/repositories/governance-scope.ts';
import type { HandlerMap } from '../handler-types.ts';
import {
  assessHealth,
  healthOf,
  loadKpiReadings,
  noScore,
} from '../services/partnership-health.ts';

export const healthHandlers: HandlerMap<keyof typeof healthMethods> = {
  'health.all': ({ period, today: asked }, { state }) => {
    const { repos } = state.require();
    const today = asked ?? localIsoDate();
    return healthOf(repos, repos.partnershipFacts.load({ today }), { period, today });
  },
  'health.partner': ({ partnerId, period, today: asked }, { state }) => {
    const { repos } = state.require();
    const today = asked ?? localIsoDate();
    const [record] = repos.partnershipFacts.load({ partnerId, today });
    if (!record) throw new AppError('not_found', 'That partner no longer exists.');
    const weights = repos.settings.get().params.healthWeights;
    const reading = loadKpiReadings(repos, { partnerId, period, today }).get(partnerId) ?? noScore;
    return {
      ...assessHealth(record, reading, weights, today),
      diagnostics: diagnosePartnership(record.facts, today),
      weights,
    };
  },
  'diagnostics.all': ({ today: asked }, { state }) => {
    const today = asked ?? localIsoDate();
    const records = state.require().repos.partnershipFacts.load({ today });
    return diagnoseProgram(
      records.map((r) => r.facts),
      today,
    );
  },
  'healthChecks.list': ({ partnerId }, { state }) => {
    const checks = state.require().repos.healthChecks.list(partnerId);
    const [latest, previous] = checks;
    return {
      checks,
      history: bilateralHistory(checks),
      latestChange: latest && previous ? compareBilateralChecks(previous, latest) : null,
    };
  },
  'healthChecks.create': ({ partnerId, ...fields }, { state }) =>
    state.require().repos.healthChecks.create(partnerId, fields),
  'healthChecks.update': ({ id, fields }, { state }) =>
    state.require().repos.healthChecks.update(id, fields),
  'healthChecks.delete': ({ id }, { state }) => {
    state.require().repos.healthChecks.delete(id);
    return null;
  },
};
