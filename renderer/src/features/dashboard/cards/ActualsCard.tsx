import '@mantine/charts/styles.css';
import { Select } from '@mantine/core';
import { IconChartLine } from '@tabler/icons-react';
import { useState } from 'react';
import type { MeasureSeries, TrackedMeasure } from '../../../../../shared/contract/index.ts';
import { formatMoney, fromMinor } from '../../../../../shared/domain/money.ts';
import { monthLabel } from '../../kpis/months.ts';
import { CardEmpty } from '../CardFrame.tsx';
import { ChartCard } from '../ChartCard.tsx';
import type { DashboardCardProps } from '../card-types.ts';
import { LineChart } from '../lazy-charts.ts';

function formatter(series: MeasureSeries, currency: string) {
  return (value: number | null) =>
    value === null
      ? '—'
      : series.money
        ? formatMoney(Math.round(value), currency)
        : Math.round(value).toLocaleString('en');
}

function describe(series: MeasureSeries, live: number, currency: string): string {
  if (series.targetCriterion === null || series.targetPerPartnership === null) {
    return `Sum over every partner. No target line: no scorecard criterion reads ${series.label.toLowerCase()}; add one in the workbook settings to draw it.`;
  }
  const each = formatter(series, currency)(series.targetPerPartnership);
  return `Sum over every partner. Target: the “${series.targetCriterion}” criterion asks ${each} a month of each of the ${live} live partnerships (today's count, for every month).`;
}

/** Program totals per month for the last twelve months, against the scorecard targets. */
export function ActualsCard({ data }: DashboardCardProps) {
  const { series, livePartnerships } = data.actuals;
  const [measure, setMeasure] = useState<TrackedMeasure>('qualifiedLeads');
  const chosen = series.find((s) => s.measure === measure) ?? series[0];
  if (!chosen) return null;
  const format = formatter(chosen, data.currency);
  const hasActuals = series.some((s) => s.points.some((p) => p.actual !== null));
  const percent = (actual: number | null, target: number | null) =>
    actual === null || target === null || target === 0
      ? '—'
      : `${Math.round((actual / target) * 100)} %`;
  return (
    <ChartCard
      title="Actuals against targets"
      description={describe(chosen, livePartnerships, data.currency)}
      testId="card-actuals"
      chartHeight={260}
      controls={
        <Select
          size="xs"
          w={170}
          allowDeselect={false}
          value={measure}
          onChange={(v) => v && setMeasure(v as TrackedMeasure)}
          data={series.map((s) => ({ value: s.measure, label: s.label }))}
          aria-label="Measure"
          data-testid="actuals-measure"
        />
      }
      empty={
        hasActuals ? undefined : (
          <CardEmpty
            icon={<IconChartLine size={28} color="var(--mantine-color-dimmed)" />}
            text="No actuals recorded in the last twelve months. Enter each partner's monthly leads, deals and revenue on its Actuals tab, or import them as a CSV."
          />
        )
      }
      table={{
        columns: ['Month', 'Actual', 'Target', 'Of target', 'Partners reporting'],
        rows: chosen.points.map((p) => ({
          key: p.period,
          cells: [
            monthLabel(p.period, 'long'),
            format(p.actual),
            format(p.target),
            percent(p.actual, p.target),
            p.reporting,
          ],
        })),
      }}
    >
      <LineChart
        h={260}
        data={chosen.points.map((p) => ({
          month: monthLabel(p.period, 'tiny'),
          actual: p.actual,
          target: p.target,
        }))}
        dataKey="month"
        withLegend
        connectNulls={false}
        curveType="monotone"
        valueFormatter={(v) => format(v)}
        yAxisProps={{
          width: chosen.money ? 70 : 50,
          tickFormatter: (v: number) =>
            chosen.money
              ? new Intl.NumberFormat('en', {
                  style: 'currency',
                  currency: data.currency,
                  notation: 'compact',
                }).format(fromMinor(Math.round(v), data.currency))
              : v.toLocaleString('en'),
        }}
        series={[
          { name: 'actual', label: 'Actual', color: 'brand.6' },
          ...(chosen.targetCriterion
            ? [{ name: 'target', label: 'Target', color: 'gray.6', strokeDasharray: '6 4' }]
            : []),
        ]}
      />
    </ChartCard>
  );
}
