import '@mantine/charts/styles.css';
import { RadarChart } from '@mantine/charts';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { HealthCheckRecord } from '../../../../shared/contract/index.ts';
import { ChartCard } from '../dashboard/ChartCard.tsx';
import { formatDate } from './health-format.ts';

const show = (score: number | null) => (score === null ? 'not rated' : String(score));

/** Both sides on one radar; pillars two or more points apart are listed beneath with both reasons. */
export function BilateralRadar({ check }: { check: HealthCheckRecord }) {
  const { pillars, averageOurs, averageTheirs } = check.analysis;
  const disagreements = pillars.filter((p) => p.disagree);
  return (
    <Stack gap="sm">
      <ChartCard
        title={`Both sides on ${formatDate(check.date)}`}
        description={`Average: ours ${averageOurs ?? '—'}, theirs ${averageTheirs ?? '—'} out of 5. A pillar not rated is drawn at 0.`}
        testId="bilateral-radar"
        table={{
          columns: ['Pillar', 'Our score', "Partner's score", 'Gap'],
          rows: pillars.map((p) => ({
            key: p.pillar,
            highlight: p.disagree,
            cells: [
              p.disagree ? `${p.label} (disagree)` : p.label,
              show(p.ours),
              show(p.theirs),
              p.gap === null ? '—' : p.gap > 0 ? `+${p.gap}` : String(p.gap),
            ],
          })),
        }}
      >
        <RadarChart
          h={320}
          data={pillars.map((p) => ({ pillar: p.label, ours: p.ours ?? 0, theirs: p.theirs ?? 0 }))}
          dataKey="pillar"
          withLegend
          withPolarRadiusAxis
          polarRadiusAxisProps={{ domain: [0, 5], tickCount: 6, angle: 64, tick: { fontSize: 10 } }}
          series={[
            { name: 'ours', label: 'Our side', color: 'brand.6', opacity: 0.25 },
            { name: 'theirs', label: "Partner's side", color: 'orange.6', opacity: 0.2 },
          ]}
          withDots
        />
      </ChartCard>
      {disagreements.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="no-disagreements">
          No pillar is two points or more apart: both sides see the partnership alike.
        </Text>
      ) : (
        <Paper withBorder p="md">
          <Stack gap={6} data-testid="disagreements">
            <Text size="sm" fw={600}>
              Where you disagree
            </Text>
            {disagreements.map((p) => (
              <div key={p.pillar} data-testid={`disagreement-${p.pillar}`}>
                <Group gap="xs">
                  <Badge color="orange" variant="light" tt="none">
                    {p.label}
                  </Badge>
                  <Text size="sm">
                    We say {p.ours}, the partner says {p.theirs}
                  </Text>
                </Group>
                {(p.oursRationale || p.theirsRationale) && (
                  <Text size="xs" c="dimmed" mt={2}>
                    {p.oursRationale && `Ours: “${p.oursRationale}”`}
                    {p.oursRationale && p.theirsRationale && ' · '}
                    {p.theirsRationale && `Theirs: “${p.theirsRationale}”`}
                  </Text>
                )}
              </div>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
