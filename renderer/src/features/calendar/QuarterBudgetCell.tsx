import { NumberInput, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  currencyFractionDigits,
  formatMoney,
  fromMinor,
  toMinor,
} from '../../../../shared/domain/money.ts';
import { useApiMutation } from '../../api/hooks.ts';

interface QuarterBudgetCellProps {
  partnerId: number;
  partnerName: string;
  fiscalYear: number;
  quarter: number;
  plannedMinor: number | null;
  scheduledMinor: number;
  currency: string;
}

/** One partner's plan for one quarter: typed in, saved on blur or Enter, compared with bookings. */
export function QuarterBudgetCell(props: QuarterBudgetCellProps) {
  // Remount when the saved value changes so the input shows what the workbook holds.
  return <Cell key={props.plannedMinor ?? 'none'} {...props} />;
}

function Cell({
  partnerId,
  partnerName,
  fiscalYear,
  quarter,
  plannedMinor,
  scheduledMinor,
  currency,
}: QuarterBudgetCellProps) {
  const setBudget = useApiMutation('calendar.setBudget', ['calendar']);
  const [typed, setTyped] = useState<string | number>(
    plannedMinor === null ? '' : fromMinor(plannedMinor, currency),
  );
  const commit = () => {
    const amount = typeof typed === 'number' ? typed : typed.trim() === '' ? null : Number(typed);
    const minor = amount === null || !Number.isFinite(amount) ? null : toMinor(amount, currency);
    if (minor === plannedMinor) return;
    setBudget.mutate(
      { partnerId, fiscalYear, quarter, plannedMinor: minor },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Plan not saved', message: error.message }),
      },
    );
  };
  const over = plannedMinor !== null && scheduledMinor > plannedMinor;
  const used = plannedMinor ? Math.min(100, (scheduledMinor / plannedMinor) * 100) : 0;
  return (
    <Stack gap={4}>
      <NumberInput
        size="xs"
        aria-label={`Planned budget of ${partnerName}, Q${quarter}`}
        placeholder="No plan"
        thousandSeparator=","
        decimalScale={currencyFractionDigits(currency)}
        allowNegative={false}
        hideControls
        value={typed}
        onChange={setTyped}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
        error={over ? true : undefined}
        data-testid={`plan-${partnerId}-q${quarter}`}
      />
      {plannedMinor !== null && (
        <Progress size={4} value={used} color={over ? 'red' : 'teal'} aria-hidden />
      )}
      <Text size="xs" c={over ? 'red' : 'dimmed'} fw={over ? 600 : undefined}>
        {scheduledMinor > 0 || plannedMinor !== null
          ? `${formatMoney(scheduledMinor, currency)} booked`
          : 'Nothing booked'}
      </Text>
    </Stack>
  );
}
