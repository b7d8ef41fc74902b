import {
  Autocomplete,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { settingsFields, type WorkbookSettings } from '../../../../shared/contract/index.ts';
import type { z } from '../../../../shared/contract/zod.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { currencyOptions } from '../start/currencies.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { LogoField } from './LogoField.tsx';
import { ExchangeSection } from './ExchangeSection.tsx';
import { FitWeightsSection } from './FitWeightsSection.tsx';
import { CalendarSettingsSection } from './CalendarSettingsSection.tsx';
import { ScorecardSettingsSection } from './ScorecardSettingsSection.tsx';
import { HealthWeightsSection } from './HealthWeightsSection.tsx';

type Fields = z.input<typeof settingsFields>;

const months = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: new Date(Date.UTC(2026, i, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
}));

const pick = (s: WorkbookSettings): Fields => ({
  orgName: s.orgName,
  clientName: s.clientName,
  programName: s.programName,
  currency: s.currency,
  fiscalYearStartMonth: s.fiscalYearStartMonth,
  confidentiality: s.confidentiality,
  audienceSize: s.audienceSize,
});

export default function SettingsPage() {
  const settings = useApiQuery('settings.get', {});
  if (settings.isPending) return <PageLoader />;
  if (settings.isError)
    return <ErrorState message={settings.error.message} onRetry={() => void settings.refetch()} />;
  return <SettingsForm settings={settings.data} />;
}

/** Every valid change is saved shortly after typing stops; invalid fields show why, next to the field. */
function SettingsForm({ settings }: { settings: WorkbookSettings }) {
  const update = useApiMutation('settings.update', ['settings', 'workbook.current']);
  const form = useForm<Fields>({
    mode: 'controlled',
    initialValues: pick(settings),
    validate: zodValidate(settingsFields),
    validateInputOnChange: true,
  });
  const status = useAutosave({
    values: form.values,
    initial: pick(settings),
    isValid: (v) => settingsFields.safeParse(v).success,
    save: (v) =>
      update.mutateAsync(v).catch((error: ApiCallError) => {
        form.setErrors(error.fields);
        throw error;
      }),
  });

  return (
    <Stack maw={880} gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Workbook settings</Title>
          <Text c="dimmed" size="sm">
            Who this engagement is for, and how figures and exports are presented.
          </Text>
        </div>
        <SaveStatus {...status} />
      </Group>

      <Paper withBorder p="lg">
        <Stack>
          <Title order={4}>Engagement</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Your organisation"
              required
              {...form.getInputProps('orgName')}
              data-testid="settings-org"
            />
            <TextInput
              label="Client"
              required
              {...form.getInputProps('clientName')}
              data-testid="settings-client"
            />
            <TextInput
              label="Program name"
              description="Shown on the window title and the cover of governance packs."
              placeholder="e.g. Alliance program 2027"
              {...form.getInputProps('programName')}
              data-testid="settings-program"
            />
            <Autocomplete
              label="Confidentiality marking"
              description="Printed in the footer of every exported page."
              data={[
                'Confidential',
                'Strictly confidential',
                'Internal use only',
                'Client confidential',
              ]}
              {...form.getInputProps('confidentiality')}
              data-testid="settings-confidentiality"
            />
          </SimpleGrid>
        </Stack>
      </Paper>

      <Paper withBorder p="lg">
        <Stack>
          <Title order={4}>Figures</Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label="Currency"
              data={currencyOptions}
              searchable
              allowDeselect={false}
              {...form.getInputProps('currency')}
              data-testid="settings-currency"
            />
            <Select
              label="Fiscal year starts in"
              data={months}
              allowDeselect={false}
              value={String(form.values.fiscalYearStartMonth)}
              onChange={(v) => form.setFieldValue('fiscalYearStartMonth', Number(v))}
              error={form.errors.fiscalYearStartMonth}
              data-testid="settings-fiscal-month"
            />
            <NumberInput
              label="Our audience size"
              description="Used for combined reach figures."
              thousandSeparator=","
              allowDecimal={false}
              {...form.getInputProps('audienceSize')}
              onChange={(v) =>
                form.setFieldValue('audienceSize', typeof v === 'number' ? v : Number.NaN)
              }
              data-testid="settings-audience"
            />
          </SimpleGrid>
        </Stack>
      </Paper>

      <Paper withBorder p="lg">
        <LogoField hasLogo={settings.hasLogo} />
      </Paper>

      <Paper withBorder p="lg">
        <ExchangeSection
          fileStem={(settings.programName || settings.clientName).replace(/[^\p{L}\p{N}]+/gu, '-')}
        />
      </Paper>

      <FitWeightsSection settings={settings} />

      <Paper withBorder p="lg">
        <CalendarSettingsSection settings={settings} />
      </Paper>

      <ScorecardSettingsSection settings={settings} />

      <HealthWeightsSection settings={settings} />
    </Stack>
  );
}
