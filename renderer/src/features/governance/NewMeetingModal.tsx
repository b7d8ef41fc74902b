import '@mantine/dates/styles.css';
import {
  Button,
  Group,
  Input,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCalendar } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import {
  meetingFields,
  meetingKindShortLabels,
  meetingKinds,
  type MeetingFields,
  type MeetingKind,
} from '../../../../shared/contract/index.ts';
import { agendaTemplates, agendaText } from '../../../../shared/domain/meeting-agendas.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { localToday } from './governance-format.ts';
import { governanceKeys } from './governance-options.ts';
import { RecordModal, saveHandlers } from '../../components/record-form.tsx';
import { PartnerScopeSelect } from './PartnerScopeSelect.tsx';

interface NewMeetingModalProps {
  opened: boolean;
  onClose: () => void;
  partnerId: number | null;
  lockPartner: boolean;
}

export function NewMeetingModal(props: NewMeetingModalProps) {
  return (
    <RecordModal opened={props.opened} onClose={props.onClose} title="New meeting" size="xl">
      <NewMeetingForm {...props} />
    </RecordModal>
  );
}

type MeetingFormValues = Omit<MeetingFields, 'agenda'> & { agenda: string };

function NewMeetingForm({ onClose, partnerId, lockPartner }: NewMeetingModalProps) {
  const [, navigate] = useLocation();
  const create = useApiMutation('meetings.create', governanceKeys);
  const requested = useApiQuery(
    'governance.decisionsRequested',
    partnerId === null ? {} : { partnerId },
  );
  const form = useForm<MeetingFormValues>({
    mode: 'controlled',
    initialValues: {
      partnerId,
      kind: 'check_in',
      title: '',
      date: localToday(),
      attendees: [],
      agenda: agendaText('check_in'),
      notes: '',
    },
    validate: zodValidate(meetingFields),
    validateInputOnBlur: true,
  });
  const charter = useApiQuery('charters.get', { partnerId: form.values.partnerId ?? null });
  const committee = (charter.data?.draft?.members ?? []).map((m) => m.name);

  const templateFor = (kind: MeetingKind) =>
    agendaText(kind, { decisionsRequested: (requested.data ?? []).map((r) => r.question) });

  const changeKind = (kind: MeetingKind) => {
    const untouched =
      form.values.agenda.trim() === '' ||
      meetingKinds.some(
        (k) => form.values.agenda === agendaText(k) || form.values.agenda === templateFor(k),
      );
    form.setFieldValue('kind', kind);
    if (untouched) form.setFieldValue('agenda', templateFor(kind));
  };

  const submit = form.onSubmit((values) =>
    create.mutate(
      meetingFields.parse(values),
      saveHandlers(
        form,
        () => 'Meeting created',
        (meeting) => {
          onClose();
          navigate(`/meetings/${meeting.id}`);
        },
      ),
    ),
  );
  const template = agendaTemplates[form.values.kind ?? 'check_in'];

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Input.Wrapper label="Kind of meeting">
          <SegmentedControl
            fullWidth
            data={meetingKinds.map((k) => ({ value: k, label: meetingKindShortLabels[k] }))}
            value={form.values.kind}
            onChange={(v) => changeKind(v as MeetingKind)}
            data-testid="meeting-kind"
          />
          <Text size="xs" c="dimmed" mt={4}>
            {template.purpose} About {template.minutes} minutes. {template.audience}
          </Text>
        </Input.Wrapper>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DatePickerInput
            label="Date"
            required
            valueFormat="D MMM YYYY"
            leftSection={<IconCalendar size={16} />}
            {...form.getInputProps('date')}
            onChange={(value) => form.setFieldValue('date', value ?? '')}
            data-testid="meeting-date"
          />
          <PartnerScopeSelect
            label="Partnership"
            programLabel="Program (all partnerships)"
            value={form.values.partnerId ?? null}
            onChange={(id) => form.setFieldValue('partnerId', id)}
            disabled={lockPartner}
            data-testid="meeting-partner"
          />
          <TextInput
            label="Title"
            placeholder="Optional, e.g. Q1 review"
            {...form.getInputProps('title')}
            data-testid="meeting-title"
          />
        </SimpleGrid>
        <TagsInput
          label="Attendees"
          description={
            committee.length
              ? 'Pick from the charter’s committee or type a name and press Enter'
              : 'Type a name and press Enter'
          }
          data={committee}
          clearable
          {...form.getInputProps('attendees')}
          data-testid="meeting-attendees"
        />
        <Textarea
          label="Agenda"
          description="Prefilled from the template for this kind of meeting; edit freely."
          autosize
          minRows={6}
          maxRows={16}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          {...form.getInputProps('agenda')}
          data-testid="meeting-agenda"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="meeting-save">
            Create meeting
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
