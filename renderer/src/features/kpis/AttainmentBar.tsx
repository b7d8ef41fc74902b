import { Group, Progress, Text } from '@mantine/core';
import { attainmentColor, formatAttainment } from './format.ts';

/** Attainment as a bar out of the 150 % cap, with the percentage beside it. */
export function AttainmentBar({ value, testId }: { value: number | null; testId?: string }) {
  return (
    <Group gap="xs" wrap="nowrap" data-testid={testId}>
      <Progress
        value={value === null ? 0 : Math.min(100, (value / 1.5) * 100)}
        color={attainmentColor(value)}
        w={90}
        size="sm"
        aria-hidden
      />
      <Text size="sm" fw={500} w={52} ta="right" c={value === null ? 'dimmed' : undefined}>
        {formatAttainment(value)}
      </Text>
    </Group>
  );
}
