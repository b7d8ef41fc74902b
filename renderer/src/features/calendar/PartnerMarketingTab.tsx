import './calendar.css';
import {
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangleFilled, IconCalendarEvent, IconCalendarPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useLocation } from 'wouter';
import {
  activityKindLabels,
  activityStatusLabels,
  type Partner,
} from '../../../../shared/contract/index.ts';
import { formatMoney } from '../../../../shared/domain/money.ts';
import { fiscalYearOf, type Quarter } from '../../../../shared/domain/periods.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { ActivityEditor } from './ActivityEditor.tsx';
import { dateSpan, kindColors, partnerShare, statusColors, todayIso } from './calendar-options.ts';
import { useCalendarStore } from './calendar-store.ts';
import { useActivityEditor } from './editor-store.ts';
import { QuarterBudgetCell } from './QuarterBudgetCell.tsx';
import { useCalendarSettings, useConflicts } from './use-calendar-data.ts';

const quarters: Quarter[] = [1, 2, 3, 4];

export default function PartnerMarketingTab({ partner }: { partner: Partner }) {
  const activities = useApiQuery('calendar.list', { partnerIds: [partner.id] });
  const budgets = useApiQuery('calendar.budgets', { partnerId: partner.id });
  const { currency, fiscalYearStartMonth } = useCalendarSettings();
  const conflicts = useConflicts();
  const editor = useActivityEditor();
  const setPartnerFilter = useCalendarStore((s) => s.setPartnerFilter);
  const [, navigate] = useLocation();
  const today = todayIso();
  const fiscalYear = fiscalYearOf(today, fiscalYearStartMonth);

  const totals = useMemo(() => {
    const live = (activities.data ?? []).filter((a) => a.status !== 'cancelled');
    return {
      upcoming: live.filter((a) => a.endDate >= today).length,
      budget: live.reduce((s, a) => s + a.budgetMinor, 0),
      theirs: live.reduce((s, a) => s + (partnerShare(a, partner.id) ?? 0), 0),
      leads: live.reduce((s, a) => s + (a.expectedLeads ?? 0), 0),
    };
  }, [activities.data, partner.id, today]);

  if (activities.isPending || budgets.isPending) return <PageLoader />;
  if (activities.isError) return <ErrorState message={activities.error.message} />;
  if (budgets.isError) return <ErrorState message={budgets.error.message} />;
  const cell = (q: Quarter) =>
    budgets.data.find((b) => b.fiscalYear === fiscalYear && b.quarter === q);
  const otherYears = budgets.data.filter((b) => b.fiscalYear !== fiscalYear);

  return (
    <Stack gap="lg" data-testid="partner-marketing">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={4}>Joint marketing with {partner.name}</Title>
          <Text size="sm" c="dimmed">
            Activities planned together, what {partner.name} pays towards them, and the budget
            agreed per quarter.
          </Text>
        </div>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconCalendarEvent size={16} />}
            onClick={() => {
              setPartnerFilter([partner.id]);
              navigate('/calendar');
            }}
          >
            Open in calendar
          </Button>
          <Button
            leftSection={<IconCalendarPlus size={16} />}
            onClick={() => editor.openNew({ partnerIds: [partner.id] })}
            data-testid="partner-plan-activity"
          >
            Plan an activity
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label="Upcoming activities" value={String(totals.upcoming)} />
        <Stat label="Total budget" value={formatMoney(totals.budget, currency)} />
        <Stat label={`${partner.name}'s share`} value={formatMoney(totals.theirs, currency)} />
        <Stat label="Expected leads" value={totals.leads.toLocaleString()} />
      </SimpleGrid>
      <Paper withBorder>
        {activities.data.length === 0 ? (
          <Text c="dimmed" ta="center" p="xl" size="sm">
            Nothing planned with {partner.name} yet. A joint webinar or a newsletter swap is a light
            first step; “Plan an activity” puts it on the calendar.
          </Text>
        ) : (
          <Table highlightOnHover verticalSpacing="sm" data-testid="partner-activities">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Activity</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="right">Budget</Table.Th>
                <Table.Th ta="right">Their share</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activities.data.map((activity) => {
                const own = conflicts.byActivity.get(activity.id) ?? [];
                const share = partnerShare(activity, partner.id);
                return (
                  <Table.Tr
                    key={activity.id}
                    className="pwb-table-row"
                    tabIndex={0}
                    onClick={() => editor.openEdit(activity.id)}
                    onKeyDown={(e) => e.key === 'Enter' && editor.openEdit(activity.id)}
                    data-testid="partner-activity-row"
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateSpan(activity)}</Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        {own.length > 0 && (
                          <Tooltip label={own.map((c) => c.message).join(' ')} multiline w={320}>
                            <IconAlertTriangleFilled
                              size={16}
                              color="var(--mantine-color-orange-6)"
                              aria-label="Has conflicts"
                            />
                          </Tooltip>
                        )}
                        <Text size="sm" fw={500}>
                          {activity.title}
                        </Text>
                        <Badge size="xs" variant="light" color={kindColors[activity.kind]}>
                          {activityKindLabels[activity.kind]}
                        </Badge>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="dot" color={statusColors[activity.status]}>
                        {activityStatusLabels[activity.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{formatMoney(activity.budgetMinor, currency)}</Table.Td>
                    <Table.Td ta="right">
                      {share === null ? (
                        <Text span size="sm" c="orange">
                          Split to fix
                        </Text>
                      ) : (
                        formatMoney(share, currency)
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Text fw={600}>Marketing budget FY{fiscalYear}</Text>
        <Text size="xs" c="dimmed" mb="sm">
          What {partner.name} agreed to put in per quarter; leave a quarter empty when there is no
          plan.
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {quarters.map((q) => (
            <div key={q}>
              <Text size="sm" fw={600} mb={4}>
                Q{q}
              </Text>
              <QuarterBudgetCell
                partnerId={partner.id}
                partnerName={partner.name}
                fiscalYear={fiscalYear}
                quarter={q}
                plannedMinor={cell(q)?.plannedMinor ?? null}
                scheduledMinor={cell(q)?.scheduledMinor ?? 0}
                currency={currency}
              />
            </div>
          ))}
        </SimpleGrid>
        {otherYears.length > 0 && (
          <Table mt="md" verticalSpacing={4} data-testid="partner-other-budgets">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Quarter</Table.Th>
                <Table.Th ta="right">Planned</Table.Th>
                <Table.Th ta="right">Booked</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {otherYears.map((b) => (
                <Table.Tr key={`${b.fiscalYear}-${b.quarter}`}>
                  <Table.Td>
                    FY{b.fiscalYear} Q{b.quarter}
                  </Table.Td>
                  <Table.Td ta="right">
                    {b.plannedMinor === null ? '—' : formatMoney(b.plannedMinor, currency)}
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    c={
                      b.plannedMinor !== null && b.scheduledMinor > b.plannedMinor
                        ? 'red'
                        : undefined
                    }
                  >
                    {formatMoney(b.scheduledMinor, currency)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <ActivityEditor
        suggestions={{
          channels: activities.data.map((a) => a.channel),
          audiences: activities.data.map((a) => a.audience),
        }}
      />
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={650}>
        {value}
      </Text>
    </Paper>
  );
}
