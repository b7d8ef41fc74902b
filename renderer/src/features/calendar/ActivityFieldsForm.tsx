import {
  Autocomplete,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DatePickerInput, TimeInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { IconCalendar, IconClock } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { currencyFractionDigits, fromMinor, toMinor } from '../../../../shared/domain/money.ts';
import type { FieldSuggestions } from './ActivityEditor.tsx';
import { channelSuggestions, kindOptions, statusOptions } from './calendar-options.ts';
import { SplitEditor } from './SplitEditor.tsx';
import type { ActivityFormValues } from './use-activity-form.ts';
import { useCalendarSettings, usePartnerDirectory } from './use-calendar-data.ts';

function currencySymbol(currency: string): string {
  const parts = new Intl.NumberFormat(undefined, { style: 'currency', currency }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

const unique = (values: string[]) =>
  [...new Map(values.filter(Boolean).map((v) => [v.toLowerCase(), v])).values()].sort();

export function ActivityFieldsForm({
  form,
  suggestions,
  onShareTyped,
  onSplitEvenly,
}: {
  form: UseFormReturnType<ActivityFormValues>;
  suggestions: FieldSuggestions;
  onShareTyped: () => void;
  onSplitEvenly: () => void;
}) {
  const { currency, query: settings } = useCalendarSettings();
  const partners = usePartnerDirectory();

  return (
    <Stack gap="sm">
      <TextInput
        label="Title"
        placeholder="e.g. Joint webinar: securing cloud environments"
        required
        data-autofocus
        {...form.getInputProps('title')}
        data-testid="activity-title"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Kind"
          data={kindOptions}
          allowDeselect={false}
          required
          {...form.getInputProps('kind')}
          data-testid="activity-kind"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Status
          </Text>
          <SegmentedControl
            data={statusOptions}
            size="xs"
            {...form.getInputProps('status')}
            data-testid="activity-status"
          />
        </Stack>
      </SimpleGrid>
      <MultiSelect
        label="Partners"
        description="Every partner taking part; each can carry a share of the budget."
        placeholder={form.values.partnerIds.length ? undefined : 'Pick one or more partners'}
        data={partners.options}
        searchable
        required
        nothingFoundMessage="No partner by that name"
        value={form.values.partnerIds.map(String)}
        onChange={(ids) => form.setFieldValue('partnerIds', ids.map(Number))}
        error={form.errors.partnerIds}
        data-testid="activity-partners"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Autocomplete
          label="Channel"
          description="Where it runs. Two activities on one channel and audience must not overlap."
          data={unique([...channelSuggestions, ...suggestions.channels])}
          {...form.getInputProps('channel')}
          data-testid="activity-channel"
        />
        <Autocomplete
          label="Audience"
          description="Who it reaches, e.g. IT leaders in retail."
          data={unique(suggestions.audiences)}
          {...form.getInputProps('audience')}
          data-testid="activity-audience"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <DatePickerInput
          label="Starts"
          required
          valueFormat="D MMM YYYY"
          leftSection={<IconCalendar size={16} />}
          {...form.getInputProps('startDate')}
          onChange={(value) => form.setFieldValue('startDate', value ?? '')}
          data-testid="activity-start"
        />
        <DatePickerInput
          label="Ends (inclusive)"
          required
          valueFormat="D MMM YYYY"
          leftSection={<IconCalendar size={16} />}
          minDate={form.values.startDate || undefined}
          {...form.getInputProps('endDate')}
          onChange={(value) => form.setFieldValue('endDate', value ?? '')}
          data-testid="activity-end"
        />
        <TimeInput
          label="Start time"
          description="Optional"
          leftSection={<IconClock size={16} />}
          {...form.getInputProps('startTime')}
          data-testid="activity-start-time"
        />
        <TimeInput
          label="End time"
          description="Optional"
          leftSection={<IconClock size={16} />}
          {...form.getInputProps('endTime')}
          data-testid="activity-end-time"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label="Owner"
          placeholder="Who makes it happen"
          {...form.getInputProps('owner')}
          data-testid="activity-owner"
        />
        <BudgetInput
          currency={currency}
          initialMinor={form.values.budgetMinor}
          error={form.errors.budgetMinor}
          onChange={(minor) => form.setFieldValue('budgetMinor', minor)}
        />
        <NumberInput
          label="Expected leads"
          min={0}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          value={form.values.expectedLeads ?? ''}
          onChange={(value) =>
            form.setFieldValue('expectedLeads', typeof value === 'number' ? value : null)
          }
          error={form.errors.expectedLeads}
          data-testid="activity-leads"
        />
      </SimpleGrid>
      <SplitEditor
        form={form}
        currency={currency}
        orgName={settings.data?.orgName ?? 'Our organisation'}
        partnerNames={partners.names}
        onShareTyped={onShareTyped}
        onSplitEvenly={onSplitEvenly}
      />
      <Textarea
        label="Notes"
        autosize
        minRows={2}
        maxRows={8}
        placeholder="Deliverables, who brings the creative assets, links…"
        {...form.getInputProps('notes')}
        data-testid="activity-notes"
      />
    </Stack>
  );
}

/** Typed in major units (40,000.00); stored in minor units. Half-typed values stay as typed. */
function BudgetInput({
  currency,
  initialMinor,
  error,
  onChange,
}: {
  currency: string;
  initialMinor: number;
  error: ReactNode;
  onChange: (minor: number) => void;
}) {
  const [typed, setTyped] = useState<string | number>(
    initialMinor === 0 ? '' : fromMinor(initialMinor, currency),
  );
  return (
    <NumberInput
      label={`Budget (${currency})`}
      prefix={`${currencySymbol(currency)} `}
      thousandSeparator=","
      decimalScale={currencyFractionDigits(currency)}
      min={0}
      allowNegative={false}
      value={typed}
      onChange={(value) => {
        setTyped(value);
        const amount = typeof value === 'number' ? value : Number(value);
        onChange(Number.isFinite(amount) && value !== '' ? toMinor(amount, currency) : 0);
      }}
      error={error}
      placeholder="0"
      data-testid="activity-budget"
    />
  );
}
