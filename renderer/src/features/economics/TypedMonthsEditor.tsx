import { NumberInput, Table } from '@mantine/core';
import { monthLabel } from '../kpis/months.ts';
import { currencySymbol } from './economics-format.ts';
import type { Num } from './forecast-form.ts';

export interface TypedRow {
  revenue: Num;
  expenses: Num;
  newCustomers: Num;
}

export const emptyTypedRow: TypedRow = { revenue: '', expenses: '', newCustomers: '' };

interface TypedMonthsEditorProps {
  months: readonly string[];
  rows: Record<string, TypedRow>;
  onChange: (period: string, row: TypedRow) => void;
  currency: string;
  referral: boolean;
}

/** Amounts typed month by month for a what-if, instead of the recorded actuals. */
export function TypedMonthsEditor({
  months,
  rows,
  onChange,
  currency,
  referral,
}: TypedMonthsEditorProps) {
  const prefix = currencySymbol(currency);
  return (
    <Table verticalSpacing={2} data-testid="typed-months">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Month</Table.Th>
          <Table.Th>Revenue</Table.Th>
          <Table.Th>Other deductions</Table.Th>
          {referral && <Table.Th>New referred customers</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {months.map((period) => {
          const row = rows[period] ?? emptyTypedRow;
          const set = (patch: Partial<TypedRow>) => onChange(period, { ...row, ...patch });
          return (
            <Table.Tr key={period}>
              <Table.Td>{monthLabel(period)}</Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  prefix={prefix}
                  min={0}
                  thousandSeparator=","
                  decimalScale={2}
                  hideControls
                  aria-label={`Revenue in ${monthLabel(period, 'long')}`}
                  value={row.revenue}
                  onChange={(v) => set({ revenue: v })}
                  data-testid={`typed-revenue-${period}`}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  prefix={prefix}
                  min={0}
                  thousandSeparator=","
                  decimalScale={2}
                  hideControls
                  aria-label={`Other deductions in ${monthLabel(period, 'long')}`}
                  value={row.expenses}
                  onChange={(v) => set({ expenses: v })}
                />
              </Table.Td>
              {referral && (
                <Table.Td>
                  <NumberInput
                    size="xs"
                    min={0}
                    allowDecimal={false}
                    hideControls
                    aria-label={`New referred customers in ${monthLabel(period, 'long')}`}
                    value={row.newCustomers}
                    onChange={(v) => set({ newCustomers: v })}
                    data-testid={`typed-customers-${period}`}
                  />
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
