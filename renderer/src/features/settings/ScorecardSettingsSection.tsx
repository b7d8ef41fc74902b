import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { useQueryClient } from '@tanstack/react-query';
import { IconPlus, IconRestore, IconTrash } from '@tabler/icons-react';
import {
  actualMeasureLabels,
  actualMeasures,
  defaultScorecardCriteriaConfig,
  defaultTierThresholdsParam,
  scorecardCriteriaParam,
  tierThresholdsParam,
  type CriterionSource,
  type ScorecardCriterionConfig,
  type TierThresholdsParam,
  type WorkbookSettings,
} from '../../../../shared/contract/index.ts';
import { z } from '../../../../shared/contract/zod.ts';
import type { ApiCallError } from '../../api/client.ts';
import { apiKey, useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { zodValidate } from '../shell/zod-form.ts';

const scorecardParams = z.object({
  scorecardCriteria: scorecardCriteriaParam,
  tierThresholds: tierThresholdsParam,
});
interface Values {
  scorecardCriteria: ScorecardCriterionConfig[];
  tierThresholds: TierThresholdsParam;
}

function encodeSource(source: CriterionSource): string {
  if (source.kind === 'measure') return `measure:${source.measure}`;
  if (source.kind === 'kpi') return `kpi:${source.kpiId}`;
  return source.kind;
}

function decodeSource(value: string): CriterionSource {
  const [kind, arg = ''] = value.split(':');
  if (kind === 'measure') {
    const measure = actualMeasures.find((m) => m === arg) ?? 'leads';
    return { kind: 'measure', measure };
  }
  if (kind === 'kpi') return { kind: 'kpi', kpiId: Number(arg) };
  return kind === 'revenue_growth' ? { kind: 'revenue_growth' } : { kind: 'manual' };
}

const pick = (s: WorkbookSettings): Values => ({
  scorecardCriteria: s.params.scorecardCriteria.map((c) => ({ ...c })),
  tierThresholds: { ...s.params.tierThresholds },
});

const asNumber = (v: string | number) => (typeof v === 'number' ? v : Number.NaN);

/** Scorecard criteria (weights, targets, where each actual comes from) and the tier thresholds. */
export function ScorecardSettingsSection({ settings }: { settings: WorkbookSettings }) {
  const client = useQueryClient();
  const kpis = useApiQuery('kpis.list', {});
  const update = useApiMutation('settings.updateParams', ['settings', 'scorecards']);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: pick(settings),
    validate: zodValidate(scorecardParams),
    validateInputOnChange: true,
  });
  const status = useAutosave({
    values: form.values,
    initial: pick(settings),
    isValid: (v) => scorecardParams.safeParse(v).success,
    save: (v) => {
      // Other sections save their own keys; start from the latest stored parameters.
      const latest = client.getQueryData<WorkbookSettings>(apiKey('settings.get', {})) ?? settings;
      return update.mutateAsync({ ...latest.params, ...v }).catch((error: ApiCallError) => {
        form.setErrors(error.fields);
        throw error;
      });
    },
  });

  const sourceOptions = [
    {
      group: 'Worked out from the actuals',
      items: [
        { value: 'revenue_growth', label: 'Revenue growth on the month before' },
        ...actualMeasures.map((m) => ({ value: `measure:${m}`, label: actualMeasureLabels[m] })),
      ],
    },
    {
      group: 'A KPI measured per partner',
      items: (kpis.data ?? []).map((k) => ({ value: `kpi:${k.id}`, label: k.name })),
    },
    { group: 'Typed in', items: [{ value: 'manual', label: 'Typed in for each month' }] },
  ].filter((g) => g.items.length > 0);

  const criteria = form.values.scorecardCriteria;
  const weightSum = criteria.reduce((s, c) => s + (Number.isFinite(c.weight) ? c.weight : 0), 0);
  const remove = (index: number) =>
    modals.openConfirmModal({
      title: `Remove ${criteria[index]?.label ?? 'this criterion'}?`,
      children: (
        <Text size="sm">
          Scorecards stop counting it. Figures already typed for it stay in the workbook and come
          back if a criterion with the same key is added again.
        </Text>
      ),
      labels: { confirm: 'Remove criterion', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => form.removeListItem('scorecardCriteria', index),
    });
  const restore = () =>
    modals.openConfirmModal({
      title: 'Restore the default criteria and tiers?',
      children: (
        <Text size="sm">
          Your criteria, weights, targets and thresholds are replaced by the defaults.
        </Text>
      ),
      labels: { confirm: 'Restore defaults', cancel: 'Cancel' },
      onConfirm: () =>
        form.setValues({
          scorecardCriteria: defaultScorecardCriteriaConfig.map((c) => ({ ...c })),
          tierThresholds: { ...defaultTierThresholdsParam },
        }),
    });
  const add = () =>
    form.insertListItem('scorecardCriteria', {
      key: `custom_${Date.now().toString(36)}`,
      label: '',
      weight: 10,
      target: 100,
      direction: 'higher',
      unit: '',
      source: { kind: 'manual' },
    } satisfies ScorecardCriterionConfig);

  return (
    <Paper withBorder p="lg" data-testid="scorecard-settings">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4}>Scorecards</Title>
            <Text size="sm" c="dimmed" maw={620}>
              Each criterion’s actual is compared with its monthly target (capped at 150 %); the
              score is the weighted mean × 100. A criterion without data for a month is left out of
              the weights rather than counted as zero.
            </Text>
          </div>
          <SaveStatus {...status} />
        </Group>
        <Table verticalSpacing={6} data-testid="criteria-settings">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Criterion</Table.Th>
              <Table.Th>Actual comes from</Table.Th>
              <Table.Th w={84}>Unit</Table.Th>
              <Table.Th w={104}>Better when</Table.Th>
              <Table.Th w={84}>Target</Table.Th>
              <Table.Th w={72}>Weight</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {criteria.map((c, i) => (
              <Table.Tr key={c.key} data-testid={`criterion-setting-${c.key}`}>
                <Table.Td>
                  <TextInput
                    size="xs"
                    placeholder="Name"
                    {...form.getInputProps(`scorecardCriteria.${i}.label`)}
                    aria-label="Criterion name"
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    data={sourceOptions}
                    allowDeselect={false}
                    value={encodeSource(c.source)}
                    onChange={(v) =>
                      v && form.setFieldValue(`scorecardCriteria.${i}.source`, decodeSource(v))
                    }
                    error={form.errors[`scorecardCriteria.${i}.source`]}
                    aria-label={`Where ${c.label || 'the criterion'} comes from`}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    {...form.getInputProps(`scorecardCriteria.${i}.unit`)}
                    aria-label="Unit"
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    allowDeselect={false}
                    data={[
                      { value: 'higher', label: 'Higher' },
                      { value: 'lower', label: 'Lower' },
                    ]}
                    {...form.getInputProps(`scorecardCriteria.${i}.direction`)}
                    aria-label="Direction"
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    hideControls
                    {...form.getInputProps(`scorecardCriteria.${i}.target`)}
                    onChange={(v) =>
                      form.setFieldValue(`scorecardCriteria.${i}.target`, asNumber(v))
                    }
                    aria-label={`Target of ${c.label}`}
                    data-testid={`criterion-target-${c.key}`}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    hideControls
                    min={0}
                    {...form.getInputProps(`scorecardCriteria.${i}.weight`)}
                    onChange={(v) =>
                      form.setFieldValue(`scorecardCriteria.${i}.weight`, asNumber(v))
                    }
                    aria-label={`Weight of ${c.label}`}
                    data-testid={`criterion-weight-${c.key}`}
                  />
                </Table.Td>
                <Table.Td>
                  <Tooltip label="Remove criterion">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => remove(i)}
                      disabled={criteria.length === 1}
                      aria-label={`Remove ${c.label}`}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={add}
              disabled={criteria.length >= 20}
            >
              Add criterion
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              leftSection={<IconRestore size={14} />}
              onClick={restore}
            >
              Restore defaults
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            Weights add up to {Number(weightSum.toFixed(2))}; each counts as its share of the total.
          </Text>
        </Group>
        <div>
          <Text fw={600} size="sm">
            Tier thresholds
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            The lowest score of each tier; below Silver a partner is Registered. The suggested tier
            sits beside the one you assign, and you decide.
          </Text>
          <SimpleGrid cols={3} maw={480}>
            {(['platinum', 'gold', 'silver'] as const).map((tier) => (
              <NumberInput
                key={tier}
                label={tier[0]?.toUpperCase() + tier.slice(1)}
                min={0}
                max={150}
                {...form.getInputProps(`tierThresholds.${tier}`)}
                onChange={(v) => form.setFieldValue(`tierThresholds.${tier}`, asNumber(v))}
                data-testid={`threshold-${tier}`}
              />
            ))}
          </SimpleGrid>
        </div>
      </Stack>
    </Paper>
  );
}
