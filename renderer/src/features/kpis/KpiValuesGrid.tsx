import { Alert, Group, Kbd, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconKeyboard } from '@tabler/icons-react';
import {
  kpiLevelLabels,
  kpiLevels,
  type Kpi,
  type KpiValue,
  type MethodInput,
} from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import { apiKey, useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { EntryGrid, type GridColumn } from './EntryGrid.tsx';
import { treeOrder } from './kpi-tree.ts';
import { monthLabel, monthsEndingAt } from './months.ts';

export function GridKeys() {
  return (
    <Group gap={6} c="dimmed">
      <IconKeyboard size={16} />
      <Text size="xs">
        <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> <Kbd size="xs">Enter</Kbd> move down and up,{' '}
        <Kbd size="xs">Tab</Kbd> <Kbd size="xs">←</Kbd> <Kbd size="xs">→</Kbd> across; a value is
        saved when you leave the cell. <Kbd size="xs">Esc</Kbd> undoes the typing, an empty cell
        clears the figure.
      </Text>
    </Group>
  );
}

/** Replaces, adds or removes one figure in a cached list of values. */
export function withValue(
  list: KpiValue[],
  next: KpiValue,
  kpiId: number,
  period: string,
  value: number | null,
) {
  const rest = list.filter((v) => !(v.kpiId === kpiId && v.period === period));
  return value === null ? rest : [...rest, next];
}

interface KpiValuesGridProps {
  kpis: readonly Kpi[];
  /** null: program figures; a partner id: that partner's figures. */
  scope: number | null;
  lastMonth: string;
  months: number;
}

/** Monthly figures of every KPI in scope, entered like a spreadsheet. */
export function KpiValuesGrid({ kpis, scope, lastMonth, months }: KpiValuesGridProps) {
  const client = useQueryClient();
  const periods = monthsEndingAt(lastMonth, months);
  const input: MethodInput<'kpis.values'> = { scope, from: periods[0] ?? lastMonth, to: lastMonth };
  const values = useApiQuery('kpis.values', input);
  const inScope = treeOrder(kpis)
    .map(({ kpi }) => kpi)
    .filter((k) => scope === null || k.partnerId === null || k.partnerId === scope);
  const columns: GridColumn[] = kpiLevels.flatMap((level) =>
    inScope
      .filter((k) => k.level === level)
      .map((k) => ({
        key: String(k.id),
        label: k.name,
        unit: k.unit || undefined,
        group: kpiLevelLabels[level],
        kind: 'number' as const,
      })),
  );

  if (values.isPending) return <PageLoader />;
  if (values.isError)
    return <ErrorState message={values.error.message} onRetry={() => void values.refetch()} />;
  if (columns.length === 0) {
    return (
      <Alert color="gray" variant="light" title="No KPI to record yet">
        Add KPIs on the Hierarchy tab; each one becomes a column here.
      </Alert>
    );
  }
  const byCell = new Map(values.data.map((v) => [`${v.period}|${v.kpiId}`, v.value]));

  const save = async (period: string, column: string, value: number | null) => {
    const kpiId = Number(column);
    const kpi = kpis.find((k) => k.id === kpiId);
    const stored = await call('kpis.setValue', {
      kpiId,
      partnerId: kpi?.partnerId ?? scope,
      period,
      value,
    });
    client.setQueryData<KpiValue[]>(apiKey('kpis.values', input), (old = []) =>
      withValue(old, stored ?? { kpiId, partnerId: scope, period, value: 0 }, kpiId, period, value),
    );
    void client.invalidateQueries({ queryKey: ['kpis', 'rollup'] });
    void client.invalidateQueries({ queryKey: ['scorecards'] });
  };

  return (
    <Stack gap="xs">
      <GridKeys />
      <EntryGrid
        rows={periods.map((p) => ({ key: p, label: monthLabel(p) }))}
        columns={columns}
        currency="USD"
        valueOf={(period, column) => byCell.get(`${period}|${column}`) ?? null}
        onSave={save}
        caption={scope === null ? 'Program KPI figures by month' : 'Partner KPI figures by month'}
        testId="kpi-values-grid"
      />
    </Stack>
  );
}
