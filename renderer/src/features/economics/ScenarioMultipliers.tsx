import { Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  scenarioLabels,
  scenarioNames,
  scenarioSet,
  type ScenarioSet,
} from '../../../../shared/contract/index.ts';
import { defaultScenarioMultipliers } from '../../../../shared/domain/forecast-scenarios.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { zodValidate } from '../shell/zod-form.ts';

const multiplierRows = [
  { key: 'leads', label: 'Leads', hint: 'leads per month' },
  { key: 'conversion', label: 'Conversion', hint: 'both funnel rates' },
  { key: 'value', label: 'Value', hint: 'deal value and recurring revenue' },
  { key: 'churn', label: 'Churn', hint: 'monthly churn' },
] as const;

/** The workbook's conservative / base / optimistic multipliers, saved as they are typed. */
export function ScenarioMultipliers() {
  const scenarios = useApiQuery('forecast.scenarios', {});
  if (scenarios.isPending) return <PageLoader />;
  if (scenarios.isError)
    return (
      <ErrorState message={scenarios.error.message} onRetry={() => void scenarios.refetch()} />
    );
  return <MultipliersForm initial={scenarios.data} />;
}

function MultipliersForm({ initial }: { initial: ScenarioSet }) {
  const save = useApiMutation('forecast.saveScenarios', ['forecast']);
  const [start] = useState(initial);
  const form = useForm<ScenarioSet>({
    mode: 'controlled',
    initialValues: start,
    validate: zodValidate(scenarioSet),
    validateInputOnChange: true,
  });
  const status = useAutosave({
    values: form.values,
    initial: start,
    isValid: (v) => scenarioSet.safeParse(v).success,
    save: (v) =>
      save.mutateAsync(v).catch((error: ApiCallError) => {
        form.setErrors(error.fields);
        throw error;
      }),
  });
  const isDefault = JSON.stringify(form.values) === JSON.stringify(defaultScenarioMultipliers);
  return (
    <Stack gap="sm" data-testid="scenario-multipliers">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={520}>
          Each scenario multiplies the forecast’s inputs. Keep the base at 1 so it stays the plan as
          entered; these apply to every forecast in this workbook.
        </Text>
        <SaveStatus {...status} />
      </Group>
      <Table withTableBorder verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Multiplies</Table.Th>
            {scenarioNames.map((s) => (
              <Table.Th key={s}>{scenarioLabels[s]}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {multiplierRows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>
                <Text size="sm">{row.label}</Text>
                <Text size="xs" c="dimmed">
                  {row.hint}
                </Text>
              </Table.Td>
              {scenarioNames.map((s) => (
                <Table.Td key={s}>
                  <NumberInput
                    size="xs"
                    w={90}
                    min={0}
                    max={10}
                    step={0.05}
                    decimalScale={2}
                    suffix="×"
                    aria-label={`${scenarioLabels[s]}: ${row.label}`}
                    {...form.getInputProps(`${s}.${row.key}`)}
                    data-testid={`multiplier-${s}-${row.key}`}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button
        variant="subtle"
        size="compact-sm"
        disabled={isDefault}
        onClick={() => form.setValues(structuredClone(defaultScenarioMultipliers) as ScenarioSet)}
        style={{ alignSelf: 'flex-start' }}
      >
        Back to 0.7 / 1 / 1.3
      </Button>
    </Stack>
  );
}
