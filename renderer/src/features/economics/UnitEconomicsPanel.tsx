import { Grid, Group, Paper, Slider, Stack, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  unitEconomicsFields,
  type UnitEconomicsFields,
  type UnitEconomicsRecord,
} from '../../../../shared/contract/index.ts';
import { fromMinor, toMinor } from '../../../../shared/domain/money.ts';
import { addMonths } from '../../../../shared/domain/periods.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { currentMonth, monthToPickerValue, pickerValueToMonth } from '../kpis/months.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { InputSection } from './ForecastInputs.tsx';
import { num } from './forecast-form.ts';
import { UnitEconomicsInputs, type UnitForm } from './UnitEconomicsInputs.tsx';
import { UnitEconomicsResults } from './UnitEconomicsResults.tsx';

const moneyFields = [
  'monthlyRevenuePerCustomer',
  'spendOverride',
  'revenueOverride',
  'paidCac',
  'buildInHouseCost',
] as const;

function formOf(a: UnitEconomicsRecord, currency: string): UnitForm {
  const major = (v: number | null) => (v === null ? '' : fromMinor(v, currency));
  return {
    grossMarginPercent: a.grossMarginPercent,
    monthlyChurnPercent: a.monthlyChurnPercent,
    monthlyRevenuePerCustomer: major(a.monthlyRevenuePerCustomer),
    spendOverride: major(a.spendOverride),
    newCustomersOverride: a.newCustomersOverride ?? '',
    revenueOverride: major(a.revenueOverride),
    paidCac: major(a.paidCac),
    influenceWeightPercent: a.influenceWeightPercent,
    buildInHouseCost: major(a.buildInHouseCost),
  };
}

function fieldsOf(f: UnitForm, currency: string): UnitEconomicsFields {
  const out: Record<string, unknown> = {
    grossMarginPercent: num(f.grossMarginPercent),
    monthlyChurnPercent: num(f.monthlyChurnPercent),
    newCustomersOverride: f.newCustomersOverride === '' ? null : num(f.newCustomersOverride),
    influenceWeightPercent: f.influenceWeightPercent,
  };
  for (const key of moneyFields) {
    const n = num(f[key]);
    out[key] = f[key] === '' ? null : n === undefined ? undefined : toMinor(n, currency);
  }
  return out as UnitEconomicsFields;
}

/** CAC, CLV, ROI and payback for a partner or the program, from the actuals of a run of months. */
export function UnitEconomicsPanel({
  partnerId,
  title,
}: {
  partnerId: number | null;
  title: string;
}) {
  const settings = useApiQuery('settings.get', {});
  const assumptions = useApiQuery('unitEconomics.get', { partnerId }, { staleTime: Infinity });
  if (settings.isPending || assumptions.isPending) return <PageLoader />;
  const failed = settings.error ?? assumptions.error;
  if (failed)
    return <ErrorState message={failed.message} onRetry={() => void assumptions.refetch()} />;
  if (!settings.data || !assumptions.data) return <PageLoader />;
  return (
    <UnitEditor
      key={partnerId ?? 'program'}
      partnerId={partnerId}
      title={title}
      currency={settings.data.currency}
      assumptions={assumptions.data}
    />
  );
}

function UnitEditor({
  partnerId,
  title,
  currency,
  assumptions,
}: {
  partnerId: number | null;
  title: string;
  currency: string;
  assumptions: UnitEconomicsRecord;
}) {
  const save = useApiMutation('unitEconomics.save', ['unitEconomics']);
  const [initial] = useState(() => formOf(assumptions, currency));
  const [range, setRange] = useState(() => ({
    from: addMonths(currentMonth(), -11),
    to: currentMonth(),
  }));
  const form = useForm<UnitForm>({
    mode: 'controlled',
    initialValues: initial,
    validate: (v) => zodValidate(unitEconomicsFields)(fieldsOf(v, currency)),
    validateInputOnChange: true,
  });
  const status = useAutosave({
    values: form.values,
    initial,
    isValid: (v) => unitEconomicsFields.safeParse(fieldsOf(v, currency)).success,
    save: (v) =>
      save
        .mutateAsync({ partnerId, fields: fieldsOf(v, currency) })
        .catch((error: ApiCallError) => {
          form.setErrors(
            Object.fromEntries(
              Object.entries(error.fields).map(([k, m]) => [k.replace(/^fields\./, ''), m]),
            ),
          );
          throw error;
        }),
  });
  const result = useApiQuery(
    'unitEconomics.compute',
    { partnerId, ...range },
    { placeholderData: (p) => p, enabled: range.from <= range.to },
  );

  return (
    <Stack gap="md" data-testid="unit-economics">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={4}>{title}</Title>
          <Text size="sm" c="dimmed" maw={640}>
            The case a CFO asks for: what a customer costs to win, what it is worth, and how that
            compares with paid channels. Empty fields use the recorded actuals of the months chosen.
          </Text>
        </div>
        <SaveStatus {...status} />
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="sm">
            <InputSection
              title="Months"
              hint="Actuals of these months feed spend, customers and revenue."
            >
              <Group gap="md">
                <MonthPickerInput
                  label="From"
                  w={140}
                  value={monthToPickerValue(range.from)}
                  onChange={(v) =>
                    setRange((r) => ({ ...r, from: pickerValueToMonth(v) ?? r.from }))
                  }
                />
                <MonthPickerInput
                  label="To"
                  w={140}
                  value={monthToPickerValue(range.to)}
                  onChange={(v) => setRange((r) => ({ ...r, to: pickerValueToMonth(v) ?? r.to }))}
                  error={range.from > range.to ? 'Pick a month after the first' : undefined}
                />
              </Group>
            </InputSection>
            <UnitEconomicsInputs form={form} currency={currency} recorded={result.data} />
            <Paper withBorder p="md">
              <Text size="sm" fw={500}>
                Influence weight: {form.values.influenceWeightPercent} %
              </Text>
              <Text size="xs" c="dimmed" mb="xs">
                How much of the influenced revenue the directional view counts.
              </Text>
              <Slider
                min={0}
                max={100}
                step={5}
                value={form.values.influenceWeightPercent}
                onChange={(v) => form.setFieldValue('influenceWeightPercent', v)}
                marks={[
                  { value: 0, label: '0 %' },
                  { value: 50, label: '50 %' },
                  { value: 100, label: '100 %' },
                ]}
                aria-label="Influence weight"
                mb="md"
                data-testid="unit-influence"
              />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          {result.isPending ? (
            range.from > range.to ? null : (
              <PageLoader />
            )
          ) : result.isError ? (
            <ErrorState message={result.error.message} onRetry={() => void result.refetch()} />
          ) : (
            <UnitEconomicsResults result={result.data} currency={currency} />
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
