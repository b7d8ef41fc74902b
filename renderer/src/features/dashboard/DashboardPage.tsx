import { Button, Grid, Group, Kbd, Stack, Switch, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconLayoutDashboard, IconRefresh, IconSettings, IconUsersPlus } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks.ts';
import { EmptyState, ErrorState, PageLoader } from '../../components/PageState.tsx';
import { formatDate, localToday } from '../health/health-format.ts';
import { dashboardCards, type DashboardCardProps } from './dashboard-cards.tsx';
import { useDashboardView } from './dashboard-store.ts';

/**
 * The cards, kept as they are while the page around them changes (the refresh button's spinner,
 * a refetch that brings back the same figures: the query keeps the same object for equal data).
 */
const DashboardCards = memo(function DashboardCards({ data, today }: DashboardCardProps) {
  return (
    <Grid
      gap="md"
      align="stretch"
      type="container"
      breakpoints={{ xs: '480px', sm: '640px', md: '880px', lg: '1100px', xl: '1400px' }}
    >
      {dashboardCards
        .filter((card) => data.partners.total > 0 || card.showOnEmptyWorkbook)
        .map(({ id, span, component: Card }) => (
          <Grid.Col key={id} span={{ base: 12, md: span }}>
            <Card data={data} today={today} />
          </Grid.Col>
        ))}
    </Grid>
  );
});

/** The program at a glance: the first page after a workbook opens, and the one on the projector. */
export default function DashboardPage() {
  const [today] = useState(localToday);
  const [, navigate] = useLocation();
  const board = useApiQuery(
    'dashboard.get',
    { today },
    // Asked again on every visit: a prefetched answer shows at once, and the backend keeps the
    // result until the workbook changes, so asking again costs little.
    { staleTime: 0, refetchOnMount: 'always', placeholderData: (previous) => previous },
  );
  const tablesOnly = useDashboardView((s) => s.tablesOnly);
  const setTablesOnly = useDashboardView((s) => s.setTablesOnly);
  const settings = useApiQuery('settings.get', {});
  useHotkeys([
    ['alt+R', () => void board.refetch()],
    ['alt+T', () => setTablesOnly(!tablesOnly)],
  ]);

  const program = settings.data?.programName || settings.data?.clientName || 'Program';

  return (
    <Stack gap="lg" data-testid="dashboard" data-ready={board.data ? '' : undefined}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{program} at a glance</Title>
          <Text c="dimmed" size="sm">
            As of {formatDate(today)}. Every figure comes from what this workbook records.
          </Text>
        </div>
        <Group gap="sm">
          <Tooltip
            label={
              <>
                Show every chart as a table <Kbd size="xs">Alt T</Kbd>
              </>
            }
          >
            <Switch
              label="Tables"
              checked={tablesOnly}
              onChange={(e) => setTablesOnly(e.currentTarget.checked)}
              data-testid="dashboard-tables"
            />
          </Tooltip>
          <Tooltip
            label={
              <>
                Recompute from the workbook <Kbd size="xs">Alt R</Kbd>
              </>
            }
          >
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} />}
              loading={board.isFetching}
              onClick={() => void board.refetch()}
              data-testid="dashboard-refresh"
            >
              Refresh
            </Button>
          </Tooltip>
        </Group>
      </Group>
      {board.isPending && <PageLoader />}
      {board.isError && (
        <ErrorState message={board.error.message} onRetry={() => void board.refetch()} />
      )}
      {board.data && board.data.partners.total === 0 && (
        <EmptyState
          icon={<IconLayoutDashboard size={32} />}
          title="Your program at a glance starts with partners"
          text="Add the partners you work with or are courting. The dashboard then shows the pipeline, each partnership's health, the anti-patterns to fix, top risks, what is coming up and what is overdue."
          action={
            <Group>
              <Button
                leftSection={<IconUsersPlus size={16} />}
                onClick={() => navigate('/partners')}
                data-testid="dashboard-add-partners"
              >
                Add partners
              </Button>
              <Button
                variant="default"
                leftSection={<IconSettings size={16} />}
                onClick={() => navigate('/settings')}
              >
                Workbook settings
              </Button>
            </Group>
          }
        />
      )}
      {board.data && <DashboardCards data={board.data} today={today} />}
    </Stack>
  );
}
