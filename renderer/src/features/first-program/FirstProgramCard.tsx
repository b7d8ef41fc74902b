import { Button, Group, Paper, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconRocket } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import { firstProgramSteps } from '../../../../shared/contract/index.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { stepGuidance } from './first-program-guidance.ts';
import { isFinished } from './use-first-program.ts';

/** The guided start's progress, for the dashboard (and anywhere a one-line summary helps). */
export function FirstProgramCard() {
  const [, navigate] = useLocation();
  const state = useApiQuery('firstProgram.get', {});
  const partner = useApiQuery(
    'partners.get',
    { id: state.data?.partnerId ?? 0 },
    { enabled: (state.data?.partnerId ?? null) !== null },
  );
  if (!state.data) return null;
  const done = state.data.completed.length;
  const finished = isFinished(state.data);
  const started = state.data.updatedAt !== null;
  const step = stepGuidance[state.data.step].title;
  const about = partner.data ? ` with ${partner.data.name}` : '';

  return (
    <Paper withBorder p="md" h="100%" data-testid="card-first-program">
      <Group wrap="nowrap" gap="md">
        <ThemeIcon size={40} radius="md" variant="light" color="teal">
          <IconRocket size={22} />
        </ThemeIcon>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap">
            <Text fw={650}>First program{about}</Text>
            <Text size="sm" c="dimmed" data-testid="card-first-program-count">
              {done} of {firstProgramSteps.length} steps
            </Text>
          </Group>
          <Progress value={(100 * done) / firstProgramSteps.length} color="teal" size="sm" />
          <Text size="xs" c="dimmed" truncate>
            {finished
              ? 'Launch checklist complete.'
              : started
                ? `Next: ${step}.`
                : 'The launch checklist, step by step: candidates, first call, agreement, kick-off, first campaign.'}
          </Text>
        </Stack>
        <Button
          variant="light"
          onClick={() => navigate('/first-program')}
          data-testid="card-first-program-open"
        >
          {finished ? 'Review' : started ? 'Continue' : 'Start'}
        </Button>
      </Group>
    </Paper>
  );
}
