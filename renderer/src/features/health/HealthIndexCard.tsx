import {
  Anchor,
  Badge,
  Group,
  Paper,
  Progress,
  RingProgress,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import type {
  HealthEvidence,
  HealthWeightsParam,
  PartnershipHealth,
} from '../../../../shared/contract/index.ts';
import { activeStages } from '../../../../shared/domain/diagnostics-facts.ts';
import { healthBandColors, healthBandLabels, formatHealthScore } from './health-format.ts';
import { componentExplanation, governanceElementLabels } from './health-evidence.ts';

const scoreColor = (score: number) => (score >= 70 ? 'teal' : score >= 50 ? 'yellow' : 'red');

function GovernanceChecklist({ governance }: { governance: HealthEvidence['governance'] }) {
  return (
    <Group gap={6} mt={4}>
      {(Object.keys(governanceElementLabels) as (keyof typeof governanceElementLabels)[]).map(
        (key) => (
          <Badge
            key={key}
            size="sm"
            variant="light"
            color={governance[key] ? 'teal' : 'gray'}
            leftSection={governance[key] ? <IconCheck size={12} /> : <IconX size={12} />}
            tt="none"
            data-present={governance[key]}
          >
            {governanceElementLabels[key]}
          </Badge>
        ),
      )}
    </Group>
  );
}

/** The index with its band, and each component with its value (or "missing") and where it comes from. */
export function HealthIndexCard({
  health,
  evidence,
  weights,
}: {
  health: PartnershipHealth;
  evidence: HealthEvidence;
  weights: HealthWeightsParam;
}) {
  const [, navigate] = useLocation();
  const totalWeight = Object.values(weights).reduce((s, w) => s + w, 0);
  const color = health.band ? healthBandColors[health.band] : 'gray';
  return (
    <Paper withBorder p="lg" data-testid="health-index-card">
      <Stack gap="md">
        <Group gap="lg" wrap="nowrap" align="center">
          <RingProgress
            size={128}
            thickness={12}
            roundCaps
            sections={[{ value: health.index ?? 0, color }]}
            label={
              <Text ta="center" fw={700} fz={34} lh={1} data-testid="health-index">
                {health.index ?? '—'}
              </Text>
            }
          />
          <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
            <Group justify="space-between" align="center">
              <Title order={4}>Health index</Title>
              <Badge
                color={color}
                variant={health.band === 'at_risk' ? 'filled' : 'light'}
                size="lg"
                tt="none"
                data-testid="health-band"
              >
                {health.band ? healthBandLabels[health.band] : 'No data'}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              Five components weighted as the workbook sets them; a component without data is left
              out. Healthy 70 and above, watch 50 to 69, at risk below 50.
            </Text>
            <Anchor
              size="xs"
              component="button"
              onClick={() => navigate('/settings')}
              w="fit-content"
            >
              Change the weights
            </Anchor>
          </Stack>
        </Group>
        {!activeStages.has(health.stage) && (
          <Text size="sm" c="dimmed" data-testid="health-not-live">
            This partnership is not signed yet. Its index is shown for reference; the dashboard
            counts signed, active and renewing partnerships only.
          </Text>
        )}
        <Stack gap="md">
          {health.components.map((c) => {
            const share = totalWeight > 0 ? Math.round((c.weight / totalWeight) * 100) : 0;
            return (
              <div key={c.key} data-testid={`health-component-${c.key}`}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {c.label}{' '}
                    <Text span size="xs" c="dimmed" fw={400}>
                      {share} % of the index
                    </Text>
                  </Text>
                  {c.missing ? (
                    <Tooltip label="Left out of the index until there is data">
                      <Badge
                        size="sm"
                        variant="outline"
                        color="gray"
                        data-testid="component-missing"
                      >
                        Missing
                      </Badge>
                    </Tooltip>
                  ) : (
                    <Text size="sm" fw={700} data-testid="component-score">
                      {formatHealthScore(c.score)}
                    </Text>
                  )}
                </Group>
                <Progress
                  value={c.score ?? 0}
                  color={c.score === null ? 'gray' : scoreColor(c.score)}
                  size="sm"
                  mt={4}
                  aria-label={`${c.label}: ${c.missing ? 'missing' : formatHealthScore(c.score)}`}
                  style={c.missing ? { opacity: 0.35 } : undefined}
                />
                <Text size="xs" c="dimmed" mt={4}>
                  {componentExplanation(c.key, evidence)}
                </Text>
                {c.key === 'governanceCompleteness' && (
                  <GovernanceChecklist governance={evidence.governance} />
                )}
              </div>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
