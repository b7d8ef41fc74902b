import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { FigureSource, UnitEconomicsResult } from '../../../../shared/contract/index.ts';
import { count, money, orDash, percent, times } from './economics-format.ts';

const sourceLabels: Record<FigureSource, { label: string; color: string }> = {
  actuals: { label: 'from actuals', color: 'teal' },
  typed: { label: 'typed', color: 'brand' },
  missing: { label: 'not recorded', color: 'gray' },
};

function Metric({
  label,
  value,
  formula,
  testId,
}: {
  label: string;
  value: string;
  formula: string;
  testId: string;
}) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={`${testId}-value`}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {formula}
      </Text>
    </Paper>
  );
}

/** The four ratios of SPEC M13 with their formulas, the paid-channel comparison and two revenue views. */
export function UnitEconomicsResults({
  result: r,
  currency,
}: {
  result: UnitEconomicsResult;
  currency: string;
}) {
  const m = (v: number) => money(v, currency);
  const a = r.assumptions;
  const spend = r.spend.value;
  const customers = r.newCustomers.value;
  const perCustomer = a.monthlyRevenuePerCustomer;
  const margin = percent(a.grossMarginPercent / 100, 2);
  const { comparison: c, views, buildVsPartner: b } = r;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        {(
          [
            ['Spend', r.spend, (v: number) => m(v)],
            ['New customers', r.newCustomers, (v: number) => count(v)],
            ['Trackable revenue', r.revenue, (v: number) => m(v)],
          ] as const
        ).map(([label, figure, format]) => (
          <Badge
            key={label}
            variant="light"
            color={sourceLabels[figure.source].color}
            size="lg"
            tt="none"
          >
            {label}: {orDash(figure.value, format)} · {sourceLabels[figure.source].label}
          </Badge>
        ))}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Metric
          label="Customer acquisition cost"
          value={orDash(r.cac, m)}
          formula={`Spend ÷ new customers = ${orDash(spend, m)} ÷ ${orDash(customers, count)}`}
          testId="metric-cac"
        />
        <Metric
          label="Customer lifetime value"
          value={orDash(r.clv, m)}
          formula={
            perCustomer === null
              ? 'Enter what a customer pays a month: revenue × margin ÷ churn.'
              : `${m(perCustomer)} a month × ${margin} margin ÷ ${percent(a.monthlyChurnPercent / 100, 2)} churn`
          }
          testId="metric-clv"
        />
        <Metric
          label="Return on investment"
          value={orDash(r.roi, (v) => percent(v))}
          formula={`(Revenue − spend) ÷ spend = (${orDash(r.revenue.value, m)} − ${orDash(spend, m)}) ÷ ${orDash(spend, m)}`}
          testId="metric-roi"
        />
        <Metric
          label="Payback"
          value={orDash(r.paybackMonths, (v) => `${count(v, 1)} months`)}
          formula={`CAC ÷ (what a customer pays a month × margin)${r.clvToCac === null ? '' : ` · lifetime value is ${times(r.clvToCac)} the CAC`}`}
          testId="metric-payback"
        />
      </SimpleGrid>
      <Paper withBorder p="md" data-testid="channel-comparison">
        <Title order={6}>Partner channel against paid channels</Title>
        {c.paidToPartnerRatio === null ? (
          <Text size="sm" c="dimmed">
            {c.paidCac === null
              ? 'Enter what a customer costs through paid channels to compare.'
              : 'Record spend and deals for this partner to compare.'}
          </Text>
        ) : (
          <>
            <Text size="xl" fw={700} data-testid="channel-ratio">
              {times(c.paidToPartnerRatio)}
            </Text>
            <Text size="sm">
              {c.cheaper === 'partner'
                ? `A customer costs ${times(c.paidToPartnerRatio)} as much through paid channels (${m(c.paidCac ?? 0)}) as through the partner (${m(c.partnerCac ?? 0)}).`
                : c.cheaper === 'paid'
                  ? `Paid channels are cheaper here: ${m(c.paidCac ?? 0)} a customer against ${m(c.partnerCac ?? 0)} through the partner.`
                  : 'Both channels cost the same per customer.'}
            </Text>
          </>
        )}
      </Paper>
      <Paper withBorder p="md" data-testid="revenue-views">
        <Title order={6}>Two views of revenue</Title>
        <Text size="xs" c="dimmed" mb="xs">
          Side by side and never added together: the first is evidence you can defend in a board
          meeting, the second an honest estimate of influence.
        </Text>
        <SimpleGrid cols={2}>
          <div>
            <Text size="sm" c="dimmed">
              Trackable (attributed)
            </Text>
            <Text size="xl" fw={700} data-testid="view-trackable">
              {m(views.trackable)}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              Directional ({percent(views.influenceWeight)} of {m(views.influenced)} influenced)
            </Text>
            <Text size="xl" fw={700} data-testid="view-directional">
              {m(views.directional)}
            </Text>
          </div>
        </SimpleGrid>
      </Paper>
      {b && (
        <Paper withBorder p="md" data-testid="build-vs-partner">
          <Title order={6}>Build or partner</Title>
          <Text size="sm">
            Building it in-house: {m(b.build)}; through the partner: {m(b.partner)} of spend.{' '}
            <b>
              {b.saving >= 0
                ? `The partner saves ${m(b.saving)}.`
                : `Building saves ${m(-b.saving)}.`}
            </b>
          </Text>
        </Paper>
      )}
      {r.monthsWithActuals === 0 && (
        <Alert color="orange" variant="light">
          No actuals recorded in these months. Record them on a partner’s Actuals tab, or type
          figures instead.
        </Alert>
      )}
    </Stack>
  );
}
