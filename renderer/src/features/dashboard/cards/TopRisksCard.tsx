import { Badge, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { riskCategoryLabels } from '../../../../../shared/domain/risk.ts';
import { RiskBandBadge } from '../../risks/RiskBandBadge.tsx';
import { formatDate } from '../../health/health-format.ts';
import { CardEmpty, CardFrame } from '../CardFrame.tsx';
import type { DashboardCardProps } from '../card-types.ts';

/** The highest open risks by their current score (residual where assessed). */
export function TopRisksCard({ data }: DashboardCardProps) {
  return (
    <CardFrame
      title="Top risks"
      description={`The highest of ${data.openRiskCount} open risks, by current score (residual where assessed).`}
      testId="card-risks"
      link={{ label: 'Risk register', href: '/risks' }}
    >
      {data.topRisks.length === 0 ? (
        <CardEmpty
          icon={<IconShieldCheck size={28} color="var(--mantine-color-dimmed)" />}
          text="No open risks. Record what could go wrong in the risk register, per partner or program-wide."
        />
      ) : (
        <Stack gap={4}>
          {data.topRisks.map((r) => (
            <div
              key={r.id}
              className="pwb-dashboard-row"
              style={{ cursor: 'default' }}
              data-testid="top-risk"
            >
              <RiskBandBadge score={r.residualScore ?? r.score} band={r.residualBand ?? r.band} />
              <div style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" fw={500} lineClamp={2}>
                  {r.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.partnerName ?? 'Program-wide'} · {riskCategoryLabels[r.category]} ·{' '}
                  {r.owner ? `owner ${r.owner}` : 'no owner'}
                </Text>
                {r.reviewOverdue && r.nextReviewDate && (
                  <Badge color="orange" variant="light" size="xs" tt="none" mt={2}>
                    review was due {formatDate(r.nextReviewDate)}
                  </Badge>
                )}
              </div>
            </div>
          ))}
        </Stack>
      )}
    </CardFrame>
  );
}
