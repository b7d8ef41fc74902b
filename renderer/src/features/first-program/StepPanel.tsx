import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { firstProgramSteps, type FirstProgramStep } from '../../../../shared/contract/index.ts';
import { stepGuidance } from './first-program-guidance.ts';

interface StepPanelProps {
  step: FirstProgramStep;
  done: boolean;
  children: ReactNode;
}

/** The frame of one step: what it asks, the playbook's advice, then the step's own form. */
export function StepPanel({ step, done, children }: StepPanelProps) {
  const guidance = stepGuidance[step];
  return (
    <Paper withBorder p="lg" data-testid={`step-${step}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Step {firstProgramSteps.indexOf(step) + 1} of {firstProgramSteps.length}
            </Text>
            <Title order={3}>{guidance.title}</Title>
          </div>
          {done && (
            <Badge color="teal" variant="light">
              Done
            </Badge>
          )}
        </Group>
        <Text size="sm">{guidance.lead}</Text>
        <Alert variant="light" color="yellow" icon={<IconBulb size={18} />} p="sm">
          <Text size="sm">{guidance.tip}</Text>
        </Alert>
        {children}
      </Stack>
    </Paper>
  );
}
