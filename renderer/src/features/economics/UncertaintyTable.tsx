import { Button, Checkbox, NumberInput, Select, Table, Text } from '@mantine/core';
import { uncertainKeys, type UncertainKey } from '../../../../shared/contract/index.ts';
import { count } from './economics-format.ts';
import type { ForecastFormApi } from './ForecastInputs.tsx';
import { moneyKeys, num, suggestedRange, uncertainLabels } from './forecast-form.ts';

const shapeOptions = [
  { value: 'triangular', label: 'Triangular' },
  { value: 'pert', label: 'PERT' },
];

/** Low / most likely / high per uncertain input; the planned input is the most likely value. */
export function UncertaintyTable({ form }: { form: ForecastFormApi }) {
  const keys = uncertainKeys.filter(
    (k) => form.values.recurringEnabled || (k !== 'mrrPerCustomer' && k !== 'monthlyChurnPercent'),
  );
  const recentre = () => {
    for (const key of keys) {
      const planned = num(form.values[key]);
      if (planned === undefined || !form.values.uncertainty[key].enabled) continue;
      const { low, high } = suggestedRange(key, planned);
      form.setFieldValue(`uncertainty.${key}.low`, low);
      form.setFieldValue(`uncertainty.${key}.high`, high);
    }
  };
  return (
    <>
      <Table verticalSpacing={4} horizontalSpacing="xs" data-testid="uncertainty-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Varies</Table.Th>
            <Table.Th ta="right">Low</Table.Th>
            <Table.Th ta="right">Most likely</Table.Th>
            <Table.Th ta="right">High</Table.Th>
            <Table.Th>Shape</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => (
            <RangeRow key={key} form={form} rangeKey={key} />
          ))}
        </Table.Tbody>
      </Table>
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={recentre}
        style={{ alignSelf: 'flex-start' }}
      >
        Centre the ranges on the plan
      </Button>
    </>
  );
}

function RangeRow({ form, rangeKey }: { form: ForecastFormApi; rangeKey: UncertainKey }) {
  const range = form.values.uncertainty[rangeKey];
  const planned = num(form.values[rangeKey]);
  const path = `uncertainty.${rangeKey}`;
  const decimals = moneyKeys.has(rangeKey) || rangeKey.endsWith('Percent') ? 2 : 1;
  return (
    <Table.Tr data-testid={`range-${rangeKey}`}>
      <Table.Td>
        <Checkbox
          size="xs"
          label={uncertainLabels[rangeKey]}
          {...form.getInputProps(`${path}.enabled`, { type: 'checkbox' })}
        />
      </Table.Td>
      <Table.Td>
        <NumberInput
          size="xs"
          w={96}
          hideControls
          decimalScale={decimals}
          thousandSeparator=","
          disabled={!range.enabled}
          aria-label={`${uncertainLabels[rangeKey]}: low`}
          {...form.getInputProps(`${path}.low`)}
        />
      </Table.Td>
      <Table.Td ta="right">
        <Text size="xs" c={range.enabled ? undefined : 'dimmed'}>
          {planned === undefined ? '—' : count(planned, decimals)}
        </Text>
      </Table.Td>
      <Table.Td>
        <NumberInput
          size="xs"
          w={96}
          hideControls
          decimalScale={decimals}
          thousandSeparator=","
          disabled={!range.enabled}
          aria-label={`${uncertainLabels[rangeKey]}: high`}
          {...form.getInputProps(`${path}.high`)}
        />
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          w={110}
          data={shapeOptions}
          allowDeselect={false}
          disabled={!range.enabled}
          aria-label={`${uncertainLabels[rangeKey]}: shape`}
          {...form.getInputProps(`${path}.kind`)}
        />
      </Table.Td>
    </Table.Tr>
  );
}
