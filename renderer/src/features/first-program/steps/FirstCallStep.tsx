import { Button, Group, Select, SimpleGrid, Stack, TagsInput, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ApiCallError } from '../../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../../components/PageState.tsx';
import { localToday } from '../../health/health-format.ts';
import { firstProgramKeys, partnerFieldsOf, type StepProps } from '../use-first-program.ts';
import { Recorded } from './Recorded.tsx';

interface CallForm {
  partnerId: string | null;
  date: string;
  attendees: string[];
  notes: string;
  goalOurs: string;
  goalTheirs: string;
}

export function FirstCallStep({ state, complete }: StepProps) {
  const partners = useApiQuery('partners.list', {});
  const heldId = state.firstCallMeetingId;
  const held = useApiQuery('meetings.get', { id: heldId ?? 0 }, { enabled: heldId !== null });
  const saveMeeting = useApiMutation('firstProgram.saveMeeting', firstProgramKeys);
  const updatePartner = useApiMutation('partners.update', firstProgramKeys);
  const [busy, setBusy] = useState(false);
  const form = useForm<CallForm>({
    mode: 'controlled',
    initialValues: {
      partnerId: state.partnerId === null ? null : String(state.partnerId),
      date: localToday(),
      attendees: [],
      notes: '',
      goalOurs: '',
      goalTheirs: '',
    },
    validate: {
      partnerId: (v) => (v ? null : 'Pick the candidate you spoke with'),
      date: (v) => (v ? null : 'Pick the date of the call'),
      goalOurs: (v) => (v.trim() ? null : 'Write what we want from this partnership'),
      goalTheirs: (v) => (v.trim() ? null : 'Write what they want from it'),
    },
  });

  // Done before, the step shows the call as recorded; saving it again updates that meeting.
  const { initialize } = form;
  useEffect(() => {
    if (!held.data || !partners.data) return;
    const met = partners.data.find((p) => p.id === held.data.partnerId);
    initialize({
      partnerId: held.data.partnerId === null ? null : String(held.data.partnerId),
      date: held.data.date,
      attendees: held.data.attendees,
      notes: held.data.notes,
      goalOurs: met?.goalOurs ?? '',
      goalTheirs: met?.goalTheirs ?? '',
    });
  }, [held.data, partners.data, initialize]);

  if (partners.isPending || (heldId !== null && held.isPending)) return <PageLoader />;
  if (partners.isError)
    return <ErrorState message={partners.error.message} onRetry={() => void partners.refetch()} />;

  const reached = partners.data.filter((p) => p.stage !== 'identified');
  const chosen = partners.data.find((p) => p.id === state.partnerId);

  const submit = form.onSubmit(async (values) => {
    const partner = partners.data.find((p) => String(p.id) === values.partnerId);
    if (!partner) return;
    setBusy(true);
    try {
      const meeting = await saveMeeting.mutateAsync({
        slot: 'firstCallMeetingId',
        fields: {
          partnerId: partner.id,
          kind: 'check_in',
          title: `First call with ${partner.name}`,
          date: values.date,
          attendees: values.attendees,
          notes: values.notes,
        },
      });
      await updatePartner.mutateAsync({
        id: partner.id,
        fields: {
          ...partnerFieldsOf(partner),
          stage: partner.stage === 'contacted' ? 'exploring' : partner.stage,
          goalOurs: values.goalOurs,
          goalTheirs: values.goalTheirs,
        },
      });
      await complete('firstCall', { partnerId: partner.id, firstCallMeetingId: meeting.id });
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      form.setErrors(
        Object.keys(error.fields).length > 0 ? error.fields : { notes: error.message },
      );
    } finally {
      setBusy(false);
    }
  });

  return (
    <Stack gap="md">
      {state.firstCallMeetingId !== null && chosen && (
        <Recorded
          text={`First call with ${chosen.name} recorded. Goals: “${chosen.goalOurs}” and “${chosen.goalTheirs}”.`}
          href={`/meetings/${state.firstCallMeetingId}`}
          linkLabel="Open the meeting"
        />
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Who did you speak with?"
              placeholder={reached.length ? 'Pick a candidate' : 'Reach out to a candidate first'}
              data={reached.map((p) => ({ value: String(p.id), label: p.name }))}
              data-testid="call-partner"
              {...form.getInputProps('partnerId')}
            />
            <DatePickerInput
              label="Date of the call"
              valueFormat="D MMM YYYY"
              leftSection={<IconCalendar size={16} />}
              {...form.getInputProps('date')}
              onChange={(value) => form.setFieldValue('date', value ?? '')}
            />
          </SimpleGrid>
          <TagsInput
            label="Who was there"
            placeholder="Type a name and press Enter"
            {...form.getInputProps('attendees')}
          />
          <Textarea
            label="What you learned"
            placeholder="Shared customers, their plans, what they liked, open questions…"
            autosize
            minRows={3}
            data-testid="call-notes"
            {...form.getInputProps('notes')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label="What we want"
              autosize
              minRows={2}
              data-testid="call-goal-ours"
              {...form.getInputProps('goalOurs')}
            />
            <Textarea
              label="What they want"
              autosize
              minRows={2}
              data-testid="call-goal-theirs"
              {...form.getInputProps('goalTheirs')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={busy} data-testid="step-continue">
              Record the call and continue
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
