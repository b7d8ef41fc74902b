import {
  Autocomplete,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import type { PartnerFields as Fields } from '../../../../shared/contract/index.ts';
import { maturityOptions, stageOptions, tierSuggestions, typeOptions } from './partner-options.ts';

type Form = UseFormReturnType<Fields>;

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <div>
        <Title order={5}>{title}</Title>
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </div>
      {children}
    </Stack>
  );
}

/** Name, type, stage and the two owners: what a new partner needs to start with. */
function EssentialFields({ form, autoFocus }: { form: Form; autoFocus: boolean }) {
  return (
    <>
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
      </SimpleGrid>
    </>
  );
}

function OwnerFields({ form }: { form: Form }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
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
  );
}

/** The partner form: `quick` for adding one, `full` for every field of the record. */
export function PartnerFields({
  form,
  autoFocus = false,
  variant = 'full',
}: {
  form: Form;
  autoFocus?: boolean;
  variant?: 'quick' | 'full';
}) {
  if (variant === 'quick') {
    return (
      <Stack>
        <EssentialFields form={form} autoFocus={autoFocus} />
        <OwnerFields form={form} />
      </Stack>
    );
  }
  const audience = form.getInputProps('audienceSize');
  return (
    <Stack gap="xl">
      <Section title="Profile">
        <EssentialFields form={form} autoFocus={autoFocus} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Maturity"
            description="How deep the collaboration runs today."
            data={maturityOptions}
            allowDeselect={false}
            {...form.getInputProps('maturity')}
            data-testid="partner-maturity"
          />
          <Autocomplete
            label="Tier"
            description="The tier you have assigned."
            data={tierSuggestions}
            {...form.getInputProps('tier')}
            data-testid="partner-tier"
          />
          <NumberInput
            label="Audience size"
            description="People the partner reaches."
            thousandSeparator=","
            allowDecimal={false}
            {...audience}
            value={form.values.audienceSize ?? ''}
            onChange={(v) =>
              form.setFieldValue(
                'audienceSize',
                v === '' ? null : typeof v === 'number' ? v : Number.NaN,
              )
            }
            data-testid="partner-audience"
          />
          <TextInput
            label="Segment or industry"
            {...form.getInputProps('segment')}
            data-testid="partner-segment"
          />
          <TextInput
            label="Region"
            {...form.getInputProps('region')}
            data-testid="partner-region"
          />
          <TextInput
            label="Website"
            placeholder="https://"
            {...form.getInputProps('website')}
            data-testid="partner-website"
          />
        </SimpleGrid>
      </Section>

      <Section
        title="Owners and goals"
        hint="A partnership without a named owner on each side tends to fade; goals that differ need a shared measure."
      >
        <OwnerFields form={form} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label="What we want from it"
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('goalOurs')}
            data-testid="partner-goal-ours"
          />
          <Textarea
            label="What they want from it"
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('goalTheirs')}
            data-testid="partner-goal-theirs"
          />
        </SimpleGrid>
      </Section>

      <Section title="Tags and notes">
        <TagsInput
          label="Tags"
          description="Press Enter after each tag; tags filter the partner list."
          clearable
          {...form.getInputProps('tags')}
          data-testid="partner-tags"
        />
        <Textarea
          label="Notes"
          autosize
          minRows={3}
          maxRows={12}
          {...form.getInputProps('notes')}
          data-testid="partner-notes"
        />
        <Switch
          label="Archived"
          description="Hidden from the list and the board unless you choose to show archived partners; everything recorded is kept."
          {...form.getInputProps('archived', { type: 'checkbox' })}
          data-testid="partner-archived"
        />
      </Section>
    </Stack>
  );
}
