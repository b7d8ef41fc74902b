import { Badge, Text } from '@mantine/core';
import { riskBandLabels, type RiskBand } from '../../../../shared/contract/index.ts';
import { bandColors } from './risk-options.ts';

/** "16 · Critical" in the band's colour; a dash when there is no score. */
export function RiskBandBadge({
  score,
  band,
  testId,
}: {
  score: number | null;
  band: RiskBand | null;
  testId?: string;
}) {
  if (score === null || band === null) {
    return (
      <Text span c="dimmed" size="sm" data-testid={testId}>
        —
      </Text>
    );
  }
  return (
    <Badge
      color={bandColors[band]}
      variant={band === 'critical' ? 'filled' : 'light'}
      radius="sm"
      tt="none"
      styles={{ root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } }}
      data-testid={testId}
      data-band={band}
    >
      {score} · {riskBandLabels[band]}
    </Badge>
  );
}
