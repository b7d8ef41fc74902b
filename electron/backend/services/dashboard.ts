import {
  actualMeasureLabels,
  dashboardListLimits,
  lifecycleStages,
  moneyMeasures,
  trackedMeasures,
  upcomingWindowDays,
  type Dashboard,
  type DiagnosticRecord,
  type MeasureSeries,
  type PartnershipHealth,
  type ScorecardCriterionConfig,
} from '../../../shared/contract/index.ts';
import { addDays } from '../../../shared/domain/date-math.ts';
import { activeStages } from '../../../shared/domain/diagnostics-facts.ts';
import { diagnoseProgram, diagnosticChecks } from '../../../shared/domain/diagnostics.ts';
import { toMinor } from '../../../shared/domain/money.ts';
import { addMonths, monthsBetween } from '../../../shared/domain/periods.ts';
import type { Repositories } from '../repositories.ts';
import type { MonthlyTotals } from './dashboard-queries.ts';
import { assessHealth, loadKpiReadings } from './partnership-health.ts';

const severityRank = { critical: 0, warning: 1, info: 2 } as const;

function healthSummary(rows: readonly PartnershipHealth[]): Dashboard['health'] {
  const counts = { healthy: 0, watch: 0, at_risk: 0, noData: 0 };
  let sum = 0;
  let scored = 0;
  for (const row of rows) {
    if (row.band === null || row.index === null) counts.noData += 1;
    else {
      counts[row.band] += 1;
      sum += row.index;
      scored += 1;
    }
  }
  const lowest = rows
    .filter((r) => r.index !== null)
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0) || a.partnerName.localeCompare(b.partnerName))
    .slice(0, dashboardListLimits.lowestHealth);
  return {
    counts,
    average: scored === 0 ? null : Math.round(sum / scored),
    lowest,
  };
}

function diagnosticsSummary(found: readonly DiagnosticRecord[]): Dashboard['diagnostics'] {
  const bySeverity = { critical: 0, warning: 0, info: 0 };
  const byCheck = new Map<
    DiagnosticRecord['checkId'],
    Dashboard['diagnostics']['byCheck'][number]
  >();
  for (const d of found) {
    bySeverity[d.severity] += 1;
    const row = byCheck.get(d.checkId);
    if (!row) {
      const definition = diagnosticChecks[d.checkId];
      byCheck.set(d.checkId, {
        checkId: d.checkId,
        title: definition.title,
        rule: definition.rule,
        fix: definition.fix,
        severity: d.severity,
        count: 1,
      });
    } else {
      row.count += 1;
      if (severityRank[d.severity] < severityRank[row.severity]) row.severity = d.severity;
    }
  }
  return {
    total: found.length,
    bySeverity,
    byCheck: [...byCheck.values()].sort(
      (a, b) =>
        severityRank[a.severity] - severityRank[b.severity] ||
        b.count - a.count ||
        a.title.localeCompare(b.title),
    ),
    items: found.slice(0, dashboardListLimits.diagnostics),
  };
}

/**
 * Actuals against targets, month by month. A month's target is the per-partnership monthly target
 * of the scorecard criterion that reads the measure, times the partnerships live today (stage
 * history is not recorded, so every month uses today's count); no such criterion, no target line.
 */
function actualsSeries(
  totals: readonly MonthlyTotals[],
  months: readonly string[],
  criteria: readonly ScorecardCriterionConfig[],
  live: number,
  currency: string,
): MeasureSeries[] {
  const byPeriod = new Map(totals.map((t) => [t.period, t]));
  return trackedMeasures.map((measure): MeasureSeries => {
    const money = moneyMeasures.has(measure);
    const criterion = criteria.find(
      (c) => c.source.kind === 'measure' && c.source.measure === measure,
    );
    const perPartnership =
      criterion === undefined
        ? null
        : money
          ? toMinor(criterion.target, currency)
          : criterion.target;
    const target = perPartnership === null || live === 0 ? null : perPartnership * live;
    return {
      measure,
      label: actualMeasureLabels[measure],
      money,
      targetCriterion: criterion?.label ?? null,
      targetPerPartnership: perPartnership,
      points: months.map((period) => {
        const row = byPeriod.get(period);
        const reporting = row?.[`${measure}Reporting`] ?? 0;
        return {
          period,
          actual: reporting > 0 ? (row?.[measure] ?? null) : null,
          target,
          reporting,
        };
      }),
    };
  });
}

export function buildDashboard(
  repos: Repositories,
  options: { today: string; period?: string | undefined },
): Dashboard {
  const { today } = options;
  const settings = repos.settings.get();
  const records = repos.partnershipFacts.load({ today });
  const liveRecords = records.filter((r) => activeStages.has(r.facts.stage));
  const readings = loadKpiReadings(repos, {
    period: options.period,
    today,
    only: new Set(liveRecords.map((r) => r.facts.partnerId)),
  });

  const stageCounts = new Map<string, number>();
  const tierCounts = new Map<string, number>();
  for (const r of records) {
    stageCounts.set(r.facts.stage, (stageCounts.get(r.facts.stage) ?? 0) + 1);
    const tier = r.tier.trim();
    tierCounts.set(tier, (tierCounts.get(tier) ?? 0) + 1);
  }

  const liveHealth = liveRecords.map(
    (r) =>
      assessHealth(
        r,
        readings.get(r.facts.partnerId) ?? { period: null, score: null },
        settings.params.healthWeights,
        today,
      ).health,
  );
  const found = diagnoseProgram(
    records.map((r) => r.facts),
    today,
  );

  const upcomingTo = addDays(today, upcomingWindowDays);
  const risks = repos.dashboardReads.topRisks(dashboardListLimits.topRisks, today);
  const lastMonth = options.period ?? today.slice(0, 7);
  const firstMonth = addMonths(lastMonth, -11);

  return {
    today,
    currency: settings.currency,
    partners: {
      total: records.length,
      live: liveRecords.length,
      byStage: lifecycleStages.map((stage) => ({ stage, count: stageCounts.get(stage) ?? 0 })),
      byTier: [...tierCounts.entries()]
        .map(([tier, count]) => ({ tier, count }))
        .sort((a, b) => b.count - a.count || a.tier.localeCompare(b.tier)),
    },
    health: healthSummary(liveHealth),
    diagnostics: diagnosticsSummary(found),
    topRisks: risks.top,
    openRiskCount: risks.open,
    upcoming: {
      from: today,
      to: upcomingTo,
      ...repos.dashboardReads.upcoming(today, upcomingTo, dashboardListLimits.upcoming),
    },
    overdue: repos.dashboardReads.overdue(today, dashboardListLimits.overdue),
    actuals: {
      from: firstMonth,
      to: lastMonth,
      livePartnerships: liveRecords.length,
      series: actualsSeries(
        repos.dashboardReads.monthlyTotals(firstMonth, lastMonth),
        monthsBetween(firstMonth, lastMonth),
        settings.params.scorecardCriteria,
        liveRecords.length,
        settings.currency,
      ),
    },
  };
}
