import { Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { moduleParams, type WorkbookSettings } from '../../../../shared/contract/index.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';

const limitSchema = moduleParams.shape.weeklyActivityLimitPerAudience;

/** The joint marketing calendar's tunable parameter: how many activities one audience may get a week. */
export function CalendarSettingsSection({ settings }: { settings: WorkbookSettings }) {
  const saved = settings.params.weeklyActivityLimitPerAudience;
  const [limit, setLimit] = useState<number | string>(saved);
  const [serverError, setServerError] = useState<string | null>(null);
  const update = useApiMutation('settings.updateParams', ['settings', 'calendar']);
  const parsed = limitSchema.safeParse(typeof limit === 'number' ? limit : Number.NaN);
  const status = useAutosave({
    values: limit,
    initial: saved,
    isValid: (v) => limitSchema.safeParse(typeof v === 'number' ? v : Number.NaN).success,
    // Send every parameter: the contract fills missing keys with defaults.
    save: (v) =>
      update
        .mutateAsync({ ...settings.params, weeklyActivityLimitPerAudience: Number(v) })
        .then(() => setServerError(null))
        .catch((error: ApiCallError) => {
          setServerError(error.fields.weeklyActivityLimitPerAudience ?? error.message);
          throw error;
        }),
  });

  return (
    <Stack data-testid="calendar-settings">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={4}>Joint marketing calendar</Title>
          <Text c="dimmed" size="sm" maw={560}>
            Too many messages to one audience in a week wear it out. The calendar flags any week in
            which one audience is reached by more activities than this.
          </Text>
        </div>
        <SaveStatus {...status} />
      </Group>
      <NumberInput
        label="Most activities per audience in one week"
        description="Weeks run Monday to Sunday; cancelled activities do not count."
        min={1}
        max={50}
        allowDecimal={false}
        w={380}
        value={limit}
        onChange={setLimit}
        error={parsed.success ? serverError : (parsed.error.issues[0]?.message ?? 'Invalid')}
        data-testid="settings-weekly-limit"
      />
    </Stack>
  );
}
