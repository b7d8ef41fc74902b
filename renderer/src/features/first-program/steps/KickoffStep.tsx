import { Button, Group, Select, SimpleGrid, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import {
  reviewCadenceLabels,
  reviewCadences,
  type Charter,
  type CharterFields,
  type Meeting,
  type Partner,
  type ReviewCadence,
} from '../../../../../shared/contract/index.ts';
import { useApiMutation, useApiQuery } from '../../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../../components/PageState.tsx';
import { localToday } from '../../health/health-format.ts';
import { firstProgramKeys, type StepProps } from '../use-first-program.ts';
import { Recorded } from './Recorded.tsx';

const cadenceOptions = reviewCadences.map((value) => ({
  value,
  label: reviewCadenceLabels[value],
}));

export function KickoffStep({ state, complete }: StepProps) {
  const partnerId = state.partnerId ?? 0;
  const partner = useApiQuery('partners.get', { id: partnerId }, { enabled: partnerId > 0 });
  const charter = useApiQuery('charters.get', { partnerId }, { enabled: partnerId > 0 });
  const meetingId = state.kickoffMeetingId;
  const meeting = useApiQuery(
    'meetings.get',
    { id: meetingId ?? 0 },
    { enabled: meetingId !== null },
  );
  if (partnerId === 0)
    return (
      <ErrorState message="Record the first call first: it says which partner this is about." />
    );
  if (partner.isPending || charter.isPending || (meetingId !== null && meeting.isPending))
    return <PageLoader />;
  if (partner.isError || charter.isError)
    return (
      <ErrorState
        message="The partnership could not be read."
        onRetry={() => void charter.refetch()}
      />
    );
  return (
    <KickoffForm
      partner={partner.data}
      draft={charter.data.draft}
      meeting={meetingId !== null ? (meeting.data ?? null) : null}
      complete={complete}
    />
  );
}

interface KickoffFormProps extends Pick<StepProps, 'complete'> {
  partner: Partner;
  draft: Charter | null;
  /** The kick-off recorded when the step was done before: saving again updates it. */
  meeting: Meeting | null;
}

/** The draft's content without its identity, so a save keeps what was already written. */
function contentOf(draft: Charter | null, partner: Partner): CharterFields {
  if (draft) {
    const { id: _id, partnerId: _p, version: _v, updatedAt: _u, ...content } = draft;
    return content;
  }
  return {
    members: [
      {
        key: 'owner-ours',
        name: partner.ownerOurs,
        role: 'Partnership manager',
        side: 'ours' as const,
      },
      {
        key: 'owner-theirs',
        name: partner.ownerTheirs,
        role: 'Partnership manager',
        side: 'theirs' as const,
      },
    ].filter((m) => m.name.trim() !== ''),
    quarterlyReview: true,
  };
}

function KickoffForm({ partner, draft, meeting: held, complete }: KickoffFormProps) {
  const saveCharter = useApiMutation('charters.save', firstProgramKeys);
  const saveMeeting = useApiMutation('firstProgram.saveMeeting', firstProgramKeys);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      strategicIntent: draft?.strategicIntent || partner.goalOurs,
      successDefinition: draft?.successDefinition ?? '',
      checkInCadence: (draft?.checkInCadence ?? 'monthly') as ReviewCadence,
      date: held?.date ?? localToday(),
      attendees:
        held?.attendees ?? [partner.ownerOurs, partner.ownerTheirs].filter((n) => n.trim() !== ''),
    },
    validate: {
      successDefinition: (v) =>
        v.trim() ? null : 'Write what success means for both sides, in numbers if you can',
      date: (v) => (v ? null : 'Pick the date of the kick-off'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await saveCharter.mutateAsync({
        partnerId: partner.id,
        fields: {
          ...contentOf(draft, partner),
          strategicIntent: values.strategicIntent,
          successDefinition: values.successDefinition,
          checkInCadence: values.checkInCadence,
        },
      });
      const meeting = await saveMeeting.mutateAsync({
        slot: 'kickoffMeetingId',
        fields: {
          partnerId: partner.id,
          kind: 'check_in',
          title: `Kick-off with ${partner.name}`,
          date: values.date,
          attendees: values.attendees,
          notes: 'Kick-off: agreed the first campaign, the owners and the check-in rhythm.',
        },
      });
      await complete('kickoff', { kickoffMeetingId: meeting.id });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {held !== null && (
          <Recorded
            text="Kick-off held and the charter started."
            href={`/partners/${partner.id}`}
            linkLabel="Open the partner"
          />
        )}
        <Textarea
          label="Why this partnership (strategic intent)"
          autosize
          minRows={2}
          {...form.getInputProps('strategicIntent')}
        />
        <Textarea
          label="Shared definition of success"
          description="What both sides will call a success in six months."
          placeholder="e.g. 40 qualified leads each from two joint webinars by the end of the quarter"
          autosize
          minRows={2}
          data-testid="kickoff-success"
          {...form.getInputProps('successDefinition')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Check-in every"
            data={cadenceOptions}
            allowDeselect={false}
            {...form.getInputProps('checkInCadence')}
          />
          <DatePickerInput
            label="Kick-off meeting"
            valueFormat="D MMM YYYY"
            leftSection={<IconCalendar size={16} />}
            {...form.getInputProps('date')}
            onChange={(value) => form.setFieldValue('date', value ?? '')}
          />
        </SimpleGrid>
        <TagsInput label="Who takes part" {...form.getInputProps('attendees')} />
        <Group justify="space-between">
          <Text size="sm" c="red">
            {error}
          </Text>
          <Button type="submit" loading={form.submitting} data-testid="step-continue">
            Save the charter and the kick-off
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
