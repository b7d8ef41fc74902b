import {
  Badge,
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { Activity, ActualMeasure, Meeting } from '../../../../../shared/contract/index.ts';
import { formatMoney, toMinor } from '../../../../../shared/domain/money.ts';
import { returnOnInvestment } from '../../../../../shared/domain/unit-economics.ts';
import { useApiMutation, useApiQuery } from '../../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../../components/PageState.tsx';
import { localToday } from '../../health/health-format.ts';
import { firstProgramKeys, type StepProps } from '../use-first-program.ts';
import { Recorded } from './Recorded.tsx';

const percent = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((100 * part) / whole)} %` : '–';

export function ReviewStep({ state, complete }: StepProps) {
  const id = state.campaignActivityId ?? 0;
  const campaign = useApiQuery('calendar.get', { id }, { enabled: id > 0 });
  const settings = useApiQuery('settings.get', {});
  const meetingId = state.reviewMeetingId;
  const meeting = useApiQuery(
    'meetings.get',
    { id: meetingId ?? 0 },
    { enabled: meetingId !== null },
  );
  if (id === 0)
    return <ErrorState message="Plan the first campaign first: this step reviews it." />;
  if (campaign.isPending || settings.isPending || (meetingId !== null && meeting.isPending))
    return <PageLoader />;
  if (campaign.isError || settings.isError)
    return (
      <ErrorState
        message="The campaign could not be read."
        onRetry={() => void campaign.refetch()}
      />
    );
  return (
    <ReviewForm
      campaign={campaign.data}
      currency={settings.data.currency}
      partnerId={state.partnerId}
      review={meetingId !== null ? (meeting.data ?? null) : null}
      complete={complete}
    />
  );
}

interface ReviewFormProps extends Pick<StepProps, 'complete'> {
  campaign: Activity;
  currency: string;
  partnerId: number | null;
  /** The review meeting recorded when the step was done before: saving again updates it. */
  review: Meeting | null;
}

type Count = number | string;

function ReviewForm({ campaign, currency, partnerId, review, complete }: ReviewFormProps) {
  const setActual = useApiMutation('actuals.set', firstProgramKeys);
  const saveMeeting = useApiMutation('firstProgram.saveMeeting', firstProgramKeys);
  const [error, setError] = useState<string | null>(null);
  const ourShare = campaign.splits.find((s) => s.party === 'ours')?.percent ?? 100;
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      leads: '' as Count,
      qualifiedLeads: '' as Count,
      deals: '' as Count,
      revenue: '' as Count,
      cost: (Math.round((campaign.budgetMinor * ourShare) / 100) / 100) as Count,
      notes: review?.notes ?? '',
    },
    validate: {
      leads: (v) => (typeof v === 'number' ? null : 'Enter the leads, 0 if none'),
      qualifiedLeads: (v, values) =>
        typeof v === 'number' && typeof values.leads === 'number' && v > values.leads
          ? 'More qualified leads than leads'
          : null,
    },
  });
  const n = (v: Count) => (typeof v === 'number' ? v : 0);
  const { values } = form;
  const roi = returnOnInvestment(n(values.revenue), n(values.cost));

  const submit = form.onSubmit(async (v) => {
    if (partnerId === null) return;
    setError(null);
    const period = campaign.startDate.slice(0, 7);
    const figures: [ActualMeasure, number | null][] = [
      ['leads', typeof v.leads === 'number' ? v.leads : null],
      ['qualifiedLeads', typeof v.qualifiedLeads === 'number' ? v.qualifiedLeads : null],
      ['deals', typeof v.deals === 'number' ? v.deals : null],
      ['attributedRevenue', typeof v.revenue === 'number' ? toMinor(v.revenue, currency) : null],
      ['spend', typeof v.cost === 'number' ? toMinor(v.cost, currency) : null],
    ];
    try {
      for (const [measure, value] of figures) {
        if (value !== null) await setActual.mutateAsync({ partnerId, period, measure, value });
      }
      const meeting = await saveMeeting.mutateAsync({
        slot: 'reviewMeetingId',
        fields: {
          partnerId,
          kind: 'check_in',
          title: `Review of ${campaign.title}`,
          date: review?.date ?? localToday(),
          notes: v.notes,
        },
      });
      await complete('review', { reviewMeetingId: meeting.id });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {review !== null && (
          <Recorded
            text="Results recorded in the partner's actuals."
            href={`/partners/${partnerId ?? ''}`}
            linkLabel="Open the partner"
          />
        )}
        <Text size="sm">
          <b>{campaign.title}</b>, {campaign.startDate}
          {campaign.expectedLeads !== null && ` — you expected ${campaign.expectedLeads} leads`}.
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          <NumberInput
            label="Leads"
            min={0}
            data-testid="review-leads"
            {...form.getInputProps('leads')}
          />
          <NumberInput
            label="Qualified leads"
            min={0}
            data-testid="review-qualified"
            {...form.getInputProps('qualifiedLeads')}
          />
          <NumberInput
            label="Deals"
            min={0}
            data-testid="review-deals"
            {...form.getInputProps('deals')}
          />
          <NumberInput
            label={`Revenue (${currency})`}
            min={0}
            thousandSeparator=","
            data-testid="review-revenue"
            {...form.getInputProps('revenue')}
          />
          <NumberInput
            label={`Our cost (${currency})`}
            min={0}
            thousandSeparator=","
            {...form.getInputProps('cost')}
          />
        </SimpleGrid>
        <Group gap="xs" data-testid="review-summary">
          <Badge variant="light">
            Qualified {percent(n(values.qualifiedLeads), n(values.leads))}
          </Badge>
          <Badge variant="light">Closed {percent(n(values.deals), n(values.qualifiedLeads))}</Badge>
          <Badge variant="light" color={roi !== null && roi > 0 ? 'teal' : 'gray'}>
            ROI {roi === null ? '–' : `${Math.round(roi * 100).toLocaleString()} %`} on{' '}
            {formatMoney(toMinor(n(values.cost), currency), currency)}
          </Badge>
        </Group>
        <Textarea
          label="Worth continuing? What would you change?"
          autosize
          minRows={2}
          {...form.getInputProps('notes')}
        />
        <Group justify="space-between">
          <Text size="sm" c="red">
            {error}
          </Text>
          <Button type="submit" loading={form.submitting} data-testid="step-continue">
            Record the results
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
