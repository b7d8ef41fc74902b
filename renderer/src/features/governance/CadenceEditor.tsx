import { Select, SimpleGrid, Stack, Switch, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  reviewCadenceLabels,
  reviewCadences,
  type CharterContent,
  type ReviewCadence,
} from '../../../../shared/contract/index.ts';

const cadenceOptions = reviewCadences.map((c) => ({ value: c, label: reviewCadenceLabels[c] }));

/** The rhythm both sides commit to: a regular check-in, a quarterly review, a yearly audit. */
export function CadenceEditor({ form }: { form: UseFormReturnType<CharterContent> }) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} verticalSpacing="sm">
        <Select
          label="Check-in"
          description="A short call between the two owners"
          placeholder="Not agreed yet"
          clearable
          data={cadenceOptions}
          value={form.values.checkInCadence}
          onChange={(v) =>
            form.setFieldValue('checkInCadence', (v as ReviewCadence | null) ?? null)
          }
          error={form.errors.checkInCadence}
          data-testid="charter-cadence"
        />
        <Switch
          mt={28}
          label="Quarterly business review"
          description="Results, return on effort, renew or adjust"
          {...form.getInputProps('quarterlyReview', { type: 'checkbox' })}
          data-testid="charter-qbr"
        />
        <Switch
          mt={28}
          label="Annual partnership audit"
          description="A yearly look at value, compliance and fit"
          {...form.getInputProps('annualAudit', { type: 'checkbox' })}
          data-testid="charter-audit"
        />
      </SimpleGrid>
      <Textarea
        label="Notes on the rhythm"
        placeholder="e.g. Check-ins on the first Tuesday of the month; the QBR a week after quarter close"
        autosize
        minRows={1}
        maxRows={6}
        {...form.getInputProps('cadenceNotes')}
      />
    </Stack>
  );
}
