import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import type { Agreement, Partner } from '../../../../../shared/contract/index.ts';
import { addCalendarMonths } from '../../../../../shared/domain/date-math.ts';
import { useApiMutation, useApiQuery } from '../../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../../components/PageState.tsx';
import { formatDate, localToday } from '../../health/health-format.ts';
import {
  agreementFieldsOf,
  firstProgramKeys,
  partnerFieldsOf,
  type StepProps,
} from '../use-first-program.ts';
import { Recorded } from './Recorded.tsx';

const beforeSignature = new Set(['identified', 'contacted', 'exploring', 'negotiating']);

export function SignStep({ state, complete }: StepProps) {
  const partnerId = state.partnerId ?? 0;
  const partner = useApiQuery('partners.get', { id: partnerId }, { enabled: partnerId > 0 });
  const agreement = useApiQuery('agreements.get', { partnerId }, { enabled: partnerId > 0 });
  if (partnerId === 0)
    return (
      <ErrorState message="Record the first call first: it says which partner this is about." />
    );
  if (partner.isPending || agreement.isPending) return <PageLoader />;
  if (partner.isError || agreement.isError)
    return (
      <ErrorState
        message="The partnership could not be read."
        onRetry={() => void partner.refetch()}
      />
    );
  const { contacts: _c, ...current } = partner.data;
  const { deliverables: _d, ...terms } = agreement.data;
  return (
    <SignForm
      partner={current}
      agreement={terms}
      done={state.completed.includes('sign')}
      complete={complete}
    />
  );
}

interface SignFormProps extends Pick<StepProps, 'complete'> {
  partner: Partner;
  agreement: Agreement;
  done: boolean;
}

function SignForm({ partner, agreement, done, complete }: SignFormProps) {
  const updatePartner = useApiMutation('partners.update', firstProgramKeys);
  const saveAgreement = useApiMutation('agreements.save', firstProgramKeys);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      startDate: agreement.startDate ?? localToday(),
      endDate: agreement.endDate ?? addCalendarMonths(agreement.startDate ?? localToday(), 12),
      ownerOurs: partner.ownerOurs,
      ownerTheirs: partner.ownerTheirs,
    },
    validate: {
      startDate: (v) => (v ? null : 'Pick the date of signature'),
      endDate: (v, values) => (v && v < values.startDate ? 'The end is before the start' : null),
      ownerOurs: (v) => (v.trim() ? null : 'Name who owns the partnership on our side'),
      ownerTheirs: (v) => (v.trim() ? null : 'Name who owns it on their side'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await updatePartner.mutateAsync({
        id: partner.id,
        fields: {
          ...partnerFieldsOf(partner),
          ownerOurs: values.ownerOurs,
          ownerTheirs: values.ownerTheirs,
          stage: beforeSignature.has(partner.stage) ? 'signed' : partner.stage,
        },
      });
      await saveAgreement.mutateAsync({
        partnerId: partner.id,
        fields: {
          ...agreementFieldsOf(agreement),
          status: 'signed',
          startDate: values.startDate,
          endDate: values.endDate || null,
        },
      });
      await complete('sign');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {done && agreement.status === 'signed' && (
          <Recorded
            text={`Signed with ${partner.name}, running from ${formatDate(agreement.startDate ?? '')}.`}
            href={`/partners/${partner.id}`}
            linkLabel="Open the partner"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DatePickerInput
            label="Signed on (the agreement starts)"
            valueFormat="D MMM YYYY"
            leftSection={<IconCalendar size={16} />}
            {...form.getInputProps('startDate')}
            onChange={(value) => form.setFieldValue('startDate', value ?? '')}
          />
          <DatePickerInput
            label="Runs until"
            valueFormat="D MMM YYYY"
            clearable
            leftSection={<IconCalendar size={16} />}
            {...form.getInputProps('endDate')}
            onChange={(value) => form.setFieldValue('endDate', value ?? '')}
          />
          <TextInput
            label="Partnership manager on our side"
            data-testid="sign-owner-ours"
            {...form.getInputProps('ownerOurs')}
          />
          <TextInput
            label={`Partnership manager at ${partner.name}`}
            data-testid="sign-owner-theirs"
            {...form.getInputProps('ownerTheirs')}
          />
        </SimpleGrid>
        <Group justify="space-between">
          <Text size="sm" c="red">
            {error}
          </Text>
          <Button type="submit" loading={form.submitting} data-testid="step-continue">
            Record the signature
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
