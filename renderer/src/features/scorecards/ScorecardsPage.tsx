import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import { BarChart } from '@mantine/charts';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconCalendarMonth, IconChartBar, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { lifecycleStageLabels, type ScorecardSummary } from '../../../../shared/contract/index.ts';
import { tierLabels, tierNames } from '../../../../shared/domain/scorecard.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { EmptyState, ErrorState, PageLoader } from '../../components/PageState.tsx';
import { useUiStore } from '../../stores/ui-store.ts';
import { AttainmentBar } from '../kpis/AttainmentBar.tsx';
import { ChartWithTable } from '../../components/ChartWithTable.tsx';
import {
  currentMonth,
  monthLabel,
  monthsEndingAt,
  monthToPickerValue,
  pickerValueToMonth,
} from '../kpis/months.ts';
import { onOff, useRememberedChoice } from '../../stores/view-choices.ts';
import { formatScore } from './score-format.ts';
import { TierBadge } from './TierBadge.tsx';

const byScore = (a: ScorecardSummary, b: ScorecardSummary) =>
  (b.score ?? -1) - (a.score ?? -1) || a.partnerName.localeCompare(b.partnerName);

function TierMix({ rows }: { rows: ScorecardSummary[] }) {
  const data = tierNames.map((tier) => ({
    tier: tierLabels[tier],
    suggested: rows.filter((r) => r.suggestedTier === tier).length,
    assigned: rows.filter((r) => r.assignedTier?.toLowerCase() === tier).length,
  }));
  return (
    <ChartWithTable
      title="Partners by tier"
      description="What the scores suggest against what is assigned today."
      testId="tier-mix"
      table={{
        columns: ['Tier', 'Suggested', 'Assigned'],
        rows: data.map((d) => ({ key: d.tier, cells: [d.tier, d.suggested, d.assigned] })),
      }}
    >
      <BarChart
        h={200}
        data={data}
        dataKey="tier"
        withLegend
        series={[
          { name: 'suggested', label: 'Suggested', color: 'brand.6' },
          { name: 'assigned', label: 'Assigned', color: 'gray.4' },
        ]}
        yAxisProps={{ allowDecimals: false }}
      />
    </ChartWithTable>
  );
}

/** Every partner's scorecard for one month, best first, with tier mismatches to review. */
export default function ScorecardsPage() {
  const [period, setPeriod] = useState(currentMonth);
  const [archived, setArchived] = useRememberedChoice<boolean>('scorecards.archived', false, onOff);
  const all = useApiQuery(
    'scorecards.all',
    { period, includeArchived: archived },
    { placeholderData: (p) => p },
  );
  const [, navigate] = useLocation();
  const setTab = useUiStore((s) => s.setPartnerTab);
  const open = (partnerId: number) => {
    setTab('scorecard');
    navigate(`/partners/${partnerId}`);
  };

  const rows = [...(all.data?.rows ?? [])].sort(byScore);
  const mismatches = rows.filter((r) => r.mismatch).length;
  const scored = rows.filter((r) => r.score !== null).length;
  const previous = monthsEndingAt(period, 2)[0] ?? period;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Scorecards</Title>
          <Text c="dimmed" size="sm">
            Each partner against its targets for {monthLabel(period, 'long')}, and the tier its
            score suggests.
          </Text>
        </div>
        <Group align="flex-end">
          <Switch
            label="Include archived"
            checked={archived}
            onChange={(e) => setArchived(e.currentTarget.checked)}
          />
          <MonthPickerInput
            label="Month"
            w={180}
            value={monthToPickerValue(period)}
            onChange={(v) => setPeriod(pickerValueToMonth(v) ?? period)}
            data-testid="scorecards-period"
          />
        </Group>
      </Group>
      {all.isPending && <PageLoader />}
      {all.isError && <ErrorState message={all.error.message} onRetry={() => void all.refetch()} />}
      {all.data && rows.length === 0 && (
        <EmptyState
          icon={<IconUsersGroup size={32} />}
          title="No partners to score"
          text="Scorecards appear once partners exist and their monthly actuals are recorded."
          action={<Button onClick={() => navigate('/partners')}>Go to partners</Button>}
        />
      )}
      {rows.length > 0 && (
        <>
          <Group gap="sm">
            <Badge size="lg" variant="light" leftSection={<IconChartBar size={14} />}>
              {scored} of {rows.length} scored
            </Badge>
            <Badge
              size="lg"
              variant="light"
              color={mismatches > 0 ? 'orange' : 'teal'}
              data-testid="mismatch-count"
            >
              {mismatches} tier {mismatches === 1 ? 'mismatch' : 'mismatches'}
            </Badge>
          </Group>
          {scored === 0 && (
            <Alert
              color="gray"
              icon={<IconCalendarMonth size={18} />}
              title={`Nothing recorded for ${monthLabel(period, 'long')} yet`}
              data-testid="scorecards-no-data"
            >
              <Group justify="space-between" gap="sm">
                <Text size="sm">
                  A month is scored from the actuals entered on each partner’s Actuals tab, usually
                  once the month is over.
                </Text>
                <Button size="xs" variant="light" onClick={() => setPeriod(previous)}>
                  Show {monthLabel(previous, 'long')}
                </Button>
              </Group>
            </Alert>
          )}
          <TierMix rows={rows} />
          <Paper withBorder>
            <Table highlightOnHover verticalSpacing="sm" data-testid="scorecards-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Partner</Table.Th>
                  <Table.Th ta="right">Score</Table.Th>
                  <Table.Th>Against target</Table.Th>
                  <Table.Th>Suggested</Table.Th>
                  <Table.Th>Assigned</Table.Th>
                  <Table.Th>Missing</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr
                    key={r.partnerId}
                    className="pwb-table-row"
                    tabIndex={0}
                    onClick={() => open(r.partnerId)}
                    onKeyDown={(e) => e.key === 'Enter' && open(r.partnerId)}
                    data-testid="scorecard-row"
                  >
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {r.partnerName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {lifecycleStageLabels[r.stage]}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {formatScore(r.score)}
                    </Table.Td>
                    <Table.Td>
                      <AttainmentBar value={r.score === null ? null : r.score / 100} />
                    </Table.Td>
                    <Table.Td>
                      <TierBadge tier={r.suggestedTier} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        <TierBadge tier={r.assignedTier} assigned />
                        {r.mismatch && (
                          <Badge size="xs" color="orange" variant="light">
                            differs
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {r.missing.length === 0
                          ? 'none'
                          : r.weightUsed === 0
                            ? 'no data this month'
                            : `${r.missing.length} ${r.missing.length === 1 ? 'criterion' : 'criteria'}`}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </>
      )}
    </Stack>
  );
}
