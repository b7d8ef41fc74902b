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
import { memo, useState } from 'react';
import { fitWeights, type WorkbookSettings } from '../../../../shared/contract/index.ts';
import {
  defaultFitWeights,
  fitCriterionKeys,
  fitCriterionText,
  type FitCriterionKey,
  type FitWeights,
} from '../../../../shared/domain/fit.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { zodValidate } from '../shell/zod-form.ts';

type Draft = Record<FitCriterionKey, number | string>;
const asWeights = (draft: Draft): FitWeights =>
  Object.fromEntries(
    fitCriterionKeys.map((k) => [k, typeof draft[k] === 'number' ? draft[k] : Number.NaN]),
  ) as FitWeights;
const sameAsDefaults = (draft: Draft) =>
  fitCriterionKeys.every((k) => draft[k] === defaultFitWeights[k]);

/**
 * How much each partner-fit criterion counts in this workbook; the fit tab uses them at once.
 * Memoised: the settings form above re-renders on every keystroke.
 */
export const FitWeightsSection = memo(function FitWeightsSection({
  settings,
}: {
  settings: WorkbookSettings;
}) {
  const saved = settings.params.fitWeights;
  const [draft, setDraft] = useState<Draft>(saved);
  const [serverError, setServerError] = useState<string | null>(null);
  const update = useApiMutation('settings.updateParams', ['settings', 'fit']);
  const errors = zodValidate(fitWeights)(asWeights(draft));
  const status = useAutosave({
    values: draft,
    initial: saved,
    isValid: (v) => fitWeights.safeParse(asWeights(v)).success,
    // Send every parameter: the contract fills missing keys with defaults.
    save: (v) =>
      update
        .mutateAsync({ ...settings.params, fitWeights: asWeights(v) })
        .then(() => setServerError(null))
        .catch((error: ApiCallError) => {
          setServerError(error.message);
          throw error;
        }),
  });
  const total = fitCriterionKeys.reduce(
    (sum, k) => sum + (typeof draft[k] === 'number' && draft[k] > 0 ? draft[k] : 0),
    0,
  );

  return (
    <Paper withBorder p="lg" data-testid="fit-weights-settings">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4}>Partner fit weights</Title>
            <Text c="dimmed" size="sm" maw={580}>
              How much each criterion counts in a partner&apos;s fit score. Only the proportions
              matter; a weight of 0 leaves a criterion out. Every fit score in this workbook uses
              them.
            </Text>
          </div>
          <SaveStatus {...status} />
        </Group>
        <Table verticalSpacing={6} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Criterion</Table.Th>
              <Table.Th w={130}>Weight</Table.Th>
              <Table.Th w={200}>Share of the score</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fitCriterionKeys.map((key) => {
              const value = draft[key];
              const share = total > 0 && typeof value === 'number' ? (value / total) * 100 : 0;
              return (
                <Table.Tr key={key}>
                  <Table.Td>
                    <Text size="sm">{fitCriterionText[key].label}</Text>
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      min={0}
                      max={10}
                      step={0.5}
                      decimalScale={2}
                      value={value}
                      onChange={(v) => setDraft((d) => ({ ...d, [key]: v }))}
                      error={errors[key]}
                      aria-label={`Weight of ${fitCriterionText[key].label}`}
                      data-testid={`fit-weight-${key}`}
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
        {(errors[''] ?? serverError) && (
          <Text size="sm" c="red" data-testid="fit-weights-error">
            {errors[''] ?? serverError}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconRestore size={14} />}
            disabled={sameAsDefaults(draft)}
            onClick={() => setDraft({ ...defaultFitWeights })}
          >
            Restore the recommended weights
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
});
