import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { PartnerFields as Fields } from '../../../../shared/contract/index.ts';
import { stageOptions, typeOptions } from './partner-options.ts';

/** The partner fields of the first slice; the full record (tier, segment, contacts…) grows here. */
export function PartnerFields({
  form,
  autoFocus = false,
}: {
  form: UseFormReturnType<Fields>;
  autoFocus?: boolean;
}) {
  return (
    <Stack>
      <TextInput
        label="Name"
        required
        data-autofocus={autoFocus || undefined}
        {...form.getInputProps('name')}
        data-testid="partner-name"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Type"
          required
          data={typeOptions}
          allowDeselect={false}
          searchable
          {...form.getInputProps('type')}
          data-testid="partner-type"
        />
        <Select
          label="Lifecycle stage"
          data={stageOptions}
          allowDeselect={false}
          {...form.getInputProps('stage')}
          data-testid="partner-stage"
        />
        <TextInput
          label="Owner on our side"
          description="The named person who keeps this partnership moving."
          {...form.getInputProps('ownerOurs')}
          data-testid="partner-owner-ours"
        />
        <TextInput
          label="Owner on the partner's side"
          description="Their counterpart, accountable on their side."
          {...form.getInputProps('ownerTheirs')}
          data-testid="partner-owner-theirs"
        />
      </SimpleGrid>
      <Textarea
        label="Notes"
        autosize
        minRows={3}
        maxRows={12}
        {...form.getInputProps('notes')}
        data-testid="partner-notes"
      />
    </Stack>
  );
}
