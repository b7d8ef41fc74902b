import {
  packData,
  packTopRisks,
  type Activity,
  type PackData,
  type PackOptions,
  type PackSectionId,
} from '../../../shared/contract/index.ts';
import type { HandlerContext } from '../handler-types.ts';
import { meetingHandlers } from '../handlers/meeting-handlers.ts';
import { scorecardHandlers } from '../handlers/scorecard-handlers.ts';
import { assessPartnerships } from '../services/partnership-health.ts';
import { loadScorecardData, scoreSummary } from '../services/scorecards.ts';
import { heatMap } from '../../../shared/domain/risk.ts';
import { addIsoDays, periodBounds } from './pack-dates.ts';
import { packCanvases } from './pack-canvases.ts';
import { packForecasts, packKpis, packRevenue } from './pack-economics.ts';

type PackSections = Omit<PackData, 'sections'>;

/**
 * Up to this many chosen partnerships, their risks, actions, scorecards and actuals are read
 * partner by partner (indexed reads of their own rows); a larger choice reads the program's rows
 * once and keeps those in scope, which is then cheaper.
 */
export const PER_PARTNER_MAX = 200;

/**
 * Assembles everything one pack shows, in one pass over the workbook, through the same
 * repositories and handlers the app's pages use. A requested section prints only when it has
 * content; an empty section is left out, never printed empty.
 */
export async function assemblePackData(
  ctx: HandlerContext,
  options: PackOptions,
  now = new Date(),
  perPartnerMax = PER_PARTNER_MAX,
): Promise<PackData> {
  const { repos } = ctx.state.require();
  const today = now.toISOString().slice(0, 10);
  const settings = repos.settings.get();
  const wanted = new Set(options.partnerIds);
  const partners = repos.partners
    .list({ search: '', includeArchived: wanted.size > 0 })
    .filter((p) => (wanted.size > 0 ? wanted.has(p.id) : !p.archived));
  const partnerIds = new Set(partners.map((p) => p.id));
  const inScope = (partnerId: number | null) =>
    partnerId === null || (wanted.size > 0 ? wanted.has(partnerId) : partnerIds.has(partnerId));
  const scoped = (partnerId: number | null) => partnerId === null || partnerIds.has(partnerId);
  // The program's own rows (no partner) and each chosen partnership's, or undefined: all rows.
  const scopes: (number | null)[] | undefined =
    wanted.size > 0 && partners.length <= perPartnerMax
      ? [null, ...partners.map((p) => p.id)]
      : undefined;
  const readScoped = <T>(read: (partnerId: number | null | undefined) => T[]): T[] =>
    scopes ? scopes.flatMap((partnerId) => read(partnerId)) : read(undefined);

  const decisions = (await meetingHandlers['governance.decisionsRequested']({}, ctx)).filter((d) =>
    scoped(d.partnerId),
  );
  // Most severe first; among equals overdue reviews first, then the register's order.
  const risks = readScoped((partnerId) => repos.risks.list(partnerId, today))
    .filter((r) => r.status !== 'closed' && inScope(r.partnerId))
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.reviewOverdue) - Number(a.reviewOverdue) ||
        b.likelihood * b.impact - a.likelihood * a.impact ||
        a.id - b.id,
    );
  const riskSummary = {
    open: risks.length,
    reviewOverdue: risks.filter((r) => r.reviewOverdue).length,
    highOrCritical: risks.filter((r) => r.band === 'critical' || r.band === 'high').length,
    heat: heatMap(risks, 'inherent').cells.map((row) => row.map((cell) => cell.count)),
  };

  const charterScopes: { partnerId: number | null; title: string }[] = [
    { partnerId: null, title: 'Program charter' },
  ];
  const only = partners.length === 1 ? partners[0] : undefined;
  if (only) charterScopes.push({ partnerId: only.id, title: `Charter: ${only.name}` });
  const charters = charterScopes.flatMap(({ partnerId, title }) => {
    const state = repos.charters.get(partnerId);
    return state.draft ? [{ title, draft: state.draft, latest: state.versions[0] ?? null }] : [];
  });

  const calendarTo = addIsoDays(today, 90);
  const activities = (
    scopes
      ? repos.calendar.listInScope(today, calendarTo, [...partnerIds])
      : (repos.calendar.list({
          from: today,
          to: calendarTo,
          partnerIds: [],
          kinds: [],
          statuses: [],
        }) as Activity[])
  )
    .filter(
      (a) =>
        a.status !== 'cancelled' &&
        (a.partnerIds.length === 0 || a.partnerIds.some((id) => partnerIds.has(id))),
    )
    .sort((a, b) => a.startDate.localeCompare(b.startDate));

  const quarter = periodBounds(options.period, 3);
  // Overdue first, then by due date; among equals the list's order (undated last, then by id).
  const openActions = readScoped((partnerId) => repos.actions.list({ partnerId }, today))
    .filter((a) => (a.status === 'open' || a.status === 'in_progress') && scoped(a.partnerId))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        Number(a.dueDate === null) - Number(b.dueDate === null) ||
        a.id - b.id,
    );
  const recentDecisions = repos.decisions
    .listDecisions(undefined)
    .filter((d) => scoped(d.partnerId) && d.date >= quarter.from && d.date <= quarter.to)
    .sort((a, b) => b.date.localeCompare(a.date));

  const severity = { critical: 0, warning: 1, info: 2 } as const;
  const assessed = assessPartnerships(repos, { period: options.period, today, only: partnerIds });
  const health = assessed.health;
  const diagnostics = assessed.diagnostics.sort(
    (a, b) => severity[a.severity] - severity[b.severity],
  );
  // The chosen partnerships' scorecards, read for them alone (the app's table reads everyone's).
  const scorecardRows = scopes
    ? partners.flatMap((p) => {
        const data = loadScorecardData(repos, {
          partnerId: p.id,
          includeArchived: true,
          from: options.period,
          to: options.period,
        });
        return data.partners.map((scored) => scoreSummary(data, scored, options.period));
      })
    : (
        await scorecardHandlers['scorecards.all'](
          { period: options.period, includeArchived: wanted.size > 0 },
          ctx,
        )
      ).rows;
  const scorecards = scorecardRows
    .filter((r) => partnerIds.has(r.partnerId))
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1));

  const wants = (section: PackSectionId) => options.sections.includes(section);
  const kpis = wants('kpis')
    ? await packKpis(ctx, options.period, only)
    : { scopeLabel: '', rows: [], overall: null };
  const forecasts = wants('forecast') ? await packForecasts(ctx, only) : [];
  const revenue = wants('forecast')
    ? packRevenue(ctx, options.period, partners, scopes !== undefined)
    : {
        quarter: { from: options.period, to: options.period },
        year: { from: options.period, to: options.period },
        rows: [],
      };
  const canvases = wants('canvases') ? packCanvases(ctx, partners) : { vpcs: [], ecosystem: null };

  const data: PackSections = {
    generatedAt: now.toISOString(),
    title: settings.programName ? `${settings.programName}: governance pack` : 'Governance pack',
    orgName: settings.orgName,
    clientName: settings.clientName,
    programName: settings.programName,
    confidentiality: settings.confidentiality,
    currency: settings.currency,
    period: options.period,
    paper: options.paper,
    logo: repos.settings.getLogo(),
    partners: partners.map((p) => ({
      id: p.id,
      name: p.name,
      type: p.type,
      stage: p.stage,
      tier: p.tier,
      ownerOurs: p.ownerOurs,
      ownerTheirs: p.ownerTheirs,
      region: p.region,
      segment: p.segment,
    })),
    decisions,
    health,
    diagnostics,
    scorecards,
    risks: risks.slice(0, packTopRisks),
    riskSummary,
    charters,
    calendar: { from: today, to: calendarTo, activities },
    actions: { open: openActions, decisions: recentDecisions },
    kpis,
    forecasts,
    revenue,
    canvases,
  };

  const hasContent: Record<PackSectionId, boolean> = {
    cover: true,
    decisions: decisions.length > 0,
    summary: partners.length > 0,
    portfolio: partners.length > 0,
    scorecards: scorecards.some((s) => s.score !== null),
    kpis: kpis.rows.length > 0,
    forecast: forecasts.length > 0 || revenue.rows.length > 0,
    risks: risks.length > 0,
    charter: charters.length > 0,
    calendar: activities.length > 0,
    actions: openActions.length + recentDecisions.length > 0,
    canvases: canvases.vpcs.length > 0 || canvases.ecosystem !== null,
    appendix: true,
  };
  return packData.parse({ ...data, sections: options.sections.filter((s) => hasContent[s]) });
}
