import { Group, Paper, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import {
  IconAlertOctagon,
  IconAlertTriangle,
  IconClockExclamation,
  IconHeartbeat,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { healthBand } from '../../../../../shared/domain/health.ts';
import { healthBandColors, healthBandLabels } from '../../health/health-format.ts';
import type { DashboardCardProps } from '../card-types.ts';

function Stat({
  icon,
  color,
  label,
  value,
  detail,
  testId,
}: {
  icon: ReactNode;
  color: string;
  label: string;
  value: string;
  detail: string;
  testId: string;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon color={color} variant="light" size={40} radius="md">
          {icon}
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text fz={28} fw={700} lh={1.15} data-testid={`${testId}-value`}>
            {value}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {detail}
          </Text>
        </div>
      </Group>
    </Paper>
  );
}

/** The five numbers a steering committee asks first. */
export function HeadlineCard({ data }: DashboardCardProps) {
  const { partners, health, diagnostics, overdue } = data;
  const band = health.average === null ? null : healthBand(health.average);
  const late = overdue.actionsTotal + overdue.reviewsTotal;
  return (
    <SimpleGrid
      type="container"
      cols={{ base: 1, '420px': 2, '640px': 3, '960px': 5 }}
      spacing="md"
      data-testid="headline"
    >
      <Stat
        testId="stat-live"
        icon={<IconUsersGroup size={22} />}
        color="brand"
        label="Live partnerships"
        value={String(partners.live)}
        detail={`of ${partners.total} partners: signed, active or renewing`}
      />
      <Stat
        testId="stat-health"
        icon={<IconHeartbeat size={22} />}
        color={band ? healthBandColors[band] : 'gray'}
        label="Average health"
        value={health.average === null ? '—' : String(health.average)}
        detail={
          band
            ? `${healthBandLabels[band]} · ${health.counts.at_risk} at risk, ${health.counts.watch} on watch`
            : 'No live partnership to measure yet'
        }
      />
      <Stat
        testId="stat-critical"
        icon={<IconAlertOctagon size={22} />}
        color={diagnostics.bySeverity.critical > 0 ? 'red' : 'teal'}
        label="Critical findings"
        value={String(diagnostics.bySeverity.critical)}
        detail={`${diagnostics.total} findings in all`}
      />
      <Stat
        testId="stat-overdue"
        icon={<IconClockExclamation size={22} />}
        color={late > 0 ? 'orange' : 'teal'}
        label="Overdue"
        value={String(late)}
        detail={`${overdue.actionsTotal} actions · ${overdue.reviewsTotal} risk reviews`}
      />
      <Stat
        testId="stat-risks"
        icon={<IconAlertTriangle size={22} />}
        color={
          data.topRisks.some((r) => (r.residualBand ?? r.band) === 'critical') ? 'red' : 'yellow'
        }
        label="Open risks"
        value={String(data.openRiskCount)}
        detail={
          data.topRisks[0]
            ? `highest ${data.topRisks[0].residualScore ?? data.topRisks[0].score} of 25`
            : 'none registered'
        }
      />
    </SimpleGrid>
  );
}
