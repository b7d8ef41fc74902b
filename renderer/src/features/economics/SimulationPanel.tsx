import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconDice5, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { monteCarloTrialOptions } from '../../../../shared/contract/index.ts';
import { count } from './economics-format.ts';
import type { ForecastFormApi } from './ForecastInputs.tsx';
import { InputSection } from './ForecastInputs.tsx';
import { UncertaintyTable } from './UncertaintyTable.tsx';
import type { useSimulation } from './use-simulation.ts';

interface SimulationPanelProps {
  form: ForecastFormApi;
  simulation: ReturnType<typeof useSimulation>;
  /** Why a run cannot start now (unsaved or invalid edits), or null. */
  blockedReason: string | null;
  outOfDate: boolean;
}

const statusWords = {
  queued: 'Waiting for the previous run…',
  running: 'Simulating…',
  cancelling: 'Stopping…',
  done: 'Done',
  cancelled: 'Cancelled',
  failed: 'Failed',
} as const;

/** The ranges, the number of trials and the seed, and the run itself with progress and cancel. */
export function SimulationPanel({
  form,
  simulation,
  blockedReason,
  outOfDate,
}: SimulationPanelProps) {
  const { job, starting } = simulation;
  const active = job !== undefined && ['queued', 'running', 'cancelling'].includes(job.status);
  return (
    <InputSection
      title="Uncertainty"
      hint="Each trial draws the varied inputs from their ranges. Ranges move with the plan; edit them to widen or narrow."
    >
      <UncertaintyTable form={form} />
      <Group align="flex-end" gap="md">
        <div>
          <Text size="sm" fw={500} mb={4}>
            Trials
          </Text>
          <SegmentedControl
            size="xs"
            data={monteCarloTrialOptions.map((t) => ({ value: String(t), label: count(t) }))}
            value={String(form.values.trials)}
            onChange={(v) => form.setFieldValue('trials', Number(v))}
            aria-label="Trials"
            data-testid="simulation-trials"
          />
        </div>
        <NumberInput
          label="Seed"
          description="Same seed, same figures"
          size="xs"
          w={150}
          min={0}
          hideControls
          {...form.getInputProps('seed')}
          rightSection={
            <Tooltip label="Draw a new seed">
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label="Draw a new seed"
                onClick={() => form.setFieldValue('seed', Math.floor(Math.random() * 1_000_000))}
              >
                <IconDice5 size={14} />
              </ActionIcon>
            </Tooltip>
          }
          data-testid="simulation-seed"
        />
      </Group>
      <Stack gap={6} data-testid="simulation-status" data-status={job?.status ?? 'none'}>
        <Group gap="sm">
          {active ? (
            <Button
              color="red"
              variant="light"
              leftSection={<IconPlayerStop size={16} />}
              onClick={() => void simulation.cancel()}
              disabled={job?.status === 'cancelling'}
              data-testid="simulation-cancel"
            >
              Cancel
            </Button>
          ) : (
            <Tooltip label={blockedReason} disabled={blockedReason === null}>
              <Button
                leftSection={<IconPlayerPlay size={16} />}
                onClick={() => void simulation.start()}
                loading={starting}
                disabled={blockedReason !== null}
                data-testid="simulation-run"
              >
                {job ? 'Run again' : 'Run simulation'}
              </Button>
            </Tooltip>
          )}
          {job && (
            <Text size="sm" c="dimmed">
              {statusWords[job.status]}
              {job.status === 'cancelled' &&
                ` after ${count(job.completedTrials)} of ${count(job.trials)} trials`}
              {job.status === 'done' && ` · ${count(job.trials)} trials, seed ${job.seed}`}
            </Text>
          )}
          {!active && outOfDate && (
            <Badge color="orange" variant="light" data-testid="simulation-outdated">
              Inputs changed since this run
            </Badge>
          )}
        </Group>
        {active && (
          <Progress
            value={Math.round((job?.progress ?? 0) * 100)}
            animated
            striped
            aria-label="Simulation progress"
            data-testid="simulation-progress"
          />
        )}
        {job?.status === 'failed' && (
          <Alert color="red" variant="light" p="xs">
            {job.error}
          </Alert>
        )}
        {(simulation.error ??
          (simulation.lost ? 'That run is no longer available; run it again.' : null)) && (
          <Alert color="red" variant="light" p="xs">
            {simulation.error ?? 'That run is no longer available; run it again.'}
          </Alert>
        )}
      </Stack>
    </InputSection>
  );
}
