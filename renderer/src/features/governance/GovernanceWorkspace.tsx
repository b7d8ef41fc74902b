import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  IconCalendarEvent,
  IconChecklist,
  IconGavel,
  IconHelpCircle,
  IconPlus,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type {
  ActionItem,
  DecisionRecord,
  DecisionRequest,
  OpenQuestion,
} from '../../../../shared/contract/index.ts';
import { actionsToCsv, decisionsToCsv } from '../../../../shared/domain/list-csv.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ExportCsvButton } from '../../components/ExportCsvButton.tsx';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { useRememberedChoice } from '../../stores/view-choices.ts';
import { ActionModal } from './ActionModal.tsx';
import { ActionsTable } from './ActionsTable.tsx';
import { DecisionModal } from './DecisionModal.tsx';
import { DecisionsRequestedPanel } from './DecisionsRequestedPanel.tsx';
import { DecisionsTable } from './DecisionsTable.tsx';
import { localToday } from './governance-format.ts';
import { defaultPartnerOf, scopeInput } from './governance-options.ts';
import { MeetingsTable } from './MeetingsTable.tsx';
import { NewMeetingModal } from './NewMeetingModal.tsx';
import { OverduePanel } from './OverduePanel.tsx';
import { PartnerFilterSelect, type PartnerFilter } from './PartnerFilterSelect.tsx';
import { QuestionModal } from './QuestionModal.tsx';
import { QuestionsTable } from './QuestionsTable.tsx';

type Editing<T> = T | 'new' | null;
const actionViews = ['open', 'overdue', 'all'] as const;
type ActionView = (typeof actionViews)[number];
const governanceTabs = ['meetings', 'actions', 'decisions', 'questions'];

function Empty({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="xl" data-testid="tab-empty">
      <Text c="dimmed" ta="center" size="sm" maw={520} mx="auto">
        {children}
      </Text>
    </Paper>
  );
}

/** Meetings, actions, decisions and open questions, for one partnership or the whole program. */
export function GovernanceWorkspace({ partnerId }: { partnerId?: number }) {
  const program = partnerId === undefined;
  const [filter, setFilter] = useState<PartnerFilter>(program ? 'all' : partnerId);
  const scope = scopeInput(program ? filter : partnerId);
  const today = localToday();
  const keep = { placeholderData: <T,>(previous: T | undefined) => previous };
  const meetingsQuery = useApiQuery('meetings.list', scope, keep);
  const actionsQuery = useApiQuery('actions.list', { ...scope, today }, keep);
  const decisionsQuery = useApiQuery('decisions.list', scope, keep);
  const questionsQuery = useApiQuery('questions.list', scope, keep);
  const overdue = useApiQuery('governance.overdue', { ...scope, today }, keep);
  const requested = useApiQuery('governance.decisionsRequested', scope, keep);

  // Remembered apart for the program page and the partner pages' Meetings tab.
  const scopeKey = program ? 'governance' : 'partnerGovernance';
  const [tab, setTab] = useRememberedChoice(`${scopeKey}.tab`, 'meetings', governanceTabs);
  const [actionView, setActionView] = useRememberedChoice<ActionView>(
    `${scopeKey}.actionView`,
    'open',
    actionViews,
  );
  const [newMeeting, setNewMeeting] = useState(false);
  const [action, setAction] = useState<Editing<ActionItem>>(null);
  const [decision, setDecision] = useState<Editing<DecisionRecord>>(null);
  const [request, setRequest] = useState<DecisionRequest | null>(null);
  const [question, setQuestion] = useState<Editing<OpenQuestion>>(null);
  useHotkeys([
    ['alt+N', () => setNewMeeting(true)],
    ['alt+A', () => setAction('new')],
  ]);

  const newPartnerId = program ? defaultPartnerOf(filter) : partnerId;
  const draft = { partnerId: newPartnerId, meetingId: null, lockPartner: !program };
  const failed = [meetingsQuery, actionsQuery, decisionsQuery, questionsQuery].find(
    (q) => q.isError,
  );
  if (failed?.error)
    return <ErrorState message={failed.error.message} onRetry={() => void failed.refetch()} />;
  const meetings = meetingsQuery.data;
  const actions = actionsQuery.data;
  const decisions = decisionsQuery.data;
  const questions = questionsQuery.data;
  if (!meetings || !actions || !decisions || !questions) return <PageLoader />;

  const shownActions = actions.filter((a) =>
    actionView === 'all'
      ? true
      : actionView === 'overdue'
        ? a.overdue
        : a.status === 'open' || a.status === 'in_progress',
  );
  const openActions = actions.filter((a) => a.status === 'open' || a.status === 'in_progress');
  const openQuestions = questions.filter((q) => q.status === 'open');
  const count = (n: number) =>
    n > 0 ? (
      <Badge size="xs" variant="light" circle={n < 10}>
        {n}
      </Badge>
    ) : null;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        {program ? (
          <PartnerFilterSelect
            programLabel="Program-level only"
            value={filter}
            onChange={setFilter}
            data-testid="governance-partner-filter"
          />
        ) : (
          <div />
        )}
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setAction('new')}
            data-testid="add-action"
          >
            Action
          </Button>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setDecision('new')}
            data-testid="add-decision"
          >
            Decision
          </Button>
          <Button
            leftSection={<IconCalendarEvent size={16} />}
            onClick={() => setNewMeeting(true)}
            data-testid="new-meeting"
          >
            New meeting
          </Button>
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <OverduePanel report={overdue.data} showPartner={program} onOpenAction={setAction} />
        <DecisionsRequestedPanel
          requests={requested.data}
          showPartner={program}
          onDecide={(r) => {
            setRequest(r);
            setDecision('new');
          }}
        />
      </SimpleGrid>

      <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab
            value="meetings"
            leftSection={<IconCalendarEvent size={16} />}
            rightSection={count(meetings.length)}
            data-testid="gov-tab-meetings"
          >
            Meetings
          </Tabs.Tab>
          <Tabs.Tab
            value="actions"
            leftSection={<IconChecklist size={16} />}
            rightSection={count(openActions.length)}
            data-testid="gov-tab-actions"
          >
            Actions
          </Tabs.Tab>
          <Tabs.Tab
            value="decisions"
            leftSection={<IconGavel size={16} />}
            rightSection={count(decisions.length)}
            data-testid="gov-tab-decisions"
          >
            Decisions log
          </Tabs.Tab>
          <Tabs.Tab
            value="questions"
            leftSection={<IconHelpCircle size={16} />}
            rightSection={count(openQuestions.length)}
            data-testid="gov-tab-questions"
          >
            Open questions
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="meetings" pt="md">
          {meetings.length === 0 ? (
            <Empty>
              No meetings yet. Hold a monthly check-in to keep the work moving and a quarterly
              business review to decide whether to continue, expand or adjust; each new meeting
              starts from an agenda you can edit.
            </Empty>
          ) : (
            <MeetingsTable meetings={meetings} showPartner={program} />
          )}
        </Tabs.Panel>

        <Tabs.Panel value="actions" pt="md">
          <Group justify="space-between" mb="sm">
            <SegmentedControl
              size="xs"
              value={actionView}
              onChange={(v) => setActionView(v as ActionView)}
              data={[
                { value: 'open', label: `Open (${openActions.length})` },
                {
                  value: 'overdue',
                  label: `Overdue (${actions.filter((a) => a.overdue).length})`,
                },
                { value: 'all', label: `All (${actions.length})` },
              ]}
              data-testid="action-view"
            />
            <ExportCsvButton
              size="xs"
              what="actions"
              build={() => ({ csv: actionsToCsv(shownActions), count: shownActions.length })}
              disabled={shownActions.length === 0}
              data-testid="export-actions"
            />
          </Group>
          {shownActions.length === 0 ? (
            <Empty>
              {actions.length === 0
                ? 'No actions yet. Every commitment made in a meeting deserves one line here, with one named owner and a due date.'
                : 'No action in this view.'}
            </Empty>
          ) : (
            <ActionsTable
              actions={shownActions}
              showPartner={program}
              showMeeting
              onEdit={setAction}
            />
          )}
        </Tabs.Panel>

        <Tabs.Panel value="decisions" pt="md">
          {decisions.length > 0 && (
            <Group justify="flex-end" mb="sm">
              <ExportCsvButton
                size="xs"
                what="decisions"
                build={() => ({ csv: decisionsToCsv(decisions), count: decisions.length })}
                data-testid="export-decisions"
              />
            </Group>
          )}
          {decisions.length === 0 ? (
            <Empty>
              No decisions logged yet. Record what was decided, by whom and why: renewals,
              adjustments, expansions and exits are what the next review will ask about.
            </Empty>
          ) : (
            <DecisionsTable decisions={decisions} showPartner={program} onEdit={setDecision} />
          )}
        </Tabs.Panel>

        <Tabs.Panel value="questions" pt="md">
          <Group justify="flex-end" mb="sm">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => setQuestion('new')}
              data-testid="add-question"
            >
              Add question
            </Button>
          </Group>
          {questions.length === 0 ? (
            <Empty>
              No open questions. Park here what nobody could answer yet, and flag the ones the
              steering committee must settle.
            </Empty>
          ) : (
            <QuestionsTable questions={questions} showPartner={program} onEdit={setQuestion} />
          )}
        </Tabs.Panel>
      </Tabs>

      <NewMeetingModal
        opened={newMeeting}
        onClose={() => setNewMeeting(false)}
        partnerId={newPartnerId}
        lockPartner={!program}
      />
      <ActionModal
        opened={action !== null}
        onClose={() => setAction(null)}
        action={action === 'new' ? null : action}
        draft={draft}
      />
      <DecisionModal
        opened={decision !== null}
        onClose={() => {
          setDecision(null);
          setRequest(null);
        }}
        decision={decision === 'new' ? null : decision}
        draft={{ ...draft, request }}
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
