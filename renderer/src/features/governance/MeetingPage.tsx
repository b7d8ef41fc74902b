import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowLeft, IconGavel, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import {
  meetingFields,
  meetingKindLabels,
  type ActionItem,
  type DecisionRecord,
  type MeetingDetail,
  type OpenQuestion,
} from '../../../../shared/contract/index.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { ActionModal } from './ActionModal.tsx';
import { ActionsTable } from './ActionsTable.tsx';
import { DecisionModal } from './DecisionModal.tsx';
import { DecisionsTable } from './DecisionsTable.tsx';
import { formatDate, localToday } from './governance-format.ts';
import { governanceKeys, meetingKindColors } from './governance-options.ts';
import { formErrors } from '../../components/record-form.tsx';
import { MeetingFieldsForm, type MeetingFormValues } from './MeetingFieldsForm.tsx';
import { QuestionModal } from './QuestionModal.tsx';
import { QuestionsTable } from './QuestionsTable.tsx';
import { useConfirmDelete } from './use-confirm-delete.tsx';

export default function MeetingPage({ id }: { id: number }) {
  const meeting = useApiQuery('meetings.get', { id, today: localToday() });
  const [, navigate] = useLocation();
  if (meeting.isPending) return <PageLoader />;
  if (meeting.isError) {
    return (
      <Stack>
        <Anchor component="button" size="sm" onClick={() => navigate('/meetings')}>
          All meetings
        </Anchor>
        <ErrorState message={meeting.error.message} />
      </Stack>
    );
  }
  return <MeetingDetailView key={meeting.data.id} meeting={meeting.data} />;
}

function valuesOf(m: MeetingDetail): MeetingFormValues {
  const { partnerId, kind, title, date, attendees, agenda, notes } = m;
  return { partnerId, kind, title, date, attendees, agenda, notes };
}

function Section({
  title,
  action,
  children,
}: {
  title: string;
  action: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>{title}</Title>
        {action}
      </Group>
      {children}
    </Stack>
  );
}

function None({ text }: { text: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed" ta="center">
        {text}
      </Text>
    </Paper>
  );
}

function MeetingDetailView({ meeting }: { meeting: MeetingDetail }) {
  const [, navigate] = useLocation();
  const update = useApiMutation('meetings.update', governanceKeys);
  const form = useForm<MeetingFormValues>({
    mode: 'controlled',
    initialValues: valuesOf(meeting),
    validate: zodValidate(meetingFields),
    validateInputOnBlur: true,
  });
  const status = useAutosave({
    values: form.values,
    initial: valuesOf(meeting),
    isValid: (v) => meetingFields.safeParse(v).success,
    save: (fields) =>
      update.mutateAsync({ id: meeting.id, fields }).catch((error: ApiCallError) => {
        form.setErrors(formErrors(error.fields));
        throw error;
      }),
  });
  const charter = useApiQuery('charters.get', { partnerId: meeting.partnerId });
  const committee = (charter.data?.draft?.members ?? []).map((m) => m.name);
  const [action, setAction] = useState<ActionItem | 'new' | null>(null);
  const [decision, setDecision] = useState<DecisionRecord | 'new' | null>(null);
  const [question, setQuestion] = useState<OpenQuestion | 'new' | null>(null);
  const back = () => navigate(meeting.partnerId ? `/partners/${meeting.partnerId}` : '/meetings');
  const confirmDelete = useConfirmDelete('meetings.delete', 'meeting', back);
  useHotkeys([
    ['alt+A', () => setAction('new')],
    ['alt+D', () => setDecision('new')],
  ]);

  const label = `${meetingKindLabels[form.values.kind]} · ${formatDate(form.values.date)}`;
  const draft = {
    partnerId: meeting.partnerId,
    meetingId: meeting.id,
    meetingLabel: label,
    lockPartner: true,
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Group gap="lg">
        <Anchor component="button" size="sm" onClick={() => navigate('/meetings')}>
          <Group gap={4}>
            <IconArrowLeft size={14} /> Meetings & actions
          </Group>
        </Anchor>
        {meeting.partnerId && (
          <Anchor component="button" size="sm" onClick={back}>
            {meeting.partnerName}
          </Anchor>
        )}
      </Group>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={2} data-testid="meeting-heading">
            {form.values.title || meetingKindLabels[form.values.kind]}
          </Title>
          <Group gap="xs">
            <Badge color={meetingKindColors[form.values.kind]} variant="light">
              {meetingKindLabels[form.values.kind]}
            </Badge>
            <Text size="sm" c="dimmed">
              {formatDate(form.values.date)} · {meeting.partnerName ?? 'Program level'}
            </Text>
          </Group>
        </Stack>
        <Group gap="sm">
          <SaveStatus {...status} />
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() =>
              confirmDelete(
                meeting.id,
                label,
                'the meeting record goes; its actions, decisions and questions stay in their lists.',
              )
            }
            data-testid="delete-meeting"
          >
            Delete
          </Button>
        </Group>
      </Group>

      <MeetingFieldsForm form={form} committee={committee} />

      <Section
        title="Actions agreed"
        action={
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAction('new')}
            data-testid="meeting-add-action"
          >
            Add action
          </Button>
        }
      >
        {meeting.actions.length === 0 ? (
          <None text="No actions yet. Give each commitment one owner and a due date (Alt+A)." />
        ) : (
          <ActionsTable
            actions={meeting.actions}
            showPartner={false}
            showMeeting={false}
            onEdit={setAction}
          />
        )}
      </Section>

      <Section
        title="Decisions taken"
        action={
          <Button
            size="xs"
            leftSection={<IconGavel size={14} />}
            onClick={() => setDecision('new')}
            data-testid="meeting-add-decision"
          >
            Record decision
          </Button>
        }
      >
        {meeting.decisions.length === 0 ? (
          <None text="No decisions recorded for this meeting (Alt+D)." />
        ) : (
          <DecisionsTable decisions={meeting.decisions} showPartner={false} onEdit={setDecision} />
        )}
      </Section>

      <Section
        title="Open questions raised"
        action={
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setQuestion('new')}
          >
            Add question
          </Button>
        }
      >
        {meeting.questions.length === 0 ? (
          <None text="Nothing left open." />
        ) : (
          <QuestionsTable questions={meeting.questions} showPartner={false} onEdit={setQuestion} />
        )}
      </Section>

      <ActionModal
        opened={action !== null}
        onClose={() => setAction(null)}
        action={action === 'new' ? null : action}
        draft={draft}
      />
      <DecisionModal
        opened={decision !== null}
        onClose={() => setDecision(null)}
        decision={decision === 'new' ? null : decision}
        draft={draft}
      />
      <QuestionModal
        opened={question !== null}
        onClose={() => setQuestion(null)}
        question={question === 'new' ? null : question}
        draft={draft}
      />
    </Stack>
  );
}
