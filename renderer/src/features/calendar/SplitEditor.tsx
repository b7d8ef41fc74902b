import { Button, Group, NumberInput, Paper, Table, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconScale } from '@tabler/icons-react';
import { formatMoney, percentSplitProblem, splitAmount } from '../../../../shared/domain/money.ts';
import type { ActivityFormValues } from './use-activity-form.ts';

interface SplitEditorProps {
  form: UseFormReturnType<ActivityFormValues>;
  currency: string;
  orgName: string;
  partnerNames: ReadonlyMap<number, string>;
  onShareTyped: () => void;
  onSplitEvenly: () => void;
}

/** Each party's amount, exact to the cent when the shares add up; rounded while they do not. */
function amounts(budgetMinor: number, percents: number[]): number[] {
  if (!percentSplitProblem(percents)) return splitAmount(budgetMinor, percents);
  return percents.map((p) => Math.round((budgetMinor * (Number.isFinite(p) ? p : 0)) / 100));
}

export function SplitEditor({
  form,
  currency,
  orgName,
  partnerNames,
  onShareTyped,
  onSplitEvenly,
}: SplitEditorProps) {
  const { splits, budgetMinor } = form.values;
  const percents = splits.map((s) => s.percent);
  const shares = amounts(budgetMinor, percents);
  const total = percents.reduce((sum, p) => sum + (Number.isFinite(p) ? p : 0), 0);
  const problem = percentSplitProblem(percents);
  // Computed from the shares as typed, so the message never lags behind the fields.
  const error = problem ? `${problem}.` : null;
  return (
    <Paper withBorder p="sm" data-testid="split-editor">
      <Group justify="space-between" mb={4}>
        <div>
          <Text size="sm" fw={600}>
            Budget split
          </Text>
          <Text size="xs" c="dimmed">
            Who pays what share. The shares must add up to 100 %.
          </Text>
        </div>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconScale size={14} />}
          onClick={onSplitEvenly}
          disabled={splits.length < 2}
        >
          Split evenly
        </Button>
      </Group>
      <Table verticalSpacing={4} withRowBorders={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Party</Table.Th>
            <Table.Th w={130}>Share</Table.Th>
            <Table.Th w={150} ta="right">
              Amount
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {splits.map((share, index) => {
            const name =
              share.party === 'ours'
                ? `${orgName} (us)`
                : (partnerNames.get(share.party) ?? `Partner ${share.party}`);
            return (
              <Table.Tr key={String(share.party)} data-testid="split-row">
                <Table.Td>
                  <Text size="sm">{name}</Text>
                  {form.errors[`splits.${index}.party`] && (
                    <Text size="xs" c="red">
                      {form.errors[`splits.${index}.party`]}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    suffix=" %"
                    min={0}
                    max={100}
                    decimalScale={2}
                    aria-label={`Share of ${name}`}
                    data-testid={`split-percent-${String(share.party)}`}
                    {...form.getInputProps(`splits.${index}.percent`)}
                    onChange={(value) => {
                      onShareTyped();
                      form.setFieldValue(
                        `splits.${index}.percent`,
                        typeof value === 'number' ? value : 0,
                      );
                    }}
                  />
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" fw={500} data-testid={`split-amount-${String(share.party)}`}>
                    {formatMoney(shares[index] ?? 0, currency)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
          <Table.Tr style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
            <Table.Td>
              <Text size="sm" fw={600}>
                Total
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={600} c={error ? 'red' : undefined} data-testid="split-total">
                {Number(total.toFixed(2))} %
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <Text size="sm" fw={600}>
                {formatMoney(budgetMinor, currency)}
              </Text>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {error && (
        <Text size="xs" c="red" mt={4} role="alert" data-testid="split-error">
          {error}
        </Text>
      )}
    </Paper>
  );
}
