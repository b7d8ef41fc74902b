import '@mantine/dates/styles.css';
import { Paper, Select, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { IconCalendar } from '@tabler/icons-react';
import type { MeetingKind } from '../../../../shared/contract/index.ts';
import { meetingKindOptions } from './governance-options.ts';

export interface MeetingFormValues {
  partnerId: number | null;
  kind: MeetingKind;
  title: string;
  date: string;
  attendees: string[];
  agenda: string;
  notes: string;
}

/** The editable record of a meeting: when, who, what was planned and what was said. */
export function MeetingFieldsForm({
  form,
  committee,
}: {
  form: UseFormReturnType<MeetingFormValues>;
  committee: string[];
}) {
  return (
    <>
      <Paper withBorder p="lg">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Kind"
            data={meetingKindOptions}
            allowDeselect={false}
            {...form.getInputProps('kind')}
            data-testid="meeting-edit-kind"
          />
          <DatePickerInput
            label="Date"
            required
            valueFormat="D MMM YYYY"
            leftSection={<IconCalendar size={16} />}
            {...form.getInputProps('date')}
            onChange={(value) => form.setFieldValue('date', value ?? '')}
            data-testid="meeting-edit-date"
          />
          <TextInput
            label="Title"
            placeholder="Optional"
            {...form.getInputProps('title')}
            data-testid="meeting-edit-title"
          />
        </SimpleGrid>
        <TagsInput
          mt="md"
          label="Attendees"
          placeholder="Type a name and press Enter"
          data={committee}
          clearable
          {...form.getInputProps('attendees')}
          data-testid="meeting-edit-attendees"
        />
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="lg">
          <Textarea
            label="Agenda"
            autosize
            minRows={8}
            maxRows={24}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            {...form.getInputProps('agenda')}
            data-testid="meeting-edit-agenda"
          />
        </Paper>
        <Paper withBorder p="lg">
          <Textarea
            label="Notes"
            description="What was said, in the room's own words. Commitments go into actions below."
            autosize
            minRows={7}
            maxRows={24}
            {...form.getInputProps('notes')}
            data-testid="meeting-edit-notes"
          />
        </Paper>
      </SimpleGrid>
    </>
  );
}
