import '@mantine/charts/styles.css';
import { CompositeChart, LineChart } from '@mantine/charts';
import { Paper, Stack, Text } from '@mantine/core';
import {
  scenarioLabels,
  scenarioNames,
  type ScenarioName,
} from '../../../../shared/contract/index.ts';
import { ChartWithTable } from '../../components/ChartWithTable.tsx';
import { monthLabel } from '../kpis/months.ts';
import { compactMoney, wholeMoney as money } from './economics-format.ts';
import type { ChartRow } from './forecast-chart-data.ts';

const dash = '—';

interface TooltipProps {
  payload?: readonly { payload?: ChartRow }[];
  currency: string;
}

function BandTooltip({ payload, currency }: TooltipProps) {
  const row = payload?.[0]?.payload;
  if (!row) return null;
  const line = (label: string, value: number | null) =>
    value === null ? null : (
      <Text size="xs" key={label}>
        {label}: <b>{money(value, currency)}</b>
      </Text>
    );
  return (
    <Paper withBorder shadow="sm" p="xs">
      <Text size="sm" fw={600}>
        {monthLabel(row.period, 'long')}
      </Text>
      {line('Recorded', row.actual)}
      {line('P90 (1 in 10 does better)', row.p90)}
      {line('P50 (median)', row.p50)}
      {line('P10 (1 in 10 does worse)', row.p10)}
      {line('Plan (base scenario)', row.plan)}
    </Paper>
  );
}

/** P10–P90 band of the simulation with its median, over the recorded revenue. */
export function ForecastBandChart({ rows, currency }: { rows: ChartRow[]; currency: string }) {
  const withBand = rows.some((r) => r.band !== null);
  return (
    <ChartWithTable
      title="Revenue range"
      description={
        withBand
          ? 'Shaded: where 8 in 10 simulated futures land; line: the median.'
          : 'Run a simulation to see the range.'
      }
      testId="forecast-band"
      table={{
        columns: ['Month', 'Recorded', 'P10', 'P50', 'P90', 'Plan'],
        rows: rows.map((r) => ({
          key: r.period,
          cells: [
            monthLabel(r.period, 'long'),
            ...[r.actual, r.p10, r.p50, r.p90, r.plan].map((v) =>
              v === null ? dash : money(v, currency),
            ),
          ],
        })),
      }}
    >
      <CompositeChart
        h={280}
        data={rows}
        dataKey="month"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        curveType="monotone"
        connectNulls={false}
        withDots={false}
        valueFormatter={(v) => compactMoney(v, currency)}
        yAxisProps={{ tickFormatter: (v: number) => compactMoney(v, currency), width: 70 }}
        tooltipProps={{
          content: ({ payload }) => (
            <BandTooltip payload={payload as TooltipProps['payload']} currency={currency} />
          ),
        }}
        areaProps={{ fillOpacity: 0.35, strokeOpacity: 0 }}
        series={[
          { name: 'band', label: 'P10–P90', color: 'brand.3', type: 'area' },
          { name: 'p50', label: 'Median (P50)', color: 'brand.7', type: 'line' },
          { name: 'plan', label: 'Plan', color: 'gray.6', type: 'line', strokeDasharray: '4 4' },
          { name: 'actual', label: 'Recorded', color: 'teal.7', type: 'line' },
        ]}
        lineProps={(s) => (s.name === 'actual' ? { dot: { r: 3 }, strokeWidth: 2 } : {})}
      />
    </ChartWithTable>
  );
}

const scenarioColors: Record<ScenarioName, string> = {
  conservative: 'orange.6',
  base: 'brand.6',
  optimistic: 'green.6',
};

/** The three scenario lines with the recorded revenue; the chosen scenario drawn heavier. */
export function ScenarioChart({
  rows,
  currency,
  selected,
}: {
  rows: ChartRow[];
  currency: string;
  selected: ScenarioName;
}) {
  return (
    <ChartWithTable
      title="Scenarios"
      description="Monthly revenue in each scenario and as recorded."
      testId="scenario-chart"
      table={{
        columns: ['Month', 'Recorded', ...scenarioNames.map((s) => scenarioLabels[s])],
        rows: rows.map((r) => ({
          key: r.period,
          cells: [
            monthLabel(r.period, 'long'),
            ...[r.actual, r.conservative, r.base, r.optimistic].map((v) =>
              v === null ? dash : money(v, currency),
            ),
          ],
        })),
      }}
    >
      <Stack gap={0}>
        <LineChart
          h={240}
          data={rows}
          dataKey="month"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          curveType="monotone"
          connectNulls={false}
          withDots={false}
          valueFormatter={(v) => compactMoney(v, currency)}
          yAxisProps={{ width: 70 }}
          series={[
            ...scenarioNames.map((s) => ({
              name: s,
              label: scenarioLabels[s],
              color: scenarioColors[s],
              strokeDasharray: s === selected ? undefined : '5 4',
            })),
            { name: 'actual', label: 'Recorded', color: 'teal.7' },
          ]}
          lineProps={(s) => ({ strokeWidth: s.name === selected ? 3 : 1.5 })}
        />
      </Stack>
    </ChartWithTable>
  );
}
