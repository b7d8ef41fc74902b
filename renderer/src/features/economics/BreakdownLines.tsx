import { Paper, Table, Text, Title } from '@mantine/core';
import type { BreakdownLineOut } from '../../../../shared/contract/index.ts';
import { formatRate } from '../../../../shared/domain/revenue-share.ts';
import { money } from './economics-format.ts';

/** One side's figures for a month, line by line: items, subtotals and the total in bold. */
export function BreakdownLines({
  title,
  lines,
  currency,
  testId,
}: {
  title: string;
  lines: readonly BreakdownLineOut[];
  currency: string;
  testId: string;
}) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Title order={6} mb={4}>
        {title}
      </Title>
      <Table verticalSpacing={3} withRowBorders={false}>
        <Table.Tbody>
          {lines.map((line, i) => {
            const strong = line.kind !== 'item';
            const detail =
              line.rate !== undefined && line.base !== undefined
                ? `${formatRate(line.rate)} of ${money(line.base, currency)}`
                : line.base !== undefined
                  ? `threshold ${money(line.base, currency)}`
                  : null;
            return (
              <Table.Tr
                key={`${line.label}-${i}`}
                style={
                  strong
                    ? { borderTop: '1px solid var(--mantine-color-default-border)' }
                    : undefined
                }
                data-kind={line.kind}
              >
                <Table.Td>
                  <Text size="sm" fw={strong ? 600 : 400}>
                    {line.label}
                  </Text>
                  {detail && (
                    <Text size="xs" c="dimmed">
                      {detail}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  <Text size="sm" fw={strong ? 700 : 400} c={line.amount < 0 ? 'red.7' : undefined}>
                    {money(line.amount, currency)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
