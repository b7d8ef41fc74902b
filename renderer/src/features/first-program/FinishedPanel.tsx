import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconCalendarEvent,
  IconConfetti,
  IconFileCertificate,
  IconHierarchy3,
  IconRepeat,
  IconUser,
} from '@tabler/icons-react';
import { useLocation } from 'wouter';
import type { FirstProgramState } from '../../../../shared/contract/index.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useFirstProgram } from './use-first-program.ts';

/** The end of the checklist: where the records now live, and how to run it again. */
export function FinishedPanel({ state }: { state: FirstProgramState }) {
  const [, navigate] = useLocation();
  const { update, save } = useFirstProgram();
  const partner = useApiQuery(
    'partners.get',
    { id: state.partnerId ?? 0 },
    { enabled: state.partnerId !== null },
  );
  const name = partner.data?.name ?? 'your first partner';

  const again = () =>
    update({
      step: 'firstCall',
      completed: ['candidates', 'outreach'],
      partnerId: null,
      firstCallMeetingId: null,
      kickoffMeetingId: null,
      campaignActivityId: null,
      reviewMeetingId: null,
      decisionId: null,
      legalReview: null,
    });

  return (
    <Paper withBorder p="xl" data-testid="first-program-finished">
      <Stack gap="md" align="flex-start">
        <ThemeIcon size={56} radius={56} variant="light" color="teal">
          <IconConfetti size={30} />
        </ThemeIcon>
        <Title order={3}>Your first partnership is running</Title>
        <Text size="sm" maw={560}>
          Every step of the launch checklist is done with {name}. From here the workbook is where
          you run it: the charter and check-ins, the joint calendar, and the figures each month.
          Next, give the partnership KPIs with targets, so its scorecard and health can be judged.
        </Text>
        <Group gap="sm">
          {state.partnerId !== null && (
            <Button
              variant="light"
              leftSection={<IconUser size={16} />}
              onClick={() => navigate(`/partners/${state.partnerId}`)}
            >
              {name}
            </Button>
          )}
          <Button
            variant="light"
            leftSection={<IconHierarchy3 size={16} />}
            onClick={() => navigate('/kpis')}
          >
            Set KPIs
          </Button>
          <Button
            variant="light"
            leftSection={<IconCalendarEvent size={16} />}
            onClick={() => navigate('/calendar')}
          >
            Calendar
          </Button>
          <Button
            variant="light"
            leftSection={<IconFileCertificate size={16} />}
            onClick={() => navigate('/charter')}
          >
            Program charter
          </Button>
        </Group>
        <Button
          variant="default"
          leftSection={<IconRepeat size={16} />}
          loading={save.isPending}
          onClick={() => void again()}
          data-testid="first-program-again"
        >
          Run the checklist with another candidate
        </Button>
      </Stack>
    </Paper>
  );
}
