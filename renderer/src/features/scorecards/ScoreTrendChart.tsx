import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import type { PartnerScorecard } from '../../../../shared/contract/index.ts';
import { suggestTier, tierLabels } from '../../../../shared/domain/scorecard.ts';
import { ChartWithTable } from '../../components/ChartWithTable.tsx';
import { monthLabel } from '../kpis/months.ts';
import { formatScore } from './score-format.ts';

const trendWords = { up: 'rising', down: 'falling', flat: 'steady' } as const;

/** Score by month with the tier thresholds drawn in; months without data leave a gap. */
export function ScoreTrendChart({ card }: { card: PartnerScorecard }) {
  const { points, direction, change } = card.trend;
  const t = card.thresholds;
  const description =
    direction === null
      ? 'Needs scores in at least two months to show a direction.'
      : `Over these months the score is ${trendWords[direction]} (${change !== null && change > 0 ? '+' : ''}${formatScore(change)} points on a fitted line).`;
  return (
    <ChartWithTable
      title="Score by month"
      description={description}
      testId="score-trend"
      table={{
        columns: ['Month', 'Score', 'Suggested tier'],
        rows: points.map((p) => {
          const tier = suggestTier(p.score, t);
          return {
            key: p.period,
            cells: [
              monthLabel(p.period, 'long'),
              formatScore(p.score),
              tier ? tierLabels[tier] : '—',
            ],
          };
        }),
      }}
    >
      <LineChart
        h={240}
        data={points.map((p) => ({ month: monthLabel(p.period, 'tiny'), score: p.score }))}
        dataKey="month"
        series={[{ name: 'score', label: 'Score', color: 'brand.6' }]}
        connectNulls={false}
        curveType="linear"
        yAxisProps={{ domain: [0, 150], ticks: [0, 50, 100, 150] }}
        valueFormatter={(v) => formatScore(v)}
        referenceLines={[
          {
            y: t.platinum,
            label: `Platinum ${t.platinum}`,
            color: 'indigo.4',
            strokeDasharray: '4 4',
          },
          { y: t.gold, label: `Gold ${t.gold}`, color: 'yellow.6', strokeDasharray: '4 4' },
          { y: t.silver, label: `Silver ${t.silver}`, color: 'gray.5', strokeDasharray: '4 4' },
        ]}
      />
    </ChartWithTable>
  );
}
