import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { toMinor } from '../../../../shared/domain/money.ts';
import { computeRevenueShare } from '../../../../shared/domain/revenue-share.ts';
import { combinedReach, funnelEconomics } from '../../../../shared/domain/unit-economics.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { BreakdownLines } from './BreakdownLines.tsx';
import { count, currencySymbol, money, orDash, percent, times } from './economics-format.ts';
import { num, type Num } from './forecast-form.ts';

function Calculator({
  title,
  source,
  children,
  onExample,
  testId,
}: {
  title: string;
  source: string;
  children: ReactNode;
  onExample: () => void;
  testId: string;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={5}>{title}</Title>
          <Text size="xs" c="dimmed">
            {source}
          </Text>
        </div>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={onExample}
          data-testid={`${testId}-example`}
        >
          Fill in the example
        </Button>
      </Group>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

function Step({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper bg="var(--mantine-color-default-hover)" p="xs" miw={110}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

const arrow = <IconArrowRight size={16} color="var(--mantine-color-dimmed)" />;

/** A campaign's funnel from registrants to ROI, as in the playbook's partner webinar. */
export function WebinarCalculator({ currency }: { currency: string }) {
  const [v, setV] = useState<Record<'leads' | 'qualify' | 'close' | 'dealValue' | 'cost', Num>>({
    leads: '',
    qualify: '',
    close: '',
    dealValue: '',
    cost: '',
  });
  const values = Object.values(v).map(num);
  const ready = values.every((x) => x !== undefined);
  const f = ready
    ? funnelEconomics({
        leads: num(v.leads) ?? 0,
        qualificationRate: (num(v.qualify) ?? 0) / 100,
        closeRate: (num(v.close) ?? 0) / 100,
        dealValue: toMinor(num(v.dealValue) ?? 0, currency),
        cost: toMinor(num(v.cost) ?? 0, currency),
      })
    : null;
  const input = (key: keyof typeof v, label: string, extra: object, testId: string) => (
    <NumberInput
      label={label}
      value={v[key]}
      onChange={(x) => setV((s) => ({ ...s, [key]: x }))}
      min={0}
      thousandSeparator=","
      data-testid={testId}
      {...extra}
    />
  );
  const cash = { prefix: currencySymbol(currency), decimalScale: 2 };
  const pct = { suffix: ' %', max: 100, decimalScale: 2 };
  return (
    <Calculator
      title="Campaign funnel and ROI"
      source="A partner webinar, say: registrants → qualified leads → deals → revenue, against its cost."
      onExample={() => setV({ leads: 500, qualify: 10, close: 10, dealValue: 5_000, cost: 2_000 })}
      testId="calc-webinar"
    >
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        {input('leads', 'Registrants', {}, 'webinar-leads')}
        {input('qualify', 'Qualify', pct, 'webinar-qualify')}
        {input('close', 'Close', pct, 'webinar-close')}
        {input('dealValue', 'Revenue per deal', cash, 'webinar-deal-value')}
        {input('cost', 'Cost', cash, 'webinar-cost')}
      </SimpleGrid>
      {f ? (
        <Group gap="xs" wrap="wrap">
          <Step label="Qualified leads" value={count(f.qualified, 1)} testId="webinar-qualified" />
          {arrow}
          <Step label="Deals" value={count(f.deals, 1)} testId="webinar-deals" />
          {arrow}
          <Step label="Revenue" value={money(f.revenue, currency)} testId="webinar-revenue" />
          <Step
            label="Cost per deal"
            value={orDash(f.costPerDeal, (x) => money(x, currency))}
            testId="webinar-cost-per-deal"
          />
          <Step label="ROI" value={orDash(f.roi, (x) => percent(x))} testId="webinar-roi" />
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          Fill in all five figures to see the funnel and the return: (revenue − cost) ÷ cost.
        </Text>
      )}
    </Calculator>
  );
}

/** Revenue through a partner minus its commission, line by line for both sides. */
export function IntegrationCalculator({ currency }: { currency: string }) {
  const [v, setV] = useState<Record<'customers' | 'value' | 'rate', Num>>({
    customers: '',
    value: '',
    rate: '',
  });
  const customers = num(v.customers);
  const value = num(v.value);
  const rate = num(v.rate);
  const valid = customers !== undefined && value !== undefined && rate !== undefined && rate <= 100;
  const result = valid
    ? computeRevenueShare({ tiers: [{ upTo: null, rate: rate / 100 }] }, [
        { period: 'example', revenue: toMinor(customers * value, currency) },
      ]).periods[0]
    : undefined;
  return (
    <Calculator
      title="Revenue through a partner, after commission"
      source="An integration partner’s marketplace: customers × value, less the partner’s commission."
      onExample={() => setV({ customers: 100, value: 500, rate: 20 })}
      testId="calc-integration"
    >
      <SimpleGrid cols={3}>
        <NumberInput
          label="Customers"
          min={0}
          allowDecimal={false}
          thousandSeparator=","
          value={v.customers}
          onChange={(x) => setV((s) => ({ ...s, customers: x }))}
          data-testid="integration-customers"
        />
        <NumberInput
          label="Value per customer"
          prefix={currencySymbol(currency)}
          min={0}
          decimalScale={2}
          thousandSeparator=","
          value={v.value}
          onChange={(x) => setV((s) => ({ ...s, value: x }))}
          data-testid="integration-value"
        />
        <NumberInput
          label="Commission"
          suffix=" %"
          min={0}
          max={100}
          decimalScale={2}
          value={v.rate}
          onChange={(x) => setV((s) => ({ ...s, rate: x }))}
          error={rate !== undefined && rate > 100 ? 'At most 100 %' : undefined}
          data-testid="integration-rate"
        />
      </SimpleGrid>
      {result ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <BreakdownLines
            title="Commission to the partner"
            lines={result.partnerLines}
            currency={currency}
            testId="integration-partner"
          />
          <BreakdownLines
            title="Net to us"
            lines={result.ourLines}
            currency={currency}
            testId="integration-ours"
          />
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          Fill in the three figures to see the commission and what stays with you.
        </Text>
      )}
    </Calculator>
  );
}

/** Our audience plus a partner's: the gross combined reach and its multiple of going alone. */
export function ReachCalculator() {
  const settings = useApiQuery('settings.get', {});
  const partners = useApiQuery('partners.list', {});
  const [ours, setOurs] = useState<Num | null>(null);
  const [theirs, setTheirs] = useState<Num>('');
  const ourValue = ours ?? settings.data?.audienceSize ?? '';
  const recorded = (partners.data ?? []).filter((p) => !p.archived && (p.audienceSize ?? 0) > 0);
  const recordedTotal = recorded.reduce((s, p) => s + (p.audienceSize ?? 0), 0);
  const o = num(ourValue);
  const t = num(theirs);
  const reach = o !== undefined && t !== undefined ? combinedReach(o, [t]) : null;
  return (
    <Calculator
      title="Combined reach"
      source="A co-branded piece read by both audiences; overlap is not known, so it is not deducted."
      onExample={() => {
        setOurs(50_000);
        setTheirs(100_000);
      }}
      testId="calc-reach"
    >
      <SimpleGrid cols={2}>
        <NumberInput
          label="Our audience"
          description="from the workbook settings"
          min={0}
          allowDecimal={false}
          thousandSeparator=","
          value={ourValue}
          onChange={setOurs}
          data-testid="reach-ours"
        />
        <NumberInput
          label="Partner audience"
          description={
            recorded.length > 0
              ? `${recorded.length} partners record ${count(recordedTotal)} in all`
              : 'type it, or record audiences on partners'
          }
          min={0}
          allowDecimal={false}
          thousandSeparator=","
          value={theirs}
          onChange={setTheirs}
          rightSectionWidth={recorded.length > 0 ? 80 : undefined}
          rightSection={
            recorded.length > 0 ? (
              <Button size="compact-xs" variant="subtle" onClick={() => setTheirs(recordedTotal)}>
                Use all
              </Button>
            ) : undefined
          }
          data-testid="reach-partner"
        />
      </SimpleGrid>
      {reach ? (
        <Group gap="xs">
          <Step label="Combined reach" value={count(reach.combined)} testId="reach-combined" />
          <Step
            label="Against going alone"
            value={orDash(reach.multipleOfSolo, times)}
            testId="reach-multiple"
          />
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          Fill in both audiences to see the combined reach.
        </Text>
      )}
    </Calculator>
  );
}
