import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  revenueShareTermsFields,
  type Partner,
  type RevenueShareTermsRecord,
} from '../../../../shared/contract/index.ts';
import { addMonths } from '../../../../shared/domain/periods.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { currentMonth } from '../kpis/months.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { RevenueShareBreakdown } from './RevenueShareBreakdown.tsx';
import { termsFormOf, termsOf, type TermsForm } from './revenue-share-form.ts';
import { RevenueShareTermsForm } from './RevenueShareTerms.tsx';

/** A partner's revenue-share terms next to what they pay out, month by month. */
export function RevenueShareSection({ partner }: { partner: Partner }) {
  const thisMonth = currentMonth();
  const settings = useApiQuery('settings.get', {});
  const terms = useApiQuery('revenueShare.get', { partnerId: partner.id }, { staleTime: Infinity });
  const recent = useApiQuery('economics.actuals', {
    partnerId: partner.id,
    from: addMonths(thisMonth, -35),
    to: addMonths(thisMonth, 12),
  });
  if (settings.isPending || terms.isPending || recent.isPending) return <PageLoader />;
  const failed = settings.error ?? terms.error ?? recent.error;
  if (failed) return <ErrorState message={failed.message} onRetry={() => void terms.refetch()} />;
  if (!settings.data || !terms.data || !recent.data) return <PageLoader />;
  const latest = recent.data.filter((a) => a.attributedRevenue !== null).at(-1)?.period;
  return (
    <TermsEditor
      partner={partner}
      terms={terms.data}
      currency={settings.data.currency}
      orgName={settings.data.orgName}
      initialTo={latest ?? thisMonth}
    />
  );
}

function TermsEditor({
  partner,
  terms,
  currency,
  orgName,
  initialTo,
}: {
  partner: Partner;
  terms: RevenueShareTermsRecord;
  currency: string;
  orgName: string;
  initialTo: string;
}) {
  const save = useApiMutation('revenueShare.save', ['revenueShare']);
  const [initial] = useState(() => termsFormOf(terms, currency));
  const form = useForm<TermsForm>({
    mode: 'controlled',
    initialValues: initial,
    validate: (v) => zodValidate(revenueShareTermsFields)(termsOf(v, currency)),
    validateInputOnChange: true,
  });
  const status = useAutosave({
    values: form.values,
    initial,
    isValid: (v) => revenueShareTermsFields.safeParse(termsOf(v, currency)).success,
    save: (v) =>
      save
        .mutateAsync({ partnerId: partner.id, terms: termsOf(v, currency) })
        .catch((error: ApiCallError) => {
          form.setErrors(
            Object.fromEntries(
              Object.entries(error.fields).map(([k, m]) => [k.replace(/^terms\./, ''), m]),
            ),
          );
          throw error;
        }),
  });
  return (
    <Stack gap="md" data-testid="revenue-share">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={4}>Revenue share with {partner.name}</Title>
          <Text size="sm" c="dimmed" maw={640}>
            {terms.updatedAt === null ? 'Started from the percentages in the agreement. ' : ''}
            Set the terms on the left; the months on the right show what each side gets, line by
            line, in the workbook’s currency.
          </Text>
        </div>
        <SaveStatus {...status} />
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <RevenueShareTermsForm form={form} currency={currency} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <RevenueShareBreakdown
            partnerId={partner.id}
            partnerName={partner.name}
            orgName={orgName}
            currency={currency}
            initialTo={initialTo}
            referral={form.values.referralEnabled}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
