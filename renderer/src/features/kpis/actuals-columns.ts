import {
  actualMeasureLabels,
  actualMeasures,
  moneyMeasures,
  type ActualMeasure,
  type ActualsGrid,
  type Kpi,
  type ScorecardCriterionConfig,
} from '../../../../shared/contract/index.ts';
import { fromMinor } from '../../../../shared/domain/money.ts';
import type { GridColumn } from './EntryGrid.tsx';

/** A grid column's key says what it holds: an actual measure, a KPI, or a typed scorecard input. */
export type CellRef = `m:${ActualMeasure}` | `k:${number}` | `c:${string}`;

interface ColumnsInput {
  partnerId: number;
  kpis: readonly Kpi[];
  criteria: readonly ScorecardCriterionConfig[];
  extraKpiIds: readonly number[];
  currency: string;
}

/**
 * The six actuals; the KPIs linked to this partner, those a scorecard criterion reads, and any
 * program KPI the user adds; then the scorecard criteria that are typed by hand.
 */
export function actualsColumns({ partnerId, kpis, criteria, extraKpiIds, currency }: ColumnsInput) {
  const measures: GridColumn[] = actualMeasures.map((m) => ({
    key: `m:${m}`,
    label: actualMeasureLabels[m],
    unit: moneyMeasures.has(m) ? currency : undefined,
    group: 'Actuals',
    kind: moneyMeasures.has(m) ? 'money' : 'count',
  }));
  const criterionKpis = new Set(
    criteria.flatMap((c) => (c.source.kind === 'kpi' ? [c.source.kpiId] : [])),
  );
  const usable = kpis.filter((k) => k.partnerId === null || k.partnerId === partnerId);
  const shown = usable.filter(
    (k) => k.partnerId === partnerId || criterionKpis.has(k.id) || extraKpiIds.includes(k.id),
  );
  const kpiColumns: GridColumn[] = shown.map((k) => ({
    key: `k:${k.id}`,
    label: k.name,
    unit: k.unit || undefined,
    group: 'KPIs',
    kind: 'number',
  }));
  const typed: GridColumn[] = criteria
    .filter((c) => c.source.kind === 'manual')
    .map((c) => ({
      key: `c:${c.key}`,
      label: c.label,
      unit: c.unit || undefined,
      group: 'Scorecard inputs',
      kind: 'number',
    }));
  const optionalKpis = usable.filter((k) => k.partnerId === null && !criterionKpis.has(k.id));
  return { columns: [...measures, ...kpiColumns, ...typed], optionalKpis };
}

/** The value a cell shows, money in major units. */
export function readCell(
  grid: ActualsGrid,
  ref: CellRef,
  period: string,
  currency: string,
): number | null {
  const id = ref.slice(2);
  if (ref.startsWith('m:')) {
    const measure = id as ActualMeasure;
    const raw = grid.actuals.find((a) => a.period === period)?.[measure] ?? null;
    return raw !== null && moneyMeasures.has(measure) ? fromMinor(raw, currency) : raw;
  }
  if (ref.startsWith('k:')) {
    return grid.kpiValues.find((v) => v.period === period && v.kpiId === Number(id))?.value ?? null;
  }
  return (
    grid.scorecardInputs.find((i) => i.period === period && i.criterionKey === id)?.value ?? null
  );
}
