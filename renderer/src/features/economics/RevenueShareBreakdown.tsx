import {
  Alert,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useState } from 'react';
import type {
  RevenueShareCalculation,
  RevenueShareSource,
} from '../../../../shared/contract/index.ts';
import { toMinor } from '../../../../shared/domain/money.ts';
import { addMonths, monthsBetween } from '../../../../shared/domain/periods.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { monthLabel, monthToPickerValue, pickerValueToMonth } from '../kpis/months.ts';
import { BreakdownLines } from './BreakdownLines.tsx';
import { count, money } from './economics-format.ts';
import { num } from './forecast-form.ts';
import { TypedMonthsEditor, type TypedRow } from './TypedMonthsEditor.tsx';

interface BreakdownProps {
  partnerId: number;
  partnerName: string;
  orgName: string;
  currency: string;
  /** The last month to show at first: the latest with actuals, or this month. */
  initialTo: string;
  referral: boolean;
}

/** The saved terms applied to a run of months, line by line for both sides. */
export function RevenueShareBreakdown(props: BreakdownProps) {
  const { partnerId, currency, initialTo } = props;
  const [source, setSource] = useState<RevenueShareSource>('actuals');
  const [range, setRange] = useState({ from: addMonths(initialTo, -5), to: initialTo });
  const [typed, setTyped] = useState<Record<string, TypedRow>>({});
  const months = range.from <= range.to ? monthsBetween(range.from, range.to) : [];
  const minor = (v: TypedRow['revenue']) => toMinor(num(v) ?? 0, currency);
  const calculation = useApiQuery(
    'revenueShare.calculate',
    {
      partnerId,
      ...range,
      source,
      typed:
        source === 'typed'
          ? months.map((period) => {
              const row = typed[period];
              return {
                period,
                revenue: row ? minor(row.revenue) : 0,
                expenses: row ? minor(row.expenses) : 0,
                newCustomers: Math.max(0, Math.round(num(row?.newCustomers ?? '') ?? 0)),
              };
            })
          : [],
    },
    { placeholderData: (p) => p },
  );

  return (
    <Stack gap="sm" data-testid="revenue-share-breakdown">
      <Paper withBorder p="sm">
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <div>
            <Text size="sm" fw={500} mb={4}>
              Revenue from
            </Text>
            <SegmentedControl
              size="sm"
              value={source}
              onChange={(v) => setSource(v as RevenueShareSource)}
              data={[
                { value: 'actuals', label: 'Recorded actuals' },
                { value: 'typed', label: 'Typed amounts' },
              ]}
              aria-label="Revenue from"
              data-testid="share-source"
            />
          </div>
          <MonthPickerInput
            label="From"
            w={130}
            value={monthToPickerValue(range.from)}
            onChange={(v) => setRange((r) => ({ ...r, from: pickerValueToMonth(v) ?? r.from }))}
            data-testid="share-from"
          />
          <MonthPickerInput
            label="To"
            w={130}
            value={monthToPickerValue(range.to)}
            onChange={(v) => setRange((r) => ({ ...r, to: pickerValueToMonth(v) ?? r.to }))}
            error={range.from > range.to ? 'Pick a month after the first' : undefined}
            data-testid="share-to"
          />
        </Group>
      </Paper>
      {source === 'typed' && (
        <TypedMonthsEditor
          months={months.slice(0, 36)}
          rows={typed}
          onChange={(period, row) => setTyped((t) => ({ ...t, [period]: row }))}
          currency={currency}
          referral={props.referral}
        />
      )}
      {calculation.isPending ? (
        <PageLoader />
      ) : calculation.isError ? (
        <ErrorState message={calculation.error.message} />
      ) : (
        <Results {...props} result={calculation.data} />
      )}
    </Stack>
  );
}

function Results({
  result,
  partnerName,
  orgName,
  currency,
}: BreakdownProps & { result: RevenueShareCalculation }) {
  const firstWithRevenue = result.periods.find((p) => p.revenue > 0)?.period;
  const [picked, setPicked] = useState<string | null>(null);
  const selected =
    result.periods.find((p) => p.period === picked) ??
    result.periods.find((p) => p.period === firstWithRevenue) ??
    result.periods[0];
  const unrecorded = result.source === 'actuals' && result.periods.every((p) => !p.recorded);
  return (
    <Stack gap="sm">
      {unrecorded && (
        <Alert color="orange" variant="light">
          No attributed revenue is recorded for {partnerName} in these months. Record it on the
          Actuals tab, or type amounts instead.
        </Alert>
      )}
      <Table striped highlightOnHover withTableBorder data-testid="share-months">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Month</Table.Th>
            <Table.Th ta="right">Revenue</Table.Th>
            <Table.Th ta="right">Deducted</Table.Th>
            <Table.Th ta="right">Paid to {partnerName}</Table.Th>
            <Table.Th ta="right">Our net</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.periods.map((p) => (
            <Table.Tr
              key={p.period}
              onClick={() => setPicked(p.period)}
              style={{ cursor: 'pointer' }}
              bg={p.period === selected?.period ? 'var(--mantine-primary-color-light)' : undefined}
              aria-selected={p.period === selected?.period}
              data-testid={`share-month-${p.period}`}
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {monthLabel(p.period)}
                {!p.recorded && result.source === 'actuals' && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · not recorded
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{money(p.revenue, currency)}</Table.Td>
              <Table.Td ta="right">{money(p.expenses, currency)}</Table.Td>
              <Table.Td ta="right">{money(p.partnerPayout, currency)}</Table.Td>
              <Table.Td ta="right">{money(p.ourNet, currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700} data-testid="share-totals">
            <Table.Td>Total</Table.Td>
            <Table.Td ta="right">{money(result.totals.revenue, currency)}</Table.Td>
            <Table.Td ta="right">{money(result.totals.expenses, currency)}</Table.Td>
            <Table.Td ta="right">{money(result.totals.partnerPayout, currency)}</Table.Td>
            <Table.Td ta="right">{money(result.totals.ourNet, currency)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {selected && (
        <>
          <Title order={6}>{monthLabel(selected.period, 'long')}, line by line</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <BreakdownLines
              title={`Paid to ${partnerName}`}
              lines={selected.partnerLines}
              currency={currency}
              testId="partner-lines"
            />
            <BreakdownLines
              title={`Kept by ${orgName}`}
              lines={selected.ourLines}
              currency={currency}
              testId="our-lines"
            />
          </SimpleGrid>
        </>
      )}
      {result.referral && (
        <ReferralTable referral={result.referral} currency={currency} selected={selected?.period} />
      )}
    </Stack>
  );
}

function ReferralTable({
  referral,
  currency,
  selected,
}: {
  referral: NonNullable<RevenueShareCalculation['referral']>;
  currency: string;
  selected: string | undefined;
}) {
  const month = referral.periods.find((p) => p.period === selected);
  return (
    <Stack gap="xs" data-testid="referral-commission">
      <Title order={6}>Referral commission</Title>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Month</Table.Th>
            <Table.Th ta="right">New customers</Table.Th>
            <Table.Th ta="right">Referred revenue</Table.Th>
            <Table.Th ta="right">Commission</Table.Th>
            <Table.Th ta="right">Our net</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {referral.periods.map((p) => (
            <Table.Tr key={p.period}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{monthLabel(p.period)}</Table.Td>
              <Table.Td ta="right">{count(p.newCustomers)}</Table.Td>
              <Table.Td ta="right">{money(p.referredRevenue, currency)}</Table.Td>
              <Table.Td ta="right">{money(p.commission, currency)}</Table.Td>
              <Table.Td ta="right">{money(p.ourNet, currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Td>Total</Table.Td>
            <Table.Td ta="right">{count(referral.totals.newCustomers)}</Table.Td>
            <Table.Td ta="right">{money(referral.totals.referredRevenue, currency)}</Table.Td>
            <Table.Td ta="right">{money(referral.totals.commission, currency)}</Table.Td>
            <Table.Td ta="right">{money(referral.totals.ourNet, currency)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {month && month.lines.length > 1 && (
        <BreakdownLines
          title={`Commission in ${monthLabel(month.period, 'long')}`}
          lines={month.lines}
          currency={currency}
          testId="referral-lines"
        />
      )}
    </Stack>
  );
}
