import '@mantine/dates/styles.css';
import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text, Tooltip } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Kpi } from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { monthLabel, monthToPickerValue, pickerValueToMonth } from './months.ts';

function TargetRow({ kpi, period, target }: { kpi: Kpi; period: string; target: number }) {
  const setTarget = useApiMutation('kpis.setTarget', ['kpis', 'scorecards']);
  const [value, setValue] = useState<string | number>(target);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    if (typeof value !== 'number') {
      setError('Enter a target, or remove the row');
      return;
    }
    if (value === target) return;
    setTarget.mutate(
      { kpiId: kpi.id, period, target: value },
      { onSuccess: () => setError(null), onError: (e) => setError(e.message) },
    );
  };
  return (
    <Table.Tr data-testid={`kpi-target-${period}`}>
      <Table.Td>{monthLabel(period, 'long')}</Table.Td>
      <Table.Td>
        <NumberInput
          size="xs"
          value={value}
          onChange={setValue}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), save())}
          thousandSeparator=","
          error={error}
          aria-label={`Target for ${monthLabel(period, 'long')}`}
        />
      </Table.Td>
      <Table.Td w={40}>
        <Tooltip label="Remove: the monthly target applies again">
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove the target for ${monthLabel(period, 'long')}`}
            onClick={() => setTarget.mutate({ kpiId: kpi.id, period, target: null })}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}

/** Month-specific targets of a KPI (seasonality, a launch month), each replacing the monthly target. */
export function KpiTargetsTable({ kpi }: { kpi: Kpi }) {
  const setTarget = useApiMutation('kpis.setTarget', ['kpis', 'scorecards']);
  const [month, setMonth] = useState<string | null>(null);
  const [target, setTargetValue] = useState<string | number>('');
  const [errors, setErrors] = useState<{ month?: string; target?: string }>({});

  const add = () => {
    const next: typeof errors = {};
    if (!month) next.month = 'Pick a month';
    else if (kpi.targets.some((t) => t.period === month))
      next.month = 'That month already has a target';
    if (typeof target !== 'number') next.target = 'Enter a target';
    setErrors(next);
    if (!month || typeof target !== 'number' || Object.keys(next).length > 0) return;
    setTarget.mutate(
      { kpiId: kpi.id, period: month, target },
      {
        onSuccess: () => {
          setMonth(null);
          setTargetValue('');
        },
        onError: (e) => setErrors({ target: e.message }),
      },
    );
  };

  return (
    <Stack gap="xs">
      {kpi.targets.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every month uses the monthly target. Add a month here when it should differ, for example a
          launch month or a seasonal dip.
        </Text>
      ) : (
        <Table verticalSpacing={4} data-testid="kpi-targets">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Month</Table.Th>
              <Table.Th>Target</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kpi.targets.map((t) => (
              <TargetRow key={t.period} kpi={kpi} period={t.period} target={t.target} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="xs" c="dimmed">
        Month targets are saved as soon as you add, change or remove them.
      </Text>
      <Group align="flex-start" gap="xs">
        <MonthPickerInput
          size="xs"
          placeholder="Month"
          w={160}
          value={month ? monthToPickerValue(month) : null}
          onChange={(v) => setMonth(pickerValueToMonth(v))}
          error={errors.month}
          aria-label="Month of the new target"
          data-testid="kpi-target-month"
        />
        <NumberInput
          size="xs"
          placeholder="Target"
          w={140}
          thousandSeparator=","
          value={target}
          onChange={setTargetValue}
          error={errors.target}
          aria-label="New target"
          data-testid="kpi-target-value"
        />
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={add}
          loading={setTarget.isPending}
        >
          Add month target
        </Button>
      </Group>
    </Stack>
  );
}
