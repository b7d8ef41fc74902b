import { AppError } from '../../../shared/contract/index.ts';
import type { scorecardMethods } from '../../../shared/contract/scorecards.ts';
import { addMonths, monthsBetween } from '../../../shared/domain/periods.ts';
import { scoreTrend, tierLabels } from '../../../shared/domain/scorecard.ts';
import type { HandlerMap } from '../handler-types.ts';
import {
  currentMonth,
  loadScorecardData,
  scorePartner,
  scoreSummary,
} from '../services/scorecards.ts';

const monthName = (period: string): string =>
  new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1)).toLocaleString(
    'en',
    { month: 'long', year: 'numeric', timeZone: 'UTC' },
  );

export const scorecardHandlers: HandlerMap<keyof typeof scorecardMethods> = {
  'scorecards.get': ({ partnerId, period: asked, months }, { state }) => {
    const { repos } = state.require();
    const latest = repos.scorecards.latestPeriodWithData(partnerId);
    const period = asked ?? latest ?? currentMonth();
    const from = addMonths(period, -(months - 1));
    const data = loadScorecardData(repos, { partnerId, includeArchived: true, from, to: period });
    const partner = data.partners[0];
    if (!partner) throw new AppError('not_found', 'That partner no longer exists.');
    const points = monthsBetween(from, period).map((p) => ({
      period: p,
      score: scorePartner(data, partner, p).summary.score,
    }));
    const { summary, criteria } = scorePartner(data, partner, period);
    const trend = scoreTrend(points);
    return {
      ...summary,
      criteria,
      thresholds: data.thresholds,
      trend: { points: trend.points, change: trend.change, direction: trend.direction },
      latestPeriodWithData: latest,
    };
  },
  'scorecards.all': ({ period, includeArchived }, { state }) => {
    const { repos } = state.require();
    const data = loadScorecardData(repos, {
      partnerId: null,
      includeArchived,
      from: period,
      to: period,
    });
    return {
      period,
      thresholds: data.thresholds,
      rows: data.partners.map((p) => scoreSummary(data, p, period)),
    };
  },
  'scorecards.setInput': ({ partnerId, period, criterionKey, value }, { state }) => {
    const { repos } = state.require();
    const criterion = repos.settings
      .get()
      .params.scorecardCriteria.find((c) => c.key === criterionKey);
    if (!criterion) {
      throw new AppError('invalid_input', 'No scorecard criterion has that key.', {
        criterionKey: 'No scorecard criterion has this key',
      });
    }
    if (criterion.source.kind === 'manual') {
      repos.scorecards.setInput(partnerId, period, criterionKey, value);
    } else if (criterion.source.kind === 'kpi') {
      repos.kpis.setValue(criterion.source.kpiId, partnerId, period, value);
    } else {
      throw new AppError(
        'invalid_input',
        `${criterion.label} is worked out from the partner's actuals; enter those on the Actuals tab.`,
        { value: 'Enter the actuals instead' },
      );
    }
    return null;
  },
  'scorecards.applySuggestedTier': ({ partnerId, period }, { state }) => {
    const { repos } = state.require();
    const data = loadScorecardData(repos, {
      partnerId,
      includeArchived: true,
      from: period,
      to: period,
    });
    const partner = data.partners[0];
    if (!partner) throw new AppError('not_found', 'That partner no longer exists.');
    const { suggestedTier } = scorePartner(data, partner, period).summary;
    if (suggestedTier === null) {
      throw new AppError(
        'conflict',
        `Nothing is recorded for ${monthName(period)} yet, so there is no tier to suggest.`,
      );
    }
    const tier = tierLabels[suggestedTier];
    repos.scorecards.setAssignedTier(partnerId, tier);
    return { tier };
  },
};
