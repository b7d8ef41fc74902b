import {
  toForecastInputs,
  toUncertainInputs,
  type PackData,
  type PackForecast,
  type PackRevenueRow,
  type ForecastRecord,
} from '../../../shared/contract/index.ts';
import { runMonteCarlo } from '../../../shared/domain/monte-carlo.ts';
import { addMonths, monthsBetween } from '../../../shared/domain/periods.ts';
import type { HandlerContext } from '../handler-types.ts';
import { economicsHandlers } from '../handlers/economics-handlers.ts';
import { kpiHandlers } from '../handlers/kpi-handlers.ts';

/**
 * Trials of the pack's own Monte Carlo: with at most 36 months, a run costs 5–20 ms warm and
 * 35–65 ms the first time in a process (mostly compiling); the app's full run, 10,000 trials
 * and more, stays in its worker. The count is fixed rather than cut at a time limit, so every
 * print pass of one pack shows the same band.
 */
export const packBandTrials = 1_000;

interface SeededBand {
  trials: number;
  seed: number;
  months: { period: string; p10: number; p90: number }[];
  total: { p10: number; p50: number; p90: number };
}

/** Bands by workbook, scope and saved version: a pack prints in two or three passes. */
const bandCache = new Map<string, SeededBand | null>();
const bandCacheSize = 16;

/** P10–P90 of a small seeded Monte Carlo of the forecast's ranges; null without ranges. */
function seededBand(ctx: HandlerContext, forecast: ForecastRecord): SeededBand | null {
  const key = JSON.stringify([
    ctx.state.require().connection.path,
    forecast.partnerId,
    forecast.updatedAt,
    forecast.seed,
  ]);
  const cached = bandCache.get(key);
  if (cached !== undefined) return cached;
  let band: SeededBand | null = null;
  const uncertain = toUncertainInputs(forecast);
  if (Object.keys(uncertain).length > 0) {
    try {
      const result = runMonteCarlo(toForecastInputs(forecast), uncertain, {
        trials: packBandTrials,
        seed: forecast.seed,
      });
      if (result.status === 'done') {
        const { p10, p50, p90 } = result.total;
        band = {
          trials: result.trials,
          seed: result.seed,
          months: result.months.map((m) => ({ period: m.period, p10: m.p10, p90: m.p90 })),
          total: { p10, p50, p90 },
        };
      }
    } catch {
      // Ranges the simulation refuses leave the scenario band alone; the app explains why.
    }
  }
  if (bandCache.size >= bandCacheSize) bandCache.delete(bandCache.keys().next().value ?? '');
  bandCache.set(key, band);
  return band;
}

interface PartnerRef {
  id: number;
  name: string;
}

/**
 * The KPI roll-up the KPI page shows, for the reporting month: the program's view, or the
 * partner's view when the pack covers one partnership.
 */
export async function packKpis(
  ctx: HandlerContext,
  period: string,
  only: PartnerRef | undefined,
): Promise<PackData['kpis']> {
  const rollup = await kpiHandlers['kpis.rollup']({ period, scope: only?.id ?? null }, ctx);
  const referenced = new Set(
    rollup.rows.flatMap((r) => (r.partnerId === null ? [] : [r.partnerId])),
  );
  const names = new Map(
    referenced.size === 0
      ? []
      : ctx.state
          .require()
          .repos.partners.list({ search: '', includeArchived: true })
          .filter((p) => referenced.has(p.id))
          .map((p) => [p.id, p.name]),
  );
  return {
    scopeLabel: only ? only.name : 'Program',
    rows: rollup.rows.map((r) => ({
      ...r,
      partnerName: r.partnerId === null ? null : (names.get(r.partnerId) ?? null),
    })),
    overall: rollup.overall,
  };
}

/** A saved forecast in the three scenarios over the actuals, with a small seeded band. */
async function packForecastOf(
  ctx: HandlerContext,
  scope: PartnerRef | null,
): Promise<PackForecast | null> {
  const partnerId = scope?.id ?? null;
  // An unsaved forecast is the app's first draft, not the committee's forecast: not printed
  // (and not worked out, which would read every month of actuals for the draft's averages).
  if (ctx.state.require().repos.economics.forecasts.get(partnerId) === null) return null;
  const computed = await economicsHandlers['forecast.compute']({ partnerId }, ctx);
  const { forecast, scenarios, multipliers, actuals } = computed;
  if (forecast.updatedAt === null) return null;

  const band = seededBand(ctx, forecast);
  const bandByPeriod = new Map(band?.months.map((m) => [m.period, m]) ?? []);

  const first = addMonths(forecast.startPeriod, -12);
  const last = addMonths(forecast.startPeriod, forecast.months - 1);
  const actualOf = new Map(actuals.map((a) => [a.period, a.attributedRevenue]));
  const scenarioOf = (name: keyof typeof scenarios) =>
    new Map(scenarios[name].months.map((m) => [m.period, m.revenue]));
  const conservative = scenarioOf('conservative');
  const base = scenarioOf('base');
  const optimistic = scenarioOf('optimistic');
  return {
    title: scope ? `Forecast: ${scope.name}` : 'Program forecast',
    partnerId: scope?.id ?? null,
    startPeriod: forecast.startPeriod,
    months: forecast.months,
    savedAt: forecast.updatedAt,
    series: monthsBetween(first, last).map((period) => ({
      period,
      conservative: conservative.get(period) ?? null,
      base: base.get(period) ?? null,
      optimistic: optimistic.get(period) ?? null,
      p10: bandByPeriod.get(period)?.p10 ?? null,
      p90: bandByPeriod.get(period)?.p90 ?? null,
      actual: actualOf.get(period) ?? null,
    })),
    totals: {
      conservative: scenarios.conservative.totals.revenue,
      base: scenarios.base.totals.revenue,
      optimistic: scenarios.optimistic.totals.revenue,
    },
    multipliers,
    band: band && { trials: band.trials, seed: band.seed, total: band.total },
  };
}

/** The program's saved forecast, and the partner's when the pack covers one partnership. */
export async function packForecasts(
  ctx: HandlerContext,
  only: PartnerRef | undefined,
): Promise<PackForecast[]> {
  const scopes: (PartnerRef | null)[] = only ? [null, only] : [null];
  const forecasts = await Promise.all(scopes.map((scope) => packForecastOf(ctx, scope)));
  return forecasts.filter((f): f is PackForecast => f !== null);
}

/**
 * Attributed (trackable) and influenced revenue per partnership in scope, over the reporting
 * quarter and the twelve months to the period, from one read of the actuals. The two are kept
 * side by side and never added: influenced revenue is shared credit, not the partner's own.
 */
export function packRevenue(
  ctx: HandlerContext,
  period: string,
  partners: readonly PartnerRef[],
  /** Read each partnership's months (a few chosen) rather than every partner's (many). */
  perPartner = false,
): PackData['revenue'] {
  const quarter = { from: addMonths(period, -2), to: period };
  const year = { from: addMonths(period, -11), to: period };
  const rows = new Map<number, PackRevenueRow>(
    partners.map((p) => [
      p.id,
      {
        partnerId: p.id,
        partnerName: p.name,
        quarterAttributed: null,
        quarterInfluenced: null,
        yearAttributed: null,
        yearInfluenced: null,
      },
    ]),
  );
  const add = (a: number | null, b: number | null) => (b === null ? a : (a ?? 0) + b);
  const { actuals } = ctx.state.require().repos;
  const months = perPartner
    ? partners.flatMap((p) => actuals.range(p.id, year.from, year.to))
    : actuals.range(null, year.from, year.to);
  for (const a of months) {
    const row = rows.get(a.partnerId);
    if (!row) continue;
    row.yearAttributed = add(row.yearAttributed, a.attributedRevenue);
    row.yearInfluenced = add(row.yearInfluenced, a.influencedRevenue);
    if (a.period >= quarter.from) {
      row.quarterAttributed = add(row.quarterAttributed, a.attributedRevenue);
      row.quarterInfluenced = add(row.quarterInfluenced, a.influencedRevenue);
    }
  }
  return {
    quarter,
    year,
    rows: [...rows.values()]
      .filter((r) => r.yearAttributed !== null || r.yearInfluenced !== null)
      .sort(
        (a, b) =>
          (b.yearAttributed ?? -1) - (a.yearAttributed ?? -1) ||
          a.partnerName.localeCompare(b.partnerName),
      ),
  };
}
