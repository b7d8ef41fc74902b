import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconCoins } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { QuarterBudget } from '../../../../shared/contract/index.ts';
import { formatMoney, fromMinor } from '../../../../shared/domain/money.ts';
import {
  fiscalQuarterMonths,
  fiscalYearOf,
  type Quarter,
} from '../../../../shared/domain/periods.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { EmptyState, ErrorState, PageLoader } from '../../components/PageState.tsx';
import { shortMonth, todayIso } from './calendar-options.ts';
import { QuarterBudgetCell } from './QuarterBudgetCell.tsx';
import { useCalendarSettings, usePartnerDirectory } from './use-calendar-data.ts';

const quarters: Quarter[] = [1, 2, 3, 4];
/** Above this many partners, only those with a plan or bookings (or added by hand) are listed. */
const listAllUpTo = 40;

export function BudgetPlan() {
  const { currency, fiscalYearStartMonth } = useCalendarSettings();
  const partners = usePartnerDirectory();
  const currentYear = fiscalYearOf(todayIso(), fiscalYearStartMonth);
  const [fiscalYear, setFiscalYear] = useState(currentYear);
  const [added, setAdded] = useState<number[]>([]);
  const budgets = useApiQuery('calendar.budgets', { fiscalYear });

  const cells = useMemo(() => {
    const map = new Map<string, QuarterBudget>();
    for (const row of budgets.data ?? []) map.set(`${row.partnerId}|${row.quarter}`, row);
    return map;
  }, [budgets.data]);

  if (budgets.isPending || partners.query.isPending) return <PageLoader />;
  if (budgets.isError)
    return <ErrorState message={budgets.error.message} onRetry={() => void budgets.refetch()} />;
  const active = partners.all.filter((p) => !p.archived);
  if (active.length === 0) {
    return (
      <EmptyState
        icon={<IconCoins size={32} />}
        title="No partners to plan for yet"
        text="Add partners first. Then agree with each one what they put into joint marketing per quarter, and the calendar counts their share of every activity against it."
      />
    );
  }
  const withData = new Set((budgets.data ?? []).map((b) => b.partnerId));
  const rows = partners.all.filter((p) =>
    active.length <= listAllUpTo
      ? !p.archived || withData.has(p.id)
      : withData.has(p.id) || added.includes(p.id),
  );
  const quarterTotal = (quarter: Quarter, field: 'plannedMinor' | 'scheduledMinor') =>
    rows.reduce((sum, p) => sum + (cells.get(`${p.id}|${quarter}`)?.[field] ?? 0), 0);
  const chart = quarters.map((quarter) => ({
    quarter: `Q${quarter}`,
    Planned: fromMinor(quarterTotal(quarter, 'plannedMinor'), currency),
    Booked: fromMinor(quarterTotal(quarter, 'scheduledMinor'), currency),
  }));
  const years = [currentYear - 1, currentYear, currentYear + 1, currentYear + 2].map((y) => ({
    value: String(y),
    label: `FY${y}`,
  }));
  const months = (quarter: Quarter) => {
    const [first, , last] = fiscalQuarterMonths({ fiscalYear, quarter }, fiscalYearStartMonth);
    return `${shortMonth(first ?? '')} – ${shortMonth(last ?? '')}`;
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3}>Quarterly marketing budgets</Title>
          <Text size="sm" c="dimmed" maw={720}>
            Agree with each partner what they put into joint marketing per fiscal quarter. Their
            share of every activity starting in that quarter is booked against it, so an
            over-commitment shows up before the invoices do.
          </Text>
        </div>
        <Select
          label="Fiscal year"
          data={years}
          value={String(fiscalYear)}
          allowDeselect={false}
          onChange={(v) => setFiscalYear(Number(v))}
          w={130}
          data-testid="budget-year"
        />
      </Group>
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <Table verticalSpacing="sm" data-testid="budget-grid" miw={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={180}>Partner</Table.Th>
              {quarters.map((q) => (
                <Table.Th key={q} w={170}>
                  Q{q}{' '}
                  <Text span size="xs" c="dimmed" fw={400}>
                    {months(q)}
                  </Text>
                </Table.Th>
              ))}
              <Table.Th ta="right" w={140}>
                Year planned
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((partner) => {
              const yearPlanned = quarters.reduce(
                (s, q) => s + (cells.get(`${partner.id}|${q}`)?.plannedMinor ?? 0),
                0,
              );
              return (
                <Table.Tr key={partner.id} data-testid="budget-row">
                  <Table.Td fw={500}>{partner.name}</Table.Td>
                  {quarters.map((quarter) => {
                    const cell = cells.get(`${partner.id}|${quarter}`);
                    return (
                      <Table.Td key={quarter} style={{ verticalAlign: 'top' }}>
                        <QuarterBudgetCell
                          partnerId={partner.id}
                          partnerName={partner.name}
                          fiscalYear={fiscalYear}
                          quarter={quarter}
                          plannedMinor={cell?.plannedMinor ?? null}
                          scheduledMinor={cell?.scheduledMinor ?? 0}
                          currency={currency}
                        />
                      </Table.Td>
                    );
                  })}
                  <Table.Td ta="right" fw={600}>
                    {formatMoney(yearPlanned, currency)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>Total planned</Table.Th>
              {quarters.map((q) => (
                <Table.Th key={q}>
                  {formatMoney(quarterTotal(q, 'plannedMinor'), currency)}
                </Table.Th>
              ))}
              <Table.Th ta="right">
                {formatMoney(
                  quarters.reduce((s, q) => s + quarterTotal(q, 'plannedMinor'), 0),
                  currency,
                )}
              </Table.Th>
            </Table.Tr>
            <Table.Tr>
              <Table.Th c="dimmed">Total booked</Table.Th>
              {quarters.map((q) => (
                <Table.Th key={q} c="dimmed" fw={500}>
                  {formatMoney(quarterTotal(q, 'scheduledMinor'), currency)}
                </Table.Th>
              ))}
              <Table.Th ta="right" c="dimmed" fw={500}>
                {formatMoney(
                  quarters.reduce((s, q) => s + quarterTotal(q, 'scheduledMinor'), 0),
                  currency,
                )}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
        {active.length > listAllUpTo && (
          <Group p="sm">
            <Select
              placeholder="Add a partner to the plan"
              data={partners.options.filter((o) => !rows.some((r) => String(r.id) === o.value))}
              searchable
              value={null}
              onChange={(v) => v && setAdded([...added, Number(v)])}
              w={300}
            />
          </Group>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Text fw={600} mb="xs">
          Planned and booked per quarter, FY{fiscalYear}
        </Text>
        <BarChart
          h={220}
          data={chart}
          dataKey="quarter"
          series={[
            { name: 'Planned', color: 'brand.4' },
            { name: 'Booked', color: 'orange.6' },
          ]}
          valueFormatter={(value) =>
            new Intl.NumberFormat(undefined, {
              style: 'currency',
              currency,
              notation: 'compact',
            }).format(value)
          }
          withLegend
          maxBarWidth={56}
          legendProps={{ verticalAlign: 'bottom' }}
          tickLine="y"
        />
      </Paper>
    </Stack>
  );
}
