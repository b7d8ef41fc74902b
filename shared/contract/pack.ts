import { z } from './zod.ts';
import { absolutePath, id } from './common.ts';
import { query } from './define.ts';
import { decisionRequest } from './governance.ts';
import { actionItem, decisionRecord } from './meetings.ts';
import { risk } from './risks.ts';
import { charter, charterVersionSummary } from './charters.ts';
import { activity } from './calendar.ts';
import { diagnostic, partnershipHealth } from './health.ts';
import { scorecardSummary } from './scorecards.ts';
import { kpiRollupRow, period } from './kpis.ts';
import { scenarioSet } from './forecasts.ts';
import { valueCanvas } from './value-canvas.ts';
import { ecosystemMap } from './ecosystem.ts';

/** The pack's sections, in the order a steering committee reads them: decisions first. */
export const packSectionIds = [
  'cover',
  'decisions',
  'summary',
  'portfolio',
  'scorecards',
  'kpis',
  'forecast',
  'risks',
  'charter',
  'calendar',
  'actions',
  'canvases',
  'appendix',
] as const;
export type PackSectionId = (typeof packSectionIds)[number];

export const packSectionLabels: Record<PackSectionId, string> = {
  cover: 'Cover',
  decisions: 'Decisions requested',
  summary: 'Executive summary',
  portfolio: 'Partner portfolio',
  scorecards: 'Partner scorecards',
  kpis: 'KPI roll-up',
  forecast: 'Forecast',
  risks: 'Risks',
  charter: 'Governance charter',
  calendar: 'Joint marketing calendar, next 90 days',
  actions: 'Actions and decisions',
  canvases: 'Canvases',
  appendix: 'Appendix: definitions',
};

export const paperSizes = ['a4', 'letter'] as const;

export const packOptions = z.object({
  sections: z
    .array(z.enum(packSectionIds))
    .min(1, 'Choose at least one section')
    .default([...packSectionIds]),
  /** Empty means every partner that is not archived. */
  partnerIds: z.array(id).max(5000).default([]),
  /** The period the pack reports on: the last month it covers. */
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2026-10'),
  paper: z.enum(paperSizes).default('a4'),
  /** Only set by the printer on its second pass: the page each section starts on. */
  tocPages: z.record(z.string(), z.number().int().positive()).optional(),
});
export type PackOptions = z.infer<typeof packOptions>;
export type PackOptionsInput = z.input<typeof packOptions>;

export const packPartnerRow = z.object({
  id,
  name: z.string(),
  type: z.string(),
  stage: z.string(),
  tier: z.string(),
  ownerOurs: z.string(),
  ownerTheirs: z.string(),
  region: z.string(),
  segment: z.string(),
});

/** Why a requested section may be left out: shown next to its checkbox in the pack builder. */
export const packSectionOmittedWhen: Partial<Record<PackSectionId, string>> = {
  decisions: 'Left out when no open action or question is marked for decision.',
  scorecards: 'Left out when no partnership has a score for the period.',
  kpis: 'Left out when the workbook has no KPIs.',
  forecast: 'Left out when no forecast is saved and no revenue is recorded for the year.',
  risks: 'Left out when no risk is open.',
  charter: 'Left out when no charter is drafted.',
  calendar: 'Left out when nothing is planned in the next 90 days.',
  actions: 'Left out when no action is open and no decision was taken in the quarter.',
  canvases: 'Left out when no canvas or ecosystem map is drawn.',
};

/** One KPI of the roll-up, with the partnership it measures (null: a program KPI). */
export const packKpiRow = kpiRollupRow.extend({ partnerName: z.string().nullable() });
export type PackKpiRow = z.infer<typeof packKpiRow>;

/** Revenue in minor units of the workbook currency; null where nothing was recorded. */
const revenue = z.number().int().nullable();

/** One month of a printed forecast: the three scenarios, the band when computed, the actual. */
export const packForecastMonth = z.object({
  period,
  conservative: z.number().int().nullable(),
  base: z.number().int().nullable(),
  optimistic: z.number().int().nullable(),
  /** P10 and P90 of a small seeded Monte Carlo, when the forecast has uncertainty ranges. */
  p10: z.number().int().nullable(),
  p90: z.number().int().nullable(),
  /** Recorded attributed revenue; null where the month has none. */
  actual: revenue,
});
export type PackForecastMonth = z.infer<typeof packForecastMonth>;

export const packForecast = z.object({
  title: z.string(),
  partnerId: id.nullable(),
  startPeriod: period,
  months: z.number().int(),
  savedAt: z.string(),
  /** The twelve months before the forecast, then the forecast's months. */
  series: z.array(packForecastMonth),
  totals: z.object({
    conservative: z.number().int(),
    base: z.number().int(),
    optimistic: z.number().int(),
  }),
  multipliers: scenarioSet,
  band: z
    .object({
      trials: z.number().int(),
      seed: z.number().int(),
      total: z.object({ p10: z.number().int(), p50: z.number().int(), p90: z.number().int() }),
    })
    .nullable(),
});
export type PackForecast = z.infer<typeof packForecast>;

/** Trackable (attributed) and influenced revenue of one partnership, side by side, never summed. */
export const packRevenueRow = z.object({
  partnerId: id,
  partnerName: z.string(),
  quarterAttributed: revenue,
  quarterInfluenced: revenue,
  yearAttributed: revenue,
  yearInfluenced: revenue,
});
export type PackRevenueRow = z.infer<typeof packRevenueRow>;

/** How many risks the pack's top risks table lists. */
export const packTopRisks = 12;

/**
 * Everything one pack shows, assembled by the backend in one call. Each module adds its section's
 * data as an optional field; a section with no data is left out of `sections`, never printed empty.
 */
export const packData = z.object({
  generatedAt: z.string(),
  title: z.string(),
  orgName: z.string(),
  clientName: z.string(),
  programName: z.string(),
  confidentiality: z.string(),
  currency: z.string(),
  period: z.string(),
  paper: z.enum(paperSizes),
  logo: z.object({ mimeType: z.string(), base64: z.string() }).nullable(),
  /** The sections that will print, in order (requested and with content). */
  sections: z.array(z.enum(packSectionIds)),
  partners: z.array(packPartnerRow),
  /** Flagged actions and open questions the committee is asked to decide. */
  decisions: z.array(decisionRequest),
  /** The most severe risks in scope that are not closed (at most `packTopRisks`), most severe first. */
  risks: z.array(risk),
  /**
   * Counts over every risk in scope that is not closed: the heat map (open risks by inherent
   * likelihood, row 0 = likelihood 1, and impact, column 0 = impact 1) and the totals. The pack
   * prints counts and the top risks, so only those travel to the print page.
   */
  riskSummary: z.object({
    open: z.number().int(),
    reviewOverdue: z.number().int(),
    highOrCritical: z.number().int(),
    heat: z.array(z.array(z.number().int())),
  }),
  /** The program charter (and the partnership's, when the pack covers one partner). */
  charters: z.array(
    z.object({ title: z.string(), draft: charter, latest: charterVersionSummary.nullable() }),
  ),
  /** Activities in the 90 days from the day of printing. */
  calendar: z.object({ from: z.string(), to: z.string(), activities: z.array(activity) }),
  /** Health of each partnership in scope and the anti-pattern checks that fire, most severe first. */
  health: z.array(partnershipHealth),
  diagnostics: z.array(diagnostic),
  /** Each partnership's scorecard for the reporting month. */
  scorecards: z.array(scorecardSummary),
  /** Open actions (overdue first) and decisions taken in the reporting quarter. */
  actions: z.object({ open: z.array(actionItem), decisions: z.array(decisionRecord) }),
  /** The KPI hierarchy rolled up for the period (the partner's view when the pack covers one). */
  kpis: z.object({
    scopeLabel: z.string(),
    rows: z.array(packKpiRow),
    /** Weighted attainment of the top-level KPIs with data, 0..1.5; null when none has data. */
    overall: z.number().nullable(),
  }),
  /** Saved forecasts (the program's, and the partner's when the pack covers one). */
  forecasts: z.array(packForecast),
  /** Attributed and influenced revenue per partnership: the period's quarter and twelve months. */
  revenue: z.object({
    quarter: z.object({ from: period, to: period }),
    year: z.object({ from: period, to: period }),
    rows: z.array(packRevenueRow),
  }),
  /** Value proposition canvases drawn for partnerships in scope, and the ecosystem map if drawn. */
  canvases: z.object({
    vpcs: z.array(z.object({ partnerName: z.string(), canvas: valueCanvas })),
    ecosystem: ecosystemMap.nullable(),
  }),
});
export type PackData = z.infer<typeof packData>;

export const packExportResult = z.object({
  pages: z.number().int(),
  bytes: z.number().int(),
  /** Where the PDF was written, when a path was given. */
  path: z.string().nullable(),
  /** The PDF itself, base64, when no path was given (the browser downloads it). */
  base64: z.string().nullable(),
  /** Page where each printed section starts (as listed in the table of contents). */
  sectionPages: z.record(z.string(), z.number().int()),
});
export type PackExportResult = z.infer<typeof packExportResult>;

export const packMethods = {
  'pack.data': query(packOptions, packData),
  'pack.export': query(packOptions.extend({ path: absolutePath.optional() }), packExportResult),
} as const;

/** The renderer route that lays out a pack for print; the options travel as one JSON parameter. */
export function packHashPath(options: PackOptionsInput): string {
  return `/pack?o=${encodeURIComponent(JSON.stringify(options))}`;
}

/** Reads the options back from the route's query string (validated by the backend when used). */
export function packOptionsFromQuery(query: string): unknown {
  const raw = new URLSearchParams(query).get('o');
  if (!raw) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}
