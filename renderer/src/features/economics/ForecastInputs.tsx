import {
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Slider,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import {
  rampShapeLabels,
  rampShapes,
  type UncertainKey,
} from '../../../../shared/contract/index.ts';
import { monthLabel, monthToPickerValue, pickerValueToMonth } from '../kpis/months.ts';
import { currencySymbol } from './economics-format.ts';
import { num, type ForecastForm, type Num } from './forecast-form.ts';

export type ForecastFormApi = UseFormReturnType<ForecastForm>;

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Sets a planned input and moves its uncertainty range with it, keeping the range's shape
 * (proportionally; growth, which can be 0 or negative, by shifting), so the range still holds
 * the plan and the forecast keeps saving.
 */
export function setPlanned(form: ForecastFormApi, key: UncertainKey, value: Num): void {
  const before = num(form.getValues()[key]);
  form.setFieldValue(key, value);
  const after = num(value);
  const range = form.getValues().uncertainty[key];
  const low = num(range.low);
  const high = num(range.high);
  if (before === undefined || after === undefined || low === undefined || high === undefined)
    return;
  const shift = key === 'monthlyGrowthPercent' || before === 0;
  const move = (v: number) => (shift ? v + (after - before) : (v * after) / before);
  const cap = key.endsWith('Percent') && key !== 'monthlyGrowthPercent' ? 100 : Infinity;
  form.setFieldValue(`uncertainty.${key}.low`, Math.min(after, Math.max(0, round2(move(low)))));
  form.setFieldValue(`uncertainty.${key}.high`, Math.max(after, Math.min(cap, round2(move(high)))));
}

/** A planned input's props: its range follows it. */
function plannedProps(form: ForecastFormApi, key: UncertainKey) {
  return { ...form.getInputProps(key), onChange: (v: Num) => setPlanned(form, key, v) };
}

export function InputSection({
  title,
  hint,
  children,
  action,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={5}>{title}</Title>
            {hint && (
              <Text size="xs" c="dimmed">
                {hint}
              </Text>
            )}
          </div>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

const monthInitials = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

export function TimelineSection({ form }: { form: ForecastFormApi }) {
  const { startPeriod, months } = form.values;
  return (
    <InputSection title="Timeline" hint="Monthly, over 12 to 36 months.">
      <Group align="flex-end" gap="lg" wrap="nowrap">
        <MonthPickerInput
          label="First month"
          w={160}
          value={monthToPickerValue(startPeriod)}
          onChange={(v) => form.setFieldValue('startPeriod', pickerValueToMonth(v) ?? startPeriod)}
          data-testid="forecast-start"
        />
        <div style={{ flex: 1 }}>
          <Text size="sm" fw={500}>
            Months: {months}
          </Text>
          <Slider
            min={12}
            max={36}
            step={1}
            value={months}
            onChange={(v) => form.setFieldValue('months', v)}
            marks={[
              { value: 12, label: '12' },
              { value: 24, label: '24' },
              { value: 36, label: '36' },
            ]}
            label={(v) => `${v} months`}
            aria-label="Months to forecast"
            mb="md"
            data-testid="forecast-months"
          />
        </div>
      </Group>
      <Text size="xs" c="dimmed">
        {monthLabel(startPeriod, 'long')} onwards.
      </Text>
    </InputSection>
  );
}

export function LeadsSection({ form }: { form: ForecastFormApi }) {
  const noRamp = form.values.rampShape === 'none';
  return (
    <InputSection
      title="Leads"
      hint="The steady monthly level once the partnership is up to speed, and how it gets there."
    >
      <SimpleGrid cols={2}>
        <NumberInput
          label="Leads per month"
          min={0}
          thousandSeparator=","
          {...plannedProps(form, 'baseLeadsPerMonth')}
          data-testid="forecast-leads"
        />
        <NumberInput
          label="Growth per month"
          suffix=" %"
          decimalScale={2}
          {...plannedProps(form, 'monthlyGrowthPercent')}
          data-testid="forecast-growth"
        />
      </SimpleGrid>
      <div>
        <Text size="sm" fw={500} mb={4}>
          Ramp-up
        </Text>
        <Group gap="sm" align="center" wrap="nowrap">
          <SegmentedControl
            data={rampShapes.map((r) => ({ value: r, label: rampShapeLabels[r] }))}
            {...form.getInputProps('rampShape')}
            aria-label="Ramp-up"
            data-testid="forecast-ramp"
          />
          <Text size="sm" c={noRamp ? 'dimmed' : undefined}>
            over
          </Text>
          <NumberInput
            aria-label="Ramp-up months"
            suffix=" months"
            min={0}
            max={36}
            w={120}
            disabled={noRamp}
            {...form.getInputProps('rampMonths')}
            data-testid="forecast-ramp-months"
          />
        </Group>
      </div>
      <SeasonalityInputs form={form} />
    </InputSection>
  );
}

function SeasonalityInputs({ form }: { form: ForecastFormApi }) {
  const flat = form.values.seasonality.every((f) => Number(f) === 1);
  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={500}>
          Seasonality{' '}
          <Text span size="xs" c="dimmed">
            (1 is a normal month, 0.5 half, 1.2 a fifth more)
          </Text>
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          disabled={flat}
          onClick={() =>
            form.setFieldValue(
              'seasonality',
              Array.from({ length: 12 }, () => 1),
            )
          }
        >
          Make flat
        </Button>
      </Group>
      <SimpleGrid cols={6} spacing={6} verticalSpacing={6}>
        {monthInitials.map((m, i) => (
          <NumberInput
            key={m}
            size="xs"
            label={m}
            min={0}
            max={10}
            step={0.1}
            decimalScale={2}
            hideControls
            {...form.getInputProps(`seasonality.${i}`)}
            data-testid={`forecast-season-${i + 1}`}
          />
        ))}
      </SimpleGrid>
    </div>
  );
}

export function FunnelSection({ form, currency }: { form: ForecastFormApi; currency: string }) {
  return (
    <InputSection title="Funnel" hint="Leads → qualified leads → deals → revenue.">
      <SimpleGrid cols={3}>
        <NumberInput
          label="Qualify"
          suffix=" %"
          min={0}
          max={100}
          decimalScale={2}
          {...plannedProps(form, 'qualificationPercent')}
          data-testid="forecast-qualification"
        />
        <NumberInput
          label="Close"
          suffix=" %"
          min={0}
          max={100}
          decimalScale={2}
          {...plannedProps(form, 'closePercent')}
          data-testid="forecast-close"
        />
        <NumberInput
          label="Revenue per deal"
          prefix={currencySymbol(currency)}
          min={0}
          thousandSeparator=","
          decimalScale={2}
          {...plannedProps(form, 'dealValue')}
          data-testid="forecast-deal-value"
        />
      </SimpleGrid>
    </InputSection>
  );
}

export function RecurringSection({ form, currency }: { form: ForecastFormApi; currency: string }) {
  const on = form.values.recurringEnabled;
  return (
    <InputSection
      title="Recurring revenue"
      hint="For subscriptions: every deal becomes a paying customer until it churns."
      action={
        <Switch
          aria-label="Recurring revenue"
          {...form.getInputProps('recurringEnabled', { type: 'checkbox' })}
          data-testid="forecast-recurring"
        />
      }
    >
      <SimpleGrid cols={3}>
        <NumberInput
          label="Per customer a month"
          prefix={currencySymbol(currency)}
          min={0}
          thousandSeparator=","
          decimalScale={2}
          disabled={!on}
          {...plannedProps(form, 'mrrPerCustomer')}
          data-testid="forecast-mrr"
        />
        <NumberInput
          label="Churn a month"
          suffix=" %"
          min={0}
          max={100}
          decimalScale={2}
          disabled={!on}
          {...plannedProps(form, 'monthlyChurnPercent')}
          data-testid="forecast-churn"
        />
        <NumberInput
          label="Customers today"
          min={0}
          thousandSeparator=","
          disabled={!on}
          {...form.getInputProps('startingCustomers')}
        />
      </SimpleGrid>
    </InputSection>
  );
}
