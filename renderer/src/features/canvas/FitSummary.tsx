import { Group, RingProgress, Stack, Text } from '@mantine/core';
import type { CanvasItem, ValueCanvasFitSummary } from '../../../../shared/contract/index.ts';

function fitColor(percent: number): string {
  if (percent >= 70) return 'teal';
  if (percent >= 40) return 'yellow';
  return 'red';
}

/**
 * Fit: the share of the three most important pains and gains that the value map addresses,
 * computed by the backend with the shared domain rule. The open ones are named.
 */
interface FitSummaryProps {
  fit: ValueCanvasFitSummary;
  items: CanvasItem[];
  /** Presenting: the figure and what is still open, without the explanation. */
  compact?: boolean;
}

export function FitSummary({ fit, items, compact = false }: FitSummaryProps) {
  const open = [...fit.unaddressedPainIds, ...fit.unaddressedGainIds]
    .map((id) => items.find((i) => i.id === id))
    .filter((i): i is CanvasItem => Boolean(i));
  const percent = fit.percent;

  return (
    <Group gap="md" wrap="nowrap" data-testid="canvas-fit" align="center">
      <RingProgress
        size={compact ? 64 : 76}
        thickness={8}
        roundCaps
        sections={percent === null ? [] : [{ value: percent, color: fitColor(percent) }]}
        label={
          <Text ta="center" fw={700} size={compact ? 'sm' : 'md'} data-testid="canvas-fit-percent">
            {percent === null ? '–' : `${percent}\u00a0%`}
          </Text>
        }
      />
      <Stack gap={2} maw={520}>
        <Text fw={650}>{percent === null ? 'Fit not measured yet' : `Fit ${percent}\u00a0%`}</Text>
        <Text size="sm" c="dimmed" display={compact ? 'none' : undefined}>
          {percent === null
            ? 'Add the customer’s pains and gains on the right; fit is the share of the three most important of each that the joint offer addresses.'
            : `${fit.addressedCount} of the ${fit.topCount} most important pains and gains are addressed by a reliever or creator.`}
        </Text>
        {open.length > 0 && (
          <Text size="sm" c="red.7" lineClamp={2}>
            Still open: {open.map((i) => i.text).join(' · ')}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
