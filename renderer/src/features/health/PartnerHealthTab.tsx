import { Alert, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { Partner } from '../../../../shared/contract/index.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { BilateralCheckSection } from './BilateralCheckSection.tsx';
import { DiagnosticItem } from './DiagnosticItem.tsx';
import { HealthIndexCard } from './HealthIndexCard.tsx';
import { localToday, plural } from './health-format.ts';

/** The partnership's health index, the anti-patterns it shows, and the bilateral check. */
export default function PartnerHealthTab({ partner }: { partner: Partner }) {
  const health = useApiQuery(
    'health.partner',
    { partnerId: partner.id, today: localToday() },
    { staleTime: 0, refetchOnMount: 'always' },
  );
  return (
    <Stack gap="xl" data-testid="partner-health-tab">
      {health.isPending && <PageLoader />}
      {health.isError && (
        <ErrorState message={health.error.message} onRetry={() => void health.refetch()} />
      )}
      {health.data && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <HealthIndexCard
              health={health.data.health}
              evidence={health.data.evidence}
              weights={health.data.weights}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="sm" data-testid="partner-diagnostics">
              <Group justify="space-between" align="baseline">
                <Title order={4}>Anti-patterns</Title>
                <Text size="sm" c="dimmed">
                  {health.data.diagnostics.length === 0
                    ? 'none found'
                    : plural(health.data.diagnostics.length, 'finding')}
                </Text>
              </Group>
              {health.data.diagnostics.length === 0 ? (
                <Alert
                  color="teal"
                  variant="light"
                  icon={<IconCircleCheck size={18} />}
                  title="No anti-pattern found"
                  data-testid="no-diagnostics"
                >
                  This partnership passes the fourteen checks drawn from the sources: owners,
                  agreement, effort, success, incentives, metrics, cadence, activity, fit, risks,
                  exit plan, data terms and renewal.
                </Alert>
              ) : (
                health.data.diagnostics.map((d) => (
                  <DiagnosticItem key={d.checkId} diagnostic={d} />
                ))
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      <BilateralCheckSection partner={partner} />
    </Stack>
  );
}
