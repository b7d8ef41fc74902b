import {
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { z } from '../../../../shared/contract/zod.ts';
import type { ModuleParamsPatch } from '../../../../shared/contract/index.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { zodValidate } from '../shell/zod-form.ts';

export interface WeightsSectionProps<K extends string> {
  /** The workbook parameter these weights are saved under. */
  param: 'fitWeights' | 'healthWeights';
  keys: readonly K[];
  saved: Record<K, number>;
  defaults: Readonly<Record<K, number>>;
  schema: z.ZodType;
  /** Query keys that read these weights, refreshed after a save. */
  invalidate: string[];
  title: string;
  description: ReactNode;
  /** The first column's heading, and what the share column is a share of. */
  itemHeading: string;
  shareHeading: string;
  label: (key: K) => string;
  hint?: (key: K) => string;
  input: { max: number; step: number; decimalScale: number };
  restoreLabel: string;
  /** data-testid prefix: `${testId}-settings`, `${testId}-error`, and per weight `${weightTestId}-${key}`. */
  testId: string;
  weightTestId: string;
}

type Draft<K extends string> = Record<K, number | string>;

/**
 * A table of weights saved as you type: each row's share of the total beside it, the schema's
 * messages next to the field, and a way back to the recommended weights.
 */
export function WeightsSection<K extends string>(props: WeightsSectionProps<K>) {
  const { keys, saved, defaults, schema } = props;
  const asWeights = (draft: Draft<K>) =>
    Object.fromEntries(
      keys.map((k) => [k, typeof draft[k] === 'number' ? draft[k] : Number.NaN]),
    ) as Record<K, number>;
  const [draft, setDraft] = useState<Draft<K>>(saved);
  const [serverError, setServerError] = useState<string | null>(null);
  const update = useApiMutation('settings.updateParams', props.invalidate);
  const errors = zodValidate(schema)(asWeights(draft));
  const status = useAutosave({
    values: draft,
    initial: saved,
    isValid: (v) => schema.safeParse(asWeights(v)).success,
    save: (v) =>
      update
        .mutateAsync({ [props.param]: asWeights(v) } as ModuleParamsPatch)
        .then(() => setServerError(null))
        .catch((error: ApiCallError) => {
          setServerError(error.message);
          throw error;
        }),
  });
  const total = keys.reduce((sum, k) => {
    const value = draft[k];
    return sum + (typeof value === 'number' && value > 0 ? value : 0);
  }, 0);
  const error = errors[''] ?? serverError;

  return (
    <Paper withBorder p="lg" data-testid={`${props.testId}-settings`}>
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4}>{props.title}</Title>
            <Text c="dimmed" size="sm" maw={600}>
              {props.description}
            </Text>
          </div>
          <SaveStatus {...status} />
        </Group>
        <Table verticalSpacing={6} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{props.itemHeading}</Table.Th>
              <Table.Th w={130}>Weight</Table.Th>
              <Table.Th w={200}>{props.shareHeading}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.map((key) => {
              const value = draft[key];
              const share = total > 0 && typeof value === 'number' ? (value / total) * 100 : 0;
              return (
                <Table.Tr key={key}>
                  <Table.Td>
                    <Text size="sm">{props.label(key)}</Text>
                    {props.hint && (
                      <Text size="xs" c="dimmed">
                        {props.hint(key)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      min={0}
                      {...props.input}
                      value={value}
                      onChange={(v) => setDraft((d) => ({ ...d, [key]: v }))}
                      error={errors[key]}
                      aria-label={`Weight of ${props.label(key)}`}
                      data-testid={`${props.weightTestId}-${key}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Progress value={share} size="sm" style={{ flex: 1 }} />
                      <Text size="xs" c="dimmed" w={36} ta="right">
                        {Math.round(share)} %
                      </Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {error && (
          <Text size="sm" c="red" data-testid={`${props.testId}-error`}>
            {error}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconRestore size={14} />}
            disabled={keys.every((k) => draft[k] === defaults[k])}
            onClick={() => setDraft({ ...defaults })}
          >
            {props.restoreLabel}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
