import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  agreementFields,
  type Agreement,
  type Deliverable,
} from '../../../../../shared/contract/index.ts';
import {
  agreementChecklist,
  countDeliverables,
} from '../../../../../shared/domain/agreement-checklist.ts';
import { ApiCallError } from '../../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../../components/PageState.tsx';
import { SaveStatus } from '../../../components/SaveStatus.tsx';
import { useAutosave } from '../../../components/use-autosave.ts';
import { zodValidate } from '../../shell/zod-form.ts';
import { AgreementChecklistCard } from '../../partners/AgreementChecklistCard.tsx';
import {
  BrandSection,
  DataSection,
  ExclusivitySection,
  RevenueSection,
  ScopeField,
  TerminationSection,
  TermsSection,
} from '../../partners/AgreementTermsSections.tsx';
import { agreementFormOf, type AgreementForm } from '../../partners/agreement-options.ts';
import { DeliverablesList } from '../../partners/DeliverablesList.tsx';
import { firstProgramKeys, type StepProps } from '../use-first-program.ts';

export function DraftStep({ state, complete }: StepProps) {
  const partnerId = state.partnerId ?? 0;
  const agreement = useApiQuery('agreements.get', { partnerId }, { enabled: partnerId > 0 });
  if (partnerId === 0)
    return (
      <ErrorState message="Record the first call first: it says which partner this is about." />
    );
  if (agreement.isPending) return <PageLoader />;
  if (agreement.isError)
    return (
      <ErrorState message={agreement.error.message} onRetry={() => void agreement.refetch()} />
    );
  return (
    <DraftEditor
      partnerId={partnerId}
      agreement={agreement.data}
      deliverables={agreement.data.deliverables}
      complete={complete}
    />
  );
}

interface EditorProps extends Pick<StepProps, 'complete'> {
  partnerId: number;
  agreement: Agreement;
  deliverables: Deliverable[];
}

function DraftEditor({ partnerId, agreement, deliverables, complete }: EditorProps) {
  const save = useApiMutation('agreements.save', firstProgramKeys);
  const [initial] = useState(() => agreementFormOf(agreement));
  const form = useForm<AgreementForm>({
    mode: 'controlled',
    initialValues: initial,
    validate: zodValidate(agreementFields),
    validateInputOnChange: true,
  });
  const write = (values: AgreementForm) =>
    save.mutateAsync({
      partnerId,
      fields: { ...values, status: values.status === 'none' ? 'draft' : values.status },
    });
  // Every edit is kept as it is made, so leaving the step mid-way loses nothing.
  const autosave = useAutosave({
    values: form.values,
    initial,
    isValid: (v) => agreementFields.safeParse(v).success,
    save: write,
  });
  const counts = countDeliverables(deliverables);
  const checklist = agreementChecklist(form.values, counts);
  const missing = [
    ...(form.values.scope.trim() === '' ? ['the scope'] : []),
    ...(counts.ours === 0 ? ['a deliverable of ours'] : []),
    ...(counts.theirs === 0 ? ["a deliverable of the partner's"] : []),
  ];

  const finish = async () => {
    if (form.validate().hasErrors) return;
    try {
      await write(form.values);
      await complete('draft');
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      form.setErrors(
        Object.fromEntries(
          Object.entries(error.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]),
        ),
      );
    }
  };

  return (
    <Stack gap="md" data-testid="draft-agreement">
      <AgreementChecklistCard checklist={checklist} />
      <TermsSection
        id="scope"
        title="Scope and deliverables"
        hint="What you do together, and what each side delivers by when."
      >
        <ScopeField form={form} />
        <DeliverablesList partnerId={partnerId} deliverables={deliverables} />
      </TermsSection>
      <RevenueSection form={form} />
      <ExclusivitySection form={form} />
      <BrandSection form={form} />
      <TerminationSection form={form} />
      <DataSection form={form} />
      <Group justify="space-between" align="center">
        <Text size="sm" c={missing.length ? 'orange.8' : 'dimmed'} data-testid="step-hint">
          {missing.length
            ? `Still needed before review: ${missing.join(', ')}.`
            : `${checklist.defined} of ${checklist.total} key terms defined.`}
        </Text>
        <Group gap="sm">
          <SaveStatus {...autosave} />
          <Button
            onClick={() => void finish()}
            disabled={missing.length > 0}
            loading={save.isPending}
            data-testid="step-continue"
          >
            Continue to legal review
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
