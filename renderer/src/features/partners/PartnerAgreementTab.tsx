import '@mantine/dates/styles.css';
import { Badge, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  agreementFields,
  agreementStatusLabels,
  type Agreement,
  type Deliverable,
  type Partner,
} from '../../../../shared/contract/index.ts';
import {
  agreementChecklist,
  countDeliverables,
} from '../../../../shared/domain/agreement-checklist.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { AgreementChecklistCard } from './AgreementChecklistCard.tsx';
import {
  BrandSection,
  DataSection,
  ExclusivitySection,
  RevenueSection,
  ScopeField,
  StatusSection,
  TermsSection,
  TerminationSection,
} from './AgreementTermsSections.tsx';
import { agreementFormOf, agreementStatusColors, type AgreementForm } from './agreement-options.ts';
import { DeliverablesList } from './DeliverablesList.tsx';

export default function PartnerAgreementTab({ partner }: { partner: Partner }) {
  const agreement = useApiQuery('agreements.get', { partnerId: partner.id });
  if (agreement.isPending) return <PageLoader />;
  if (agreement.isError)
    return (
      <ErrorState message={agreement.error.message} onRetry={() => void agreement.refetch()} />
    );
  return (
    <AgreementEditor
      partner={partner}
      agreement={agreement.data}
      deliverables={agreement.data.deliverables}
    />
  );
}

function AgreementEditor({
  partner,
  agreement,
  deliverables,
}: {
  partner: Partner;
  agreement: Agreement;
  deliverables: Deliverable[];
}) {
  const save = useApiMutation('agreements.save', ['agreements']);
  const [initial] = useState(() => agreementFormOf(agreement));
  const form = useForm<AgreementForm>({
    mode: 'controlled',
    initialValues: initial,
    validate: zodValidate(agreementFields),
    validateInputOnChange: true,
  });
  const status = useAutosave({
    values: form.values,
    initial,
    isValid: (v) => agreementFields.safeParse(v).success,
    save: (fields) =>
      save.mutateAsync({ partnerId: partner.id, fields }).catch((error: ApiCallError) => {
        form.setErrors(
          Object.fromEntries(
            Object.entries(error.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]),
          ),
        );
        throw error;
      }),
  });
  const checklist = agreementChecklist(form.values, countDeliverables(deliverables));

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Group gap="xs">
                <Title order={4}>Agreement</Title>
                <Badge color={agreementStatusColors[form.values.status]} variant="light">
                  {agreementStatusLabels[form.values.status]}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed" maw={560}>
                Write down what you agree with {partner.name} as you agree it. The checklist shows
                which key terms are still open.
              </Text>
            </div>
            <div style={{ flexShrink: 0 }}>
              <SaveStatus {...status} />
            </div>
          </Group>
          <StatusSection form={form} />
          <TermsSection
            id="scope"
            title="Scope and deliverables"
            hint="What you do together, and what each side delivers by when."
          >
            <ScopeField form={form} />
            <DeliverablesList partnerId={partner.id} deliverables={deliverables} />
          </TermsSection>
          <RevenueSection form={form} />
          <ExclusivitySection form={form} />
          <BrandSection form={form} />
          <TerminationSection form={form} />
          <DataSection form={form} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <AgreementChecklistCard checklist={checklist} />
      </Grid.Col>
    </Grid>
  );
}
