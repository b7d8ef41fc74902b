import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Button, Paper, RingProgress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { KpiRollup } from '../../../../shared/contract/index.ts';
import { ChartWithTable } from '../../components/ChartWithTable.tsx';
import { attainmentColor, formatAttainment, formatFigure } from './format.ts';
import { monthLabel } from './months.ts';

/** The program's overall attainment and each top-level and second-level KPI's, for the month. */
export function RollupSummary({
  rollup,
  previous,
}: {
  rollup: KpiRollup;
  /** The month before, offered when this one has nothing to roll up yet. */
  previous?: { label: string; show: () => void };
}) {
  const shown = rollup.rows.filter((r) => r.depth <= 1);
  const data = shown.map((r) => ({
    kpi: `${r.depth === 1 ? '· ' : ''}${r.name}`,
    attainment: r.attainment === null ? null : Math.round(r.attainment * 100),
  }));
  const overall = rollup.overall;
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Paper withBorder p="md" data-testid="kpi-overall">
        <Stack align="center" gap={4} h="100%" justify="center">
          <Text size="sm" c="dimmed">
            Overall attainment, {monthLabel(rollup.period, 'long')}
          </Text>
          <RingProgress
            size={140}
            thickness={12}
            roundCaps
            sections={
              overall === null
                ? []
                : [{ value: Math.min(100, (overall / 1.5) * 100), color: attainmentColor(overall) }]
            }
            label={
              <Text ta="center" fw={700} size="xl" data-testid="kpi-overall-value">
                {formatAttainment(overall)}
              </Text>
            }
          />
          <Text size="xs" c="dimmed" ta="center" maw={240}>
            {overall === null
              ? 'No top-level KPI has a figure and a target for this month yet.'
              : 'Weighted across the top-level KPIs that have data; 100 % is on target, 150 % the most.'}
          </Text>
          {overall === null && previous && (
            <Button size="xs" variant="light" onClick={previous.show} data-testid="kpis-previous">
              Show {previous.label}
            </Button>
          )}
        </Stack>
      </Paper>
      <div style={{ gridColumn: 'span 2' }}>
        <ChartWithTable
          title="Attainment by KPI"
          description="Top-level KPIs and the KPIs directly under them; KPIs without data have no bar."
          testId="kpi-rollup-chart"
          table={{
            columns: ['KPI', 'Target', 'Actual', 'Attainment'],
            rows: shown.map((r) => ({
              key: String(r.id),
              cells: [
                `${r.depth === 1 ? '— ' : ''}${r.name}`,
                formatFigure(r.target, r.unit),
                formatFigure(r.actual, r.unit),
                formatAttainment(r.attainment),
              ],
            })),
          }}
        >
          <BarChart
            h={Math.max(160, data.length * 34)}
            data={data}
            dataKey="kpi"
            orientation="vertical"
            series={[{ name: 'attainment', label: 'Attainment', color: 'brand.6' }]}
            valueFormatter={(v) => `${v} %`}
            getBarColor={(v) => `${attainmentColor(v / 100)}.6`}
            yAxisProps={{ width: 190 }}
            xAxisProps={{ domain: [0, 150] }}
            referenceLines={[{ x: 100, color: 'teal.6', label: 'Target' }]}
            gridAxis="x"
          />
        </ChartWithTable>
      </div>
    </SimpleGrid>
  );
}
