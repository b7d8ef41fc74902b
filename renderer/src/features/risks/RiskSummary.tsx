import { Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCalendarExclamation, IconUserQuestion } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import {
  riskBandLabels,
  riskBands,
  type Risk,
  type RiskBand,
} from '../../../../shared/contract/index.ts';
import type { HeatMapBasis } from '../../../../shared/domain/risk.ts';
import { bandColors } from './risk-options.ts';

/** Band counts and the risks that need attention, next to the heat map. */
export function RiskSummary({ risks, basis }: { risks: readonly Risk[]; basis: HeatMapBasis }) {
  const counts: Record<RiskBand, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const risk of risks) {
    const band = basis === 'residual' ? risk.residualBand : risk.band;
    if (band) counts[band] += 1;
  }
  const overdue = risks.filter((r) => r.reviewOverdue).length;
  const unmanaged = risks.filter(
    (r) => (r.band === 'high' || r.band === 'critical') && (!r.owner || !r.mitigation),
  ).length;

  return (
    <Stack gap="sm" data-testid="risk-summary">
      <Stack gap={6}>
        {[...riskBands].reverse().map((band) => (
          <Group key={band} justify="space-between" wrap="nowrap">
            <Group gap={8} wrap="nowrap">
              <div
                style={{
                  width: 12,
                  height: 12,
                  borderRadius: 3,
                  background: `var(--mantine-color-${bandColors[band]}-filled)`,
                }}
              />
              <Text size="sm">{riskBandLabels[band]}</Text>
            </Group>
            <Text size="sm" fw={600} data-testid={`band-count-${band}`}>
              {counts[band]}
            </Text>
          </Group>
        ))}
      </Stack>
      <Attention
        show={overdue > 0}
        icon={<IconCalendarExclamation size={16} />}
        text={`${overdue} ${overdue === 1 ? 'review is' : 'reviews are'} overdue`}
      />
      <Attention
        show={unmanaged > 0}
        icon={<IconUserQuestion size={16} />}
        text={`${unmanaged} high or critical ${unmanaged === 1 ? 'risk lacks' : 'risks lack'} an owner or a mitigation`}
      />
      {overdue === 0 && unmanaged === 0 && risks.length > 0 && (
        <Text size="xs" c="dimmed">
          Every high risk has an owner and a mitigation, and no review is late.
        </Text>
      )}
    </Stack>
  );
}

function Attention({ show, icon, text }: { show: boolean; icon: ReactNode; text: string }) {
  if (!show) return null;
  return (
    <Paper withBorder p="xs" radius="sm" bg="var(--mantine-color-red-light)">
      <Group gap={8} wrap="nowrap">
        <ThemeIcon size="sm" color="red" variant="transparent">
          {icon}
        </ThemeIcon>
        <Text size="xs" c="red.9">
          {text}
        </Text>
      </Group>
    </Paper>
  );
}
