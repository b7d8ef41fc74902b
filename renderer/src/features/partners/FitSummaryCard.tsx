import {
  Alert,
  Anchor,
  Badge,
  Checkbox,
  Group,
  Paper,
  RingProgress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import {
  fitCriterionKeys,
  fitRedFlagKeys,
  fitRedFlagText,
  fitVerdictLabels,
  formatFitScore,
  type FitRedFlag,
  type FitResult,
} from '../../../../shared/domain/fit.ts';
import { fitVerdictColors, fitVerdictHelp, type FitForm } from './fit-view.ts';

interface Props {
  result: FitResult;
  redFlags: FitForm['redFlags'];
  onFlag: (flag: FitRedFlag, change: Partial<FitForm['redFlags'][FitRedFlag]>) => void;
}

/** The score, the verdict and the red flags that overrule it. */
export function FitSummaryCard({ result, redFlags, onFlag }: Props) {
  const [, navigate] = useLocation();
  const color = fitVerdictColors[result.verdict];
  const scored = fitCriterionKeys.length - result.unscored.length;
  return (
    <Stack gap="md" className="pwb-sticky-aside">
      <Paper withBorder p="lg">
        <Group wrap="nowrap" gap="lg">
          <RingProgress
            size={112}
            thickness={10}
            roundCaps
            sections={
              result.score === null
                ? []
                : [{ value: result.score, color: fitVerdictColors[result.scoreVerdict] }]
            }
            label={
              <Text ta="center" fw={700} size="xl" data-testid="fit-score">
                {formatFitScore(result.score)}
              </Text>
            }
          />
          <Stack gap={6}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Verdict
            </Text>
            <Badge size="lg" color={color} variant="filled" data-testid="fit-verdict">
              {fitVerdictLabels[result.verdict]}
            </Badge>
            <Text size="xs" c="dimmed" maw={180}>
              {result.redFlags.length > 0
                ? 'Forced by a red flag, whatever the score.'
                : fitVerdictHelp[result.verdict]}
            </Text>
          </Stack>
        </Group>
        <Text size="xs" c="dimmed" mt="md" data-testid="fit-scored-count">
          {scored} of {fitCriterionKeys.length} criteria scored
          {result.unscored.length > 0 && '; the others are left out, not counted as zero'}. Go from
          70, conditional from 50.{' '}
          <Anchor size="xs" component="button" onClick={() => navigate('/settings')}>
            Change the weights
          </Anchor>
        </Text>
      </Paper>

      <Paper withBorder p="lg">
        <Title order={5} mb={4}>
          Red flags
        </Title>
        <Text size="xs" c="dimmed" mb="sm">
          Either one makes the partnership a no-go, however well it scores.
        </Text>
        <Stack gap="sm">
          {fitRedFlagKeys.map((flag) => (
            <Stack key={flag} gap={6}>
              <Checkbox
                label={fitRedFlagText[flag].label}
                checked={redFlags[flag].raised}
                onChange={(e) => onFlag(flag, { raised: e.currentTarget.checked })}
                color="red"
                data-testid={`fit-flag-${flag}`}
              />
              {redFlags[flag].raised && (
                <TextInput
                  size="xs"
                  ml={28}
                  placeholder="What you saw, e.g. the product they launched"
                  value={redFlags[flag].note}
                  onChange={(e) => onFlag(flag, { note: e.currentTarget.value })}
                  aria-label={`${fitRedFlagText[flag].label}: what you saw`}
                  data-testid={`fit-flag-note-${flag}`}
                />
              )}
            </Stack>
          ))}
        </Stack>
      </Paper>

      {result.redFlags.map((flag) => (
        <Alert
          key={flag}
          color="red"
          icon={<IconAlertOctagon size={18} />}
          title={`No-go: ${fitRedFlagText[flag].label.toLowerCase()}`}
          data-testid="fit-reason"
        >
          <Text size="sm">{fitRedFlagText[flag].reason}</Text>
          {redFlags[flag].note && (
            <Text size="sm" mt={4} fs="italic">
              “{redFlags[flag].note}”
            </Text>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
