import { z } from './zod.ts';
import { byId, id, requiredText, text } from './common.ts';
import { mutation, query } from './define.ts';
import { kpiCategories, kpiLevels, type KpiCategory, type KpiLevel } from '../domain/kpi-rollup.ts';
import type { Direction } from '../domain/scorecard.ts';

export { kpiCategories, kpiLevels, type KpiCategory, type KpiLevel };

export const kpiLevelLabels: Record<KpiLevel, string> = {
  strategic: 'Strategic',
  tactical: 'Tactical',
  operational: 'Operational',
};

export const kpiCategoryLabels: Record<KpiCategory, string> = {
  reach: 'Reach',
  engagement: 'Engagement',
  leads_conversion: 'Leads / conversion',
  revenue: 'Revenue',
  operational: 'Operational',
};

export const directions = ['higher', 'lower'] as const satisfies readonly Direction[];
export const directionLabels: Record<Direction, string> = {
  higher: 'Higher is better',
  lower: 'Lower is better',
};

/** A calendar month, the period of every target, actual and score (SPEC: periods are months). */
export const period = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2026-03');
export type Period = z.infer<typeof period>;

const finiteNumber = (label: string) =>
  z.number({ message: `${label} must be a number` }).refine(Number.isFinite, {
    message: `${label} must be a number`,
  });

export const kpiFields = z.object({
  name: requiredText('Name'),
  level: z.enum(kpiLevels, { message: 'Pick a level' }).default('operational'),
  /** The KPI this one contributes to; null for a top-level KPI. */
  parentId: id.nullable().default(null),
  unit: text(40).default(''),
  category: z.enum(kpiCategories, { message: 'Pick a category' }),
  direction: z.enum(directions, { message: 'Pick a direction' }).default('higher'),
  /** The monthly target unless a month has its own (see `targets`). */
  defaultTarget: finiteNumber('The target').nullable().default(null),
  weight: finiteNumber('The weight')
    .pipe(z.number().min(0, 'Weight cannot be negative').max(1000, 'Use a weight up to 1,000'))
    .default(1),
  /** Set when the KPI measures one partnership; null for a program KPI. */
  partnerId: id.nullable().default(null),
  description: text(2000).default(''),
});
export type KpiFields = z.input<typeof kpiFields>;

export const kpiTarget = z.object({ period, target: z.number() });
export type KpiTarget = z.infer<typeof kpiTarget>;

export const kpi = kpiFields.extend({
  id,
  /** Month-specific targets that replace the default target for that month. */
  targets: z.array(kpiTarget),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Kpi = z.infer<typeof kpi>;

export const kpiValue = z.object({
  kpiId: id,
  /** The partner the figure is for; null for a program-wide figure. */
  partnerId: id.nullable(),
  period,
  value: z.number(),
});
export type KpiValue = z.infer<typeof kpiValue>;

/**
 * Which figures a view shows. null: the program view, where each KPI reads the figure of its own
 * partner (or the program-wide figure when it has none). A partner id: that partner's figures of
 * the program KPIs and of the KPIs linked to it.
 */
export const kpiScope = id.nullable().default(null);

/** Months from `from` to `to`, both included. */
export function monthSpan(from: string, to: string): number {
  const index = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7));
  return index(to) - index(from) + 1;
}

export const maxMonthSpan = 120;

/** An object with `from` and `to` months, in order and at most ten years apart. */
export function withMonthRange<S extends z.ZodRawShape>(shape: S) {
  return z.object({ ...shape, from: period, to: period }).superRefine((value, ctx) => {
    const { from, to } = value as { from: string; to: string };
    if (from > to) {
      ctx.addIssue({
        code: 'custom',
        message: 'The first month must not be after the last',
        path: ['to'],
      });
    } else if (monthSpan(from, to) > maxMonthSpan) {
      ctx.addIssue({ code: 'custom', message: 'Show at most ten years at a time', path: ['to'] });
    }
  });
}

export const kpiRollupSources = ['children', 'own_actual', 'missing'] as const;

export const kpiRollupRow = kpiFields
  .pick({ name: true, level: true, category: true, unit: true, direction: true, weight: true })
  .extend({
    id,
    parentId: id.nullable(),
    partnerId: id.nullable(),
    depth: z.number().int().min(0),
    /** The target that applies in the period: the month's own, else the default. */
    target: z.number().nullable(),
    actual: z.number().nullable(),
    /** Fraction 0..1.5, null when missing. */
    attainment: z.number().nullable(),
    source: z.enum(kpiRollupSources),
    missingChildIds: z.array(id),
  });
export type KpiRollupRow = z.infer<typeof kpiRollupRow>;

export const kpiRollup = z.object({
  period,
  scope: id.nullable(),
  /** Depth-first, parents before children. */
  rows: z.array(kpiRollupRow),
  /** Weighted attainment of the top-level KPIs that have data; null when none has. */
  overall: z.number().nullable(),
});
export type KpiRollup = z.infer<typeof kpiRollup>;

export const kpiValueInput = z.object({
  kpiId: id,
  partnerId: id.nullable().default(null),
  period,
  /** null clears the figure. */
  value: finiteNumber('The value').nullable(),
});

export const kpiMethods = {
  'kpis.list': query(z.object({}).default({}), z.array(kpi)),
  'kpis.create': mutation(kpiFields, kpi),
  'kpis.update': mutation(z.object({ id, fields: kpiFields }), kpi),
  /** Removes the KPI, the KPIs under it, and their targets and values. */
  'kpis.delete': mutation(byId, z.object({ deleted: z.number().int() })),
  /** A month's own target; null removes it so the default applies again. */
  'kpis.setTarget': mutation(
    z.object({ kpiId: id, period, target: finiteNumber('The target').nullable() }),
    kpi,
  ),
  'kpis.values': query(withMonthRange({ scope: kpiScope }), z.array(kpiValue)),
  'kpis.setValue': mutation(kpiValueInput, kpiValue.nullable()),
  'kpis.rollup': query(z.object({ period, scope: kpiScope }), kpiRollup),
} as const;
