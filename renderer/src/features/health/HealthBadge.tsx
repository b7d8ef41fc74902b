import { Badge, Tooltip } from '@mantine/core';
import type { HealthBand } from '../../../../shared/contract/index.ts';
import { healthBandColors, healthBandLabels } from './health-format.ts';

/** "78 · Healthy" in the band's colour; "No data" when no component could be measured. */
export function HealthBadge({
  index,
  band,
  size = 'md',
  testId,
}: {
  index: number | null;
  band: HealthBand | null;
  size?: 'sm' | 'md' | 'lg';
  testId?: string;
}) {
  if (index === null || band === null) {
    return (
      <Tooltip label="No component of the health index has data yet">
        <Badge color="gray" variant="outline" size={size} tt="none" data-testid={testId}>
          No data
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Badge
      color={healthBandColors[band]}
      variant={band === 'at_risk' ? 'filled' : 'light'}
      size={size}
      tt="none"
      data-testid={testId}
      data-band={band}
    >
      {index} · {healthBandLabels[band]}
    </Badge>
  );
}
