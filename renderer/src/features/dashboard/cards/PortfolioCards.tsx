import '@mantine/charts/styles.css';
import { lifecycleStageLabels } from '../../../../../shared/contract/index.ts';
import { ChartCard } from '../ChartCard.tsx';
import { BarChart } from '../lazy-charts.ts';
import type { DashboardCardProps } from '../card-types.ts';

const tierLabel = (tier: string) => (tier === '' ? 'No tier' : tier);

/** The pipeline at a glance: how many partners sit at each lifecycle stage. */
export function StageCard({ data }: DashboardCardProps) {
  const rows = data.partners.byStage.map((s) => ({
    stage: lifecycleStageLabels[s.stage],
    partners: s.count,
  }));
  return (
    <ChartCard
      title="Partners by stage"
      description="From first contact to exit; archived partners are left out."
      testId="card-stages"
      table={{
        columns: ['Stage', 'Partners'],
        rows: rows.map((r) => ({ key: r.stage, cells: [r.stage, r.partners] })),
      }}
    >
      <BarChart
        h={240}
        data={rows}
        dataKey="stage"
        series={[{ name: 'partners', label: 'Partners', color: 'brand.6' }]}
        yAxisProps={{ allowDecimals: false }}
        withBarValueLabel
        maxBarWidth={44}
        tickLine="y"
      />
    </ChartCard>
  );
}

/** How the portfolio splits across the tiers assigned today. */
export function TierCard({ data }: DashboardCardProps) {
  const rows = data.partners.byTier.map((t) => ({ tier: tierLabel(t.tier), partners: t.count }));
  return (
    <ChartCard
      title="Partners by tier"
      description="Tiers as assigned; each Scorecard tab suggests one from the score."
      testId="card-tiers"
      table={{
        columns: ['Tier', 'Partners'],
        rows: rows.map((r) => ({ key: r.tier, cells: [r.tier, r.partners] })),
      }}
    >
      <BarChart
        h={240}
        data={rows}
        dataKey="tier"
        orientation="vertical"
        series={[{ name: 'partners', label: 'Partners', color: 'indigo.5' }]}
        xAxisProps={{ allowDecimals: false }}
        yAxisProps={{ width: 90 }}
        withBarValueLabel
        maxBarWidth={44}
        tickLine="x"
      />
    </ChartCard>
  );
}
