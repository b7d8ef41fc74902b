import { Badge, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { fitCriterionText, type FitCriterionKey } from '../../../../shared/domain/fit.ts';

const scoreOptions = [
  { value: '', label: '–' },
  ...['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v })),
];

interface Props {
  criterion: FitCriterionKey;
  score: number | null;
  note: string;
  weightShare: number;
  error?: string | undefined;
  onScore: (score: number | null) => void;
  onNote: (note: string) => void;
}

/** One criterion: its guidance, a 1–5 score (or not scored yet), and why. */
export function FitCriterionRow({
  criterion,
  score,
  note,
  weightShare,
  error,
  onScore,
  onNote,
}: Props) {
  const text = fitCriterionText[criterion];
  const inverted = criterion === 'channelConflictRisk';
  return (
    <SimpleGrid
      cols={{ base: 1, md: 2 }}
      spacing="md"
      py="md"
      className="pwb-fit-row"
      data-testid={`fit-row-${criterion}`}
    >
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {text.label}
          </Text>
          <Badge size="xs" variant="default" title="Share of the total weight">
            {Math.round(weightShare * 100)} %
          </Badge>
          {score === null && (
            <Badge size="xs" variant="light" color="gray" data-testid={`fit-unscored-${criterion}`}>
              Not scored
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {text.guidance}
        </Text>
      </Stack>
      <Stack gap={6}>
        <div>
          <SegmentedControl
            fullWidth
            size="xs"
            data={scoreOptions}
            value={score === null ? '' : String(score)}
            onChange={(v) => onScore(v === '' ? null : Number(v))}
            color={inverted && score !== null && score >= 4 ? 'red' : undefined}
            aria-label={`${text.label} score`}
            data-testid={`fit-criterion-${criterion}`}
          />
          <Group justify="space-between" mt={2}>
            <Text size="xs" c="dimmed">
              {inverted ? '1 no risk' : '1 poor'}
            </Text>
            <Text size="xs" c="dimmed">
              {inverted ? '5 severe risk' : '5 strong'}
            </Text>
          </Group>
        </div>
        <TextInput
          size="xs"
          placeholder="What this score rests on"
          value={note}
          onChange={(e) => onNote(e.currentTarget.value)}
          error={error}
          aria-label={`${text.label} note`}
          data-testid={`fit-note-${criterion}`}
        />
      </Stack>
    </SimpleGrid>
  );
}
