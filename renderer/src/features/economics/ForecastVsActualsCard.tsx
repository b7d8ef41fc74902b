import '@mantine/charts/styles.css';
import { Anchor, Loader, Text } from '@mantine/core';
import { IconChartAreaLine } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks.ts';
import { CardEmpty, CardFrame } from '../dashboard/CardFrame.tsx';
import { ChartCard } from '../dashboard/ChartCard.tsx';
import type { DashboardCardProps } from '../dashboard/card-types.ts';
import { LineChart } from '../dashboard/lazy-charts.ts';
import { monthLabel } from '../kpis/months.ts';
import { compactMoney, percent, wholeMoney as money } from './economics-format.ts';

/** Dashboard card: the program forecast's base scenario against recorded attributed revenue. */
export function ForecastVsActualsCard({ data }: DashboardCardProps) {
  const [, navigate] = useLocation();
  const computed = useApiQuery('forecast.compute', { partnerId: null });
  const currency = data.currency;
  if (!computed.data) {
    return (
      <CardFrame title="Forecast against actuals" testId="card-forecast">
        {computed.isError ? (
          <Text size="sm" c="red">
            {computed.error.message}
          </Text>
        ) : (
          <Loader size="sm" />
        )}
      </CardFrame>
    );
  }
  const { scenarios, actuals, forecast } = computed.data;
  const plan = new Map(scenarios.base.months.map((m) => [m.period, m.revenue]));
  const actual = new Map(
    actuals
      .filter((a) => a.attributedRevenue !== null)
      .map((a) => [a.period, a.attributedRevenue ?? 0]),
  );
  const periods = [...new Set([...actual.keys(), ...plan.keys()])].sort();
  const both = periods.filter((p) => plan.has(p) && actual.has(p));
  const planSoFar = both.reduce((s, p) => s + (plan.get(p) ?? 0), 0);
  const actualSoFar = both.reduce((s, p) => s + (actual.get(p) ?? 0), 0);
  const description =
    forecast.updatedAt === null
      ? 'The program forecast has not been set yet: this is its starting point, continuing the recorded revenue.'
      : both.length === 0
        ? `The forecast starts ${monthLabel(forecast.startPeriod, 'long')}; no month has both a forecast and recorded revenue yet.`
        : `${both.length} months so far: ${money(actualSoFar, currency)} recorded against ${money(planSoFar, currency)} planned${planSoFar > 0 ? ` (${percent(actualSoFar / planSoFar)})` : ''}.`;
  const cell = (v: number | undefined) => (v === undefined ? '—' : money(v, currency));
  return (
    <ChartCard
      title="Forecast against actuals"
      description={description}
      testId="card-forecast"
      chartHeight={220}
      controls={
        <Anchor
          size="xs"
          component="button"
          onClick={() => navigate('/economics')}
          style={{ whiteSpace: 'nowrap' }}
        >
          Open the forecast
        </Anchor>
      }
      empty={
        periods.length === 0 ? (
          <CardEmpty
            icon={<IconChartAreaLine size={28} color="var(--mantine-color-dimmed)" />}
            text="Set the program forecast on the Economics page to compare it with the revenue you record."
          />
        ) : undefined
      }
      table={{
        columns: ['Month', 'Forecast (base)', 'Recorded'],
        rows: periods.map((p) => ({
          key: p,
          cells: [monthLabel(p, 'long'), cell(plan.get(p)), cell(actual.get(p))],
        })),
      }}
    >
      <LineChart
        h={220}
        data={periods.map((p) => ({
          month: monthLabel(p, 'tiny'),
          plan: plan.get(p) ?? null,
          actual: actual.get(p) ?? null,
        }))}
        dataKey="month"
        series={[
          { name: 'plan', label: 'Forecast (base)', color: 'brand.6', strokeDasharray: '5 4' },
          { name: 'actual', label: 'Recorded', color: 'teal.7' },
        ]}
        connectNulls={false}
        withDots={false}
        withLegend
        valueFormatter={(v) => compactMoney(v, currency)}
        yAxisProps={{ width: 64 }}
      />
    </ChartCard>
  );
}
