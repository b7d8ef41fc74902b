import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import type { Activity, ActivityKind, Partner } from '../../../../../shared/contract/index.ts';
import { addDays } from '../../../../../shared/domain/date-math.ts';
import { formatMoney, fromMinor, toMinor } from '../../../../../shared/domain/money.ts';
import { useApiMutation, useApiQuery } from '../../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../../components/PageState.tsx';
import { kindOptions } from '../../calendar/calendar-options.ts';
import { localToday } from '../../health/health-format.ts';
import { firstProgramKeys, type StepProps } from '../use-first-program.ts';
import { Recorded } from './Recorded.tsx';

export function CampaignStep({ state, complete }: StepProps) {
  const partnerId = state.partnerId ?? 0;
  const partner = useApiQuery('partners.get', { id: partnerId }, { enabled: partnerId > 0 });
  const settings = useApiQuery('settings.get', {});
  const campaignId = state.campaignActivityId;
  const existing = useApiQuery(
    'calendar.get',
    { id: campaignId ?? 0 },
    { enabled: campaignId !== null },
  );
  if (partnerId === 0)
    return (
      <ErrorState message="Record the first call first: it says which partner this is about." />
    );
  if (partner.isPending || settings.isPending || (campaignId !== null && existing.isPending))
    return <PageLoader />;
  if (partner.isError || settings.isError)
    return (
      <ErrorState
        message="The partnership could not be read."
        onRetry={() => void partner.refetch()}
      />
    );
  return (
    <CampaignForm
      partner={partner.data}
      currency={settings.data.currency}
      existing={campaignId !== null ? (existing.data ?? null) : null}
      complete={complete}
    />
  );
}

function keptFields({ id: _id, createdAt: _created, updatedAt: _updated, ...fields }: Activity) {
  return fields;
}

interface CampaignFormProps extends Pick<StepProps, 'complete'> {
  partner: Partner;
  currency: string;
  /** The campaign saved when the step was done before: the form edits it. */
  existing: Activity | null;
}

function CampaignForm({ partner, currency, existing, complete }: CampaignFormProps) {
  const save = useApiMutation('firstProgram.saveCampaign', firstProgramKeys);
  const setStage = useApiMutation('partners.setStage', firstProgramKeys);
  const [error, setError] = useState<string | null>(null);
  const start = addDays(localToday(), 21);
  const form = useForm({
    mode: 'controlled',
    initialValues: existing
      ? {
          title: existing.title,
          kind: existing.kind,
          startDate: existing.startDate,
          endDate: existing.endDate,
          channel: existing.channel,
          audience: existing.audience,
          budget: fromMinor(existing.budgetMinor, currency) as number | string,
          ourShare: (existing.splits.find((s) => s.party === 'ours')?.percent ?? 100) as
            number | string,
          expectedLeads: (existing.expectedLeads ?? '') as number | string,
        }
      : {
          title: `Joint webinar with ${partner.name}`,
          kind: 'joint_webinar' as ActivityKind,
          startDate: start,
          endDate: start,
          channel: 'Webinar',
          audience: '',
          budget: 2000 as number | string,
          ourShare: 50 as number | string,
          expectedLeads: 50 as number | string,
        },
    validate: {
      title: (v) => (v.trim() ? null : 'Name the campaign'),
      endDate: (v, values) => (v < values.startDate ? 'The end is before the start' : null),
      budget: (v) => (typeof v === 'number' && v >= 0 ? null : 'Enter the budget, 0 or more'),
      ourShare: (v) => (typeof v === 'number' && v >= 0 && v <= 100 ? null : 'Use 0 to 100 %'),
    },
  });
  const budget = typeof form.values.budget === 'number' ? form.values.budget : 0;
  const share = typeof form.values.ourShare === 'number' ? form.values.ourShare : 0;
  const budgetMinor = toMinor(budget, currency);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const activity = await save.mutateAsync({
        // Saved again, the campaign keeps what was edited on the calendar since (times, notes).
        ...(existing ? keptFields(existing) : {}),
        title: values.title,
        kind: values.kind,
        partnerIds: [partner.id],
        channel: values.channel,
        audience: values.audience,
        startDate: values.startDate,
        endDate: values.endDate,
        owner: existing?.owner || partner.ownerOurs,
        status: existing?.status ?? 'confirmed',
        budgetMinor,
        splits:
          share >= 100
            ? [{ party: 'ours', percent: 100 }]
            : [
                { party: 'ours', percent: share },
                { party: partner.id, percent: 100 - share },
              ],
        expectedLeads: typeof values.expectedLeads === 'number' ? values.expectedLeads : null,
      });
      if (partner.stage === 'signed')
        await setStage.mutateAsync({ id: partner.id, stage: 'active' });
      await complete('campaign', { campaignActivityId: activity.id });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {existing !== null && (
          <Recorded
            text="The first campaign is on the joint calendar."
            href="/calendar"
            linkLabel="Open the calendar"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Campaign"
            data-testid="campaign-title"
            {...form.getInputProps('title')}
          />
          <Select
            label="Kind"
            data={kindOptions}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <DatePickerInput
            label="Starts"
            valueFormat="D MMM YYYY"
            leftSection={<IconCalendar size={16} />}
            {...form.getInputProps('startDate')}
            onChange={(value) => {
              const date = value ?? form.values.startDate;
              form.setFieldValue('startDate', date);
              if (form.values.endDate < date) form.setFieldValue('endDate', date);
            }}
          />
          <DatePickerInput
            label="Ends"
            valueFormat="D MMM YYYY"
            leftSection={<IconCalendar size={16} />}
            {...form.getInputProps('endDate')}
            onChange={(value) => form.setFieldValue('endDate', value ?? form.values.endDate)}
          />
          <TextInput
            label="Channel"
            placeholder="Webinar, newsletter, event…"
            {...form.getInputProps('channel')}
          />
          <TextInput
            label="Audience"
            placeholder="Who you want to reach"
            {...form.getInputProps('audience')}
          />
          <NumberInput
            label={`Budget (${currency})`}
            min={0}
            thousandSeparator=","
            data-testid="campaign-budget"
            {...form.getInputProps('budget')}
          />
          <NumberInput
            label="Our share of the budget (%)"
            min={0}
            max={100}
            data-testid="campaign-share"
            {...form.getInputProps('ourShare')}
          />
          <NumberInput label="Leads you expect" min={0} {...form.getInputProps('expectedLeads')} />
        </SimpleGrid>
        <Text size="sm" c="dimmed" data-testid="campaign-split">
          We pay {formatMoney(Math.round((budgetMinor * share) / 100), currency)}; {partner.name}{' '}
          pays {formatMoney(budgetMinor - Math.round((budgetMinor * share) / 100), currency)}.
        </Text>
        <Group justify="space-between">
          <Text size="sm" c="red">
            {error}
          </Text>
          <Button type="submit" loading={form.submitting} data-testid="step-continue">
            Put it on the calendar
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
