import './calendar.css';
import { Box, Button, Group, Menu, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconCalendarEvent,
  IconCalendarPlus,
  IconChevronDown,
  IconCoins,
  IconDownload,
  IconFileSpreadsheet,
  IconFileUpload,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { useLocation } from 'wouter';
import type { ActivityFields } from '../../../../shared/contract/index.ts';
import {
  addDays,
  addMonths,
  firstDayOfMonth,
  lastDayOfMonth,
  monthOf,
} from '../../../../shared/domain/periods.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { EmptyState, ErrorState, PageLoader } from '../../components/PageState.tsx';
import { ActivityEditor } from './ActivityEditor.tsx';
import { BudgetPlan } from './BudgetPlan.tsx';
import { monthWeekStarts } from './calendar-layout.ts';
import { kindColors, kindOptions, shortDate, todayIso } from './calendar-options.ts';
import { useCalendarStore, type CalendarTab } from './calendar-store.ts';
import { CalendarToolbar } from './CalendarToolbar.tsx';
import { ConflictsPanel } from './ConflictsPanel.tsx';
import { useActivityEditor } from './editor-store.ts';
import { ImportCsvModal } from './ImportCsvModal.tsx';
import { MonthView } from './MonthView.tsx';
import { TimelineView } from './TimelineView.tsx';
import {
  useActivities,
  useCalendarSettings,
  useConflicts,
  usePartnerDirectory,
} from './use-calendar-data.ts';
import { useCalendarExports } from './use-calendar-exports.ts';

export default function CalendarPage() {
  const store = useCalendarStore();
  const editor = useActivityEditor();
  const [, navigate] = useLocation();
  const [importing, importModal] = useDisclosure(false);
  const partners = usePartnerDirectory();
  const { weeklyLimit, fiscalYearStartMonth } = useCalendarSettings();
  const conflicts = useConflicts();
  const month = store.anchorMonth ?? monthOf(todayIso());
  const span = store.view === 'timeline' ? store.timelineMonths : 1;

  const range = useMemo(() => {
    if (store.view === 'timeline') {
      return { from: firstDayOfMonth(month), to: lastDayOfMonth(addMonths(month, span - 1)) };
    }
    const weeks = monthWeekStarts(month);
    return { from: weeks[0] ?? month, to: addDays(weeks.at(-1) ?? month, 6) };
  }, [month, span, store.view]);
  const filters = {
    partnerIds: store.partnerFilter,
    kinds: store.kindFilter,
    statuses: store.statusFilter,
  };
  const activities = useActivities({ ...range, ...filters });
  const exports = useCalendarExports(filters);
  const move = useApiMutation('calendar.move', ['calendar']);

  const suggestions = useMemo(() => {
    const list = activities.data ?? [];
    return {
      channels: list.map((a) => a.channel),
      audiences: list.map((a) => a.audience),
    };
  }, [activities.data]);

  const create = (defaults: Partial<ActivityFields> = {}) => editor.openNew(defaults);
  const onMove = (id: number, startDate: string) =>
    move.mutate(
      { id, startDate },
      {
        onSuccess: (moved) =>
          notifications.show({
            message: `${moved.title} now starts ${shortDate(moved.startDate)}`,
          }),
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Not moved', message: error.message }),
      },
    );

  useHotkeys([
    ['alt+N', () => create()],
    ['T', () => store.setAnchorMonth(null)],
    ['alt+ArrowLeft', () => store.setAnchorMonth(addMonths(month, -span))],
    ['alt+ArrowRight', () => store.setAnchorMonth(addMonths(month, span))],
    ['alt+E', () => void exports.exportCsv()],
  ]);

  const conflictsPanel = (wide: boolean) => (
    <ConflictsPanel
      conflicts={conflicts.list}
      range={range}
      fiscalYearStartMonth={fiscalYearStartMonth}
      weeklyLimit={weeklyLimit}
      wide={wide}
      onOpen={(conflict) => {
        if (conflict.kind !== 'budget-over-plan') store.setAnchorMonth(monthOf(conflict.startDate));
        const first = conflict.activityIds[0];
        if (first !== undefined) editor.openEdit(first);
      }}
    />
  );

  const noPartners =
    partners.query.isSuccess && !partners.query.isFetching && partners.options.length === 0;
  const header = (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={2}>Joint marketing calendar</Title>
        <Text c="dimmed" size="sm" maw={640}>
          Every joint activity in one place, so campaigns do not collide, each audience is not
          flooded, and every partner’s share of the spend stays within plan.
        </Text>
      </div>
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconFileUpload size={16} />}
          onClick={importModal.open}
          disabled={noPartners}
          data-testid="calendar-import"
        >
          Import CSV
        </Button>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              rightSection={<IconChevronDown size={14} />}
              loading={exports.busy !== null}
              data-testid="calendar-export"
            >
              Export
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>Activities matching the filters</Menu.Label>
            <Menu.Item
              leftSection={<IconCalendarEvent size={16} />}
              onClick={() => void exports.exportIcs()}
              data-testid="export-ics"
            >
              Calendar file (.ics)
            </Menu.Item>
            <Menu.Item
              leftSection={<IconFileSpreadsheet size={16} />}
              onClick={() => void exports.exportCsv()}
              rightSection={
                <Text size="xs" c="dimmed">
                  Alt+E
                </Text>
              }
              data-testid="export-csv"
            >
              Spreadsheet (.csv)
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Button
          leftSection={<IconCalendarPlus size={16} />}
          onClick={() => create()}
          disabled={noPartners}
          data-testid="new-activity"
        >
          New activity
        </Button>
      </Group>
    </Group>
  );

  if (noPartners) {
    return (
      <Stack gap="lg">
        {header}
        <EmptyState
          icon={<IconUsersGroup size={32} />}
          title="Add a partner first"
          text="Joint activities are planned with partners. Add the partners of this program, then come back to plan webinars, co-branded content, events and launches together."
          action={<Button onClick={() => navigate('/partners')}>Go to partners</Button>}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {header}
      <Tabs value={store.tab} onChange={(v) => v && store.setTab(v as CalendarTab)}>
        <Tabs.List>
          <Tabs.Tab
            value="schedule"
            leftSection={<IconCalendarEvent size={16} />}
            data-testid="tab-schedule"
          >
            Schedule
          </Tabs.Tab>
          <Tabs.Tab value="budgets" leftSection={<IconCoins size={16} />} data-testid="tab-budgets">
            Quarterly budgets
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="schedule" pt="md">
          <Stack gap="sm">
            <CalendarToolbar
              month={month}
              partnerOptions={partners.options}
              onMonth={store.setAnchorMonth}
            />
            <Group align="flex-start" gap="md" wrap="nowrap">
              <Box flex={1} miw={0}>
                {activities.isPending && <PageLoader />}
                {activities.isError && (
                  <ErrorState
                    message={activities.error.message}
                    onRetry={() => void activities.refetch()}
                  />
                )}
                {activities.data && store.view === 'month' && (
                  <MonthView
                    month={month}
                    activities={activities.data}
                    conflicts={conflicts.byActivity}
                    onCreate={create}
                    onOpen={editor.openEdit}
                    onMove={onMove}
                  />
                )}
                {activities.data && store.view === 'timeline' && (
                  <TimelineView
                    firstMonth={month}
                    months={span}
                    grouping={store.grouping}
                    partnerNames={partners.names}
                    activities={activities.data}
                    conflicts={conflicts.byActivity}
                    onCreate={create}
                    onOpen={editor.openEdit}
                    onMove={onMove}
                  />
                )}
                <Legend />
              </Box>
              {store.view === 'month' && (
                <Box w={300} style={{ flex: 'none' }}>
                  {conflictsPanel(false)}
                </Box>
              )}
            </Group>
            {store.view === 'timeline' && conflictsPanel(true)}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="budgets" pt="md">
          <BudgetPlan />
        </Tabs.Panel>
      </Tabs>
      <ActivityEditor suggestions={suggestions} />
      <ImportCsvModal opened={importing} onClose={importModal.close} />
    </Stack>
  );
}

function Legend() {
  return (
    <Stack gap={6} mt="sm">
      <Group gap="md" data-testid="kind-legend">
        {kindOptions.map((kind) => (
          <Group key={kind.value} gap={6} wrap="nowrap">
            <Box
              w={10}
              h={10}
              style={{
                borderRadius: 3,
                background: `var(--mantine-color-${kindColors[kind.value]}-filled)`,
              }}
            />
            <Text size="xs" c="dimmed">
              {kind.label}
            </Text>
          </Group>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        Click a day to plan an activity, drag a bar to move it. Pale bars are still planned;
        struck-through ones are cancelled. Shortcuts: Alt+N new, T today, Alt+←/→ previous/next.
      </Text>
    </Stack>
  );
}
