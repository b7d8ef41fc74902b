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
import { useState } from 'react';
import {
  defaultHealthWeightsParam,
  healthComponents,
  healthWeightsParam,
  type HealthComponent,
  type HealthWeightsParam,
  type WorkbookSettings,
} from '../../../../shared/contract/index.ts';
import { healthComponentLabels } from '../../../../shared/domain/health.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { zodValidate } from '../shell/zod-form.ts';

type Draft = Record<HealthComponent, number | string>;

const componentHints: Readonly<Record<HealthComponent, string>> = {
  governanceCompleteness:
    'Owners on both sides, success definition, cadence, escalation, RACI, signed agreement',
  kpiAttainment: "The partnership's scorecard score, on target or better counting as full marks",
  riskExposure: 'Open risks by severity, residual where assessed',
  activityRecency: 'Days since the last joint activity, meeting or recorded actual',
  effortBalance: 'Open deliverables on the lighter side against the heavier',
};

const asWeights = (draft: Draft): HealthWeightsParam =>
  Object.fromEntries(
    healthComponents.map((k) => [k, typeof draft[k] === 'number' ? draft[k] : Number.NaN]),
  ) as HealthWeightsParam;
const sameAsDefaults = (draft: Draft) =>
  healthComponents.every((k) => draft[k] === defaultHealthWeightsParam[k]);

/** How much each component counts in the health index; every index in the workbook uses them. */
export function HealthWeightsSection({ settings }: { settings: WorkbookSettings }) {
  const saved = settings.params.healthWeights;
  const [draft, setDraft] = useState<Draft>(saved);
  const [serverError, setServerError] = useState<string | null>(null);
  const update = useApiMutation('settings.updateParams', ['settings', 'health', 'dashboard']);
  const errors = zodValidate(healthWeightsParam)(asWeights(draft));
  const status = useAutosave({
    values: draft,
    initial: saved,
    isValid: (v) => healthWeightsParam.safeParse(asWeights(v)).success,
    save: (v) =>
      update
        .mutateAsync({ healthWeights: asWeights(v) })
        .then(() => setServerError(null))
        .catch((error: ApiCallError) => {
          setServerError(error.message);
          throw error;
        }),
  });
  const total = healthComponents.reduce(
    (sum, k) => sum + (typeof draft[k] === 'number' && draft[k] > 0 ? draft[k] : 0),
    0,
  );

  return (
    <Paper withBorder p="lg" data-testid="health-weights-settings">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4}>Health weights</Title>
            <Text c="dimmed" size="sm" maw={600}>
              How much each component counts in a partnership&apos;s health index (0 to 100). A
              component without data is left out and the others share its weight. Bands: healthy 70
              and above, watch 50 to 69, at risk below 50.
            </Text>
          </div>
          <SaveStatus {...status} />
        </Group>
        <Table verticalSpacing={6} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Component</Table.Th>
              <Table.Th w={130}>Weight</Table.Th>
              <Table.Th w={200}>Share of the index</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {healthComponents.map((key) => {
              const value = draft[key];
              const share = total > 0 && typeof value === 'number' ? (value / total) * 100 : 0;
              return (
                <Table.Tr key={key}>
                  <Table.Td>
                    <Text size="sm">{healthComponentLabels[key]}</Text>
                    <Text size="xs" c="dimmed">
                      {componentHints[key]}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      min={0}
                      max={100}
                      step={5}
                      decimalScale={1}
                      value={value}
                      onChange={(v) => setDraft((d) => ({ ...d, [key]: v }))}
                      error={errors[key]}
                      aria-label={`Weight of ${healthComponentLabels[key]}`}
                      data-testid={`health-weight-${key}`}
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
          <Text size="sm" c="red" data-testid="health-weights-error">
            {errors[''] ?? serverError}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconRestore size={14} />}
            disabled={sameAsDefaults(draft)}
            onClick={() => setDraft({ ...defaultHealthWeightsParam })}
          >
            Restore the weights of the spec (30 / 25 / 20 / 15 / 10)
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
