import './first-program.css';
import { Grid, Group, Paper, RingProgress, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { firstProgramSteps, type FirstProgramStep } from '../../../../shared/contract/index.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { stepGuidance } from './first-program-guidance.ts';
import { FinishedPanel } from './FinishedPanel.tsx';
import { StepPanel } from './StepPanel.tsx';
import { stepComponents } from './step-components.tsx';
import { isFinished, useFirstProgram } from './use-first-program.ts';

/** M16: the launch checklist as a guided flow that writes real records and resumes where it stopped. */
export default function FirstProgramPage() {
  const { query, complete, update } = useFirstProgram();
  const [viewing, setViewing] = useState<{ step: FirstProgramStep; at: string } | null>(null);
  const state = query.data;

  if (query.isPending) return <PageLoader />;
  if (query.isError)
    return <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />;
  if (!state) return null;

  const finished = isFinished(state);
  // A step opened from the stepper stays open until the next save; then the current step shows.
  const progress = `${state.step}|${state.updatedAt ?? ''}`;
  const shown = viewing?.at === progress ? viewing.step : finished ? null : state.step;
  const done = new Set(state.completed);
  const percent = Math.round((100 * done.size) / firstProgramSteps.length);
  const StepBody = shown ? stepComponents[shown] : null;
  const canOpen = (step: FirstProgramStep) => done.has(step) || step === state.step;

  return (
    <Stack gap="lg" data-testid="first-program" className="pwb-first-program">
      <Group justify="space-between" align="center" wrap="nowrap">
        <div>
          <Title order={2}>Your first partnership program</Title>
          <Text c="dimmed" size="sm" maw={720}>
            The launch checklist, one step at a time. Every step saves real records in this workbook
            — partners, fit scores, the agreement, meetings, the first campaign — and you can leave
            whenever you like: you will come back to where you stopped.
          </Text>
        </div>
        <RingProgress
          size={84}
          thickness={8}
          roundCaps
          sections={[{ value: percent, color: 'teal' }]}
          label={
            <Text ta="center" size="xs" fw={700} data-testid="first-program-progress">
              {done.size}/{firstProgramSteps.length}
            </Text>
          }
        />
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md">
            <Stepper
              active={finished ? firstProgramSteps.length : firstProgramSteps.indexOf(state.step)}
              orientation="vertical"
              size="sm"
              onStepClick={(index) => {
                const step = firstProgramSteps[index];
                if (step && canOpen(step)) setViewing({ step, at: progress });
              }}
            >
              {firstProgramSteps.map((step) => (
                <Stepper.Step
                  key={step}
                  label={stepGuidance[step].title}
                  description={stepGuidance[step].description}
                  allowStepSelect={canOpen(step)}
                  color={done.has(step) ? 'teal' : undefined}
                  data-testid={`stepper-${step}`}
                  data-done={done.has(step) ? 'yes' : 'no'}
                />
              ))}
            </Stepper>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {shown && StepBody ? (
            <StepPanel step={shown} done={done.has(shown)}>
              <StepBody state={state} complete={complete} update={update} />
            </StepPanel>
          ) : (
            <FinishedPanel state={state} />
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
