import { ColorSwatch, Group, Stack, Text } from '@mantine/core';
import { IconHeartbeat } from '@tabler/icons-react';
import { lifecycleStageLabels } from '../../../../../shared/contract/index.ts';
import { HealthBadge } from '../../health/HealthBadge.tsx';
import { healthBandColors, healthBandLabels } from '../../health/health-format.ts';
import { CardEmpty } from '../CardFrame.tsx';
import { ChartCard } from '../ChartCard.tsx';
import { Donut } from '../Donut.tsx';
import type { DashboardCardProps } from '../card-types.ts';
import { useOpenPartner } from '../use-open-partner.ts';

/** Live partnerships by health band, and the ones that need attention first. */
export function HealthCard({ data }: DashboardCardProps) {
  const openPartner = useOpenPartner();
  const { counts, average, lowest } = data.health;
  const slices = [
    {
      key: 'healthy',
      name: healthBandLabels.healthy,
      value: counts.healthy,
      color: `${healthBandColors.healthy}.6`,
    },
    {
      key: 'watch',
      name: healthBandLabels.watch,
      value: counts.watch,
      color: `${healthBandColors.watch}.5`,
    },
    {
      key: 'at_risk',
      name: healthBandLabels.at_risk,
      value: counts.at_risk,
      color: `${healthBandColors.at_risk}.6`,
    },
    { key: 'noData', name: 'No data', value: counts.noData, color: 'gray.4' },
  ];
  const live = data.partners.live;
  return (
    <ChartCard
      title="Partnership health"
      description="Signed, active and renewing partnerships by health band (healthy 70+, watch 50–69, at risk below 50)."
      testId="card-health"
      chartHeight={210}
      table={{
        columns: ['Band', 'Partnerships'],
        rows: slices.map((s) => ({ key: s.key, cells: [s.name, s.value] })),
      }}
      empty={
        live === 0 ? (
          <CardEmpty
            icon={<IconHeartbeat size={28} color="var(--mantine-color-dimmed)" />}
            text="Health is tracked once a partnership is signed. Move a partner to Signed, Active or Renewing on the Partners page to see it here."
          />
        ) : undefined
      }
      aside={
        <Stack gap={2} data-testid="health-lowest">
          <Text size="sm" fw={600} mb={4}>
            Needs attention first
          </Text>
          {lowest.length === 0 && (
            <Text size="sm" c="dimmed">
              No live partnership has enough data for an index yet.
            </Text>
          )}
          {lowest.map((h) => (
            <button
              key={h.partnerId}
              type="button"
              className="pwb-dashboard-row"
              onClick={() => openPartner(h.partnerId)}
              data-testid="health-lowest-row"
            >
              <div style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" fw={500} truncate>
                  {h.partnerName}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {lifecycleStageLabels[h.stage]}
                  {h.missing.length > 0 && ` · ${h.missing.length} missing`}
                </Text>
              </div>
              <HealthBadge index={h.index} band={h.band} size="sm" />
            </button>
          ))}
        </Stack>
      }
    >
      <Donut
        slices={slices}
        size={180}
        thickness={26}
        label={average === null ? '—' : `avg ${average}`}
      />
      <Group gap="xs" justify="center" mt={4}>
        {slices
          .filter((s) => s.value > 0)
          .map((s) => (
            <Group key={s.key} gap={4} wrap="nowrap">
              <ColorSwatch color={`var(--mantine-color-${s.color.replace('.', '-')})`} size={10} />
              <Text size="xs">
                {s.name} {s.value}
              </Text>
            </Group>
          ))}
      </Group>
    </ChartCard>
  );
}
