import '@mantine/dates/styles.css';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import {
  IconArrowDownRight,
  IconArrowRight,
  IconArrowUpRight,
  IconInfoCircle,
  IconScale,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { Partner, PartnerScorecard } from '../../../../shared/contract/index.ts';
import { tierLabels } from '../../../../shared/domain/scorecard.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { useUiStore } from '../../stores/ui-store.ts';
import { attainmentColor } from '../kpis/format.ts';
import { monthLabel, monthToPickerValue, pickerValueToMonth } from '../kpis/months.ts';
import { CriteriaTable } from './CriteriaTable.tsx';
import { formatScore } from './score-format.ts';
import { ScoreTrendChart } from './ScoreTrendChart.tsx';
import { TierBadge } from './TierBadge.tsx';

function ScoreCard({ card }: { card: PartnerScorecard }) {
  const counted = card.criteria.length - card.missing.length;
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        Score
      </Text>
      <Group align="baseline" gap={6}>
        <Title
          order={1}
          c={card.score === null ? 'dimmed' : attainmentColor(card.score / 100)}
          data-testid="scorecard-score"
        >
          {formatScore(card.score)}
        </Title>
        <Text size="sm" c="dimmed">
          / 150
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        100 is on target. {counted} of {card.criteria.length} criteria have data (weight{' '}
        {card.weightUsed} of {card.weightTotal}); the others are left out, not counted as zero.
      </Text>
    </Paper>
  );
}

function TierCard({ card }: { card: PartnerScorecard }) {
  const apply = useApiMutation('scorecards.applySuggestedTier', ['scorecards', 'partners']);
  const suggested = card.suggestedTier ? tierLabels[card.suggestedTier] : null;
  const applyTier = () =>
    apply.mutate(
      { partnerId: card.partnerId, period: card.period },
      {
        onSuccess: ({ tier }) =>
          notifications.show({ color: 'green', message: `Assigned tier set to ${tier}` }),
        onError: (e) =>
          notifications.show({ color: 'red', title: 'Tier not changed', message: e.message }),
      },
    );
  const offer = suggested !== null && (card.mismatch || card.assignedTier === null);
  return (
    <Paper
      withBorder
      p="md"
      data-testid="scorecard-tiers"
      data-mismatch={card.mismatch || undefined}
    >
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            Suggested by the score
          </Text>
          <TierBadge tier={card.suggestedTier} testId="suggested-tier" />
        </Stack>
        <Stack gap={4} align="flex-end">
          <Text size="sm" c="dimmed">
            Assigned
          </Text>
          <TierBadge tier={card.assignedTier} assigned testId="assigned-tier" />
        </Stack>
      </Group>
      {card.mismatch && (
        <Text size="sm" c="orange.8" mt="sm" data-testid="tier-mismatch">
          The score points to {suggested}, but {card.assignedTier} is assigned. You decide which
          stands.
        </Text>
      )}
      {!card.mismatch && suggested && card.assignedTier && (
        <Text size="sm" c="teal.8" mt="sm">
          The assigned tier matches the score.
        </Text>
      )}
      {offer && (
        <Button
          size="xs"
          mt="sm"
          variant="light"
          onClick={applyTier}
          loading={apply.isPending}
          data-testid="apply-tier"
        >
          Assign {suggested}
        </Button>
      )}
    </Paper>
  );
}

function TrendCard({ card }: { card: PartnerScorecard }) {
  const { direction, change } = card.trend;
  const icon =
    direction === 'up' ? (
      <IconArrowUpRight />
    ) : direction === 'down' ? (
      <IconArrowDownRight />
    ) : (
      <IconArrowRight />
    );
  const color = direction === 'up' ? 'teal' : direction === 'down' ? 'red' : 'gray';
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        Trend over {card.trend.points.length} months
      </Text>
      <Group gap="sm" mt={4}>
        <ThemeIcon variant="light" color={color} size="lg">
          {icon}
        </ThemeIcon>
        <div>
          <Text fw={600} data-testid="scorecard-trend">
            {direction === null
              ? 'Not enough months yet'
              : direction === 'flat'
                ? 'Steady'
                : direction === 'up'
                  ? 'Rising'
                  : 'Falling'}
          </Text>
          {change !== null && (
            <Text size="xs" c="dimmed">
              {change > 0 ? '+' : ''}
              {formatScore(change)} points across the span
            </Text>
          )}
        </div>
      </Group>
    </Paper>
  );
}

/** The partner's scorecard for a month: score, suggested against assigned tier, criteria, trend. */
export default function ScorecardTab({ partner }: { partner: Partner }) {
  const [period, setPeriod] = useState<string | null>(null);
  const card = useApiQuery(
    'scorecards.get',
    { partnerId: partner.id, period, months: 12 },
    { placeholderData: (p) => p },
  );
  const kpis = useApiQuery('kpis.list', {});
  const [, navigate] = useLocation();
  const setTab = useUiStore((s) => s.setPartnerTab);

  if (card.isPending) return <PageLoader />;
  if (card.isError)
    return <ErrorState message={card.error.message} onRetry={() => void card.refetch()} />;
  const data = card.data;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={4}>Scorecard</Title>
          <Text size="sm" c="dimmed">
            How {partner.name} performed against its targets in {monthLabel(data.period, 'long')}.
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <Anchor size="sm" component="button" onClick={() => navigate('/settings')}>
            <Group gap={4}>
              <IconScale size={14} /> Criteria and tiers
            </Group>
          </Anchor>
          <MonthPickerInput
            label="Month"
            w={180}
            value={monthToPickerValue(data.period)}
            onChange={(v) => setPeriod(pickerValueToMonth(v))}
            data-testid="scorecard-period"
          />
        </Group>
      </Group>
      {data.latestPeriodWithData === null && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle size={16} />}
          title="Nothing recorded yet"
        >
          Enter monthly figures on the{' '}
          <Anchor component="button" size="sm" onClick={() => setTab('actuals')}>
            Actuals tab
          </Anchor>{' '}
          (or import a CSV), and type the criteria marked “typed in” below; the score follows.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <ScoreCard card={data} />
        <TierCard card={data} />
        <TrendCard card={data} />
      </SimpleGrid>
      <CriteriaTable
        criteria={data.criteria}
        kpis={kpis.data ?? []}
        partnerId={partner.id}
        period={data.period}
      />
      <ScoreTrendChart card={data} />
    </Stack>
  );
}
