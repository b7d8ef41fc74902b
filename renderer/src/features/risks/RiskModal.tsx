import '@mantine/dates/styles.css';
import {
  Button,
  Divider,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCalendar } from '@tabler/icons-react';
import { riskFields, type Risk, type RiskFields } from '../../../../shared/contract/index.ts';
import { residualRiskScore, riskBand, riskScore } from '../../../../shared/domain/risk.ts';
import { RecordModal, saveHandlers } from '../../components/record-form.tsx';
import { useApiMutation } from '../../api/hooks.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { PartnerScopeSelect } from '../governance/PartnerScopeSelect.tsx';
import { RiskBandBadge } from './RiskBandBadge.tsx';
import {
  categoryOptions,
  impactHints,
  likelihoodHints,
  statusOptions,
  treatmentHints,
  treatmentOptions,
} from './risk-options.ts';
import { ScaleInput } from './ScaleInput.tsx';

type RiskFormValues = Omit<RiskFields, 'likelihood' | 'impact'> & {
  likelihood: number | null;
  impact: number | null;
};

function valuesOf(risk: Risk | null, partnerId: number | null): RiskFormValues {
  return {
    partnerId: risk ? risk.partnerId : partnerId,
    title: risk?.title ?? '',
    category: risk?.category ?? ('' as RiskFields['category']),
    likelihood: risk?.likelihood ?? null,
    impact: risk?.impact ?? null,
    treatment: risk?.treatment ?? 'mitigate',
    mitigation: risk?.mitigation ?? '',
    contingency: risk?.contingency ?? '',
    owner: risk?.owner ?? '',
    status: risk?.status ?? 'open',
    nextReviewDate: risk?.nextReviewDate ?? null,
    residualLikelihood: risk?.residualLikelihood ?? null,
    residualImpact: risk?.residualImpact ?? null,
  };
}

function scoreOf(l: number | null, i: number | null) {
  if (l === null || i === null) return { score: null, band: null };
  const score = riskScore(l, i);
  return { score, band: riskBand(score) };
}

interface RiskModalProps {
  opened: boolean;
  onClose: () => void;
  /** Null to add a new risk. */
  risk: Risk | null;
  /** The partner a new risk belongs to; null for program-wide. */
  defaultPartnerId: number | null;
  /** On a partner page the partner is fixed. */
  lockPartner: boolean;
}

export function RiskModal(props: RiskModalProps) {
  return (
    <RecordModal
      opened={props.opened}
      onClose={props.onClose}
      title={props.risk ? 'Edit risk' : 'Add a risk'}
      size="xl"
    >
      <RiskForm key={props.risk?.id ?? 'new'} {...props} />
    </RecordModal>
  );
}

function RiskForm({ onClose, risk, defaultPartnerId, lockPartner }: RiskModalProps) {
  const create = useApiMutation('risks.create', ['risks', 'governance']);
  const update = useApiMutation('risks.update', ['risks', 'governance']);
  const form = useForm<RiskFormValues>({
    mode: 'controlled',
    initialValues: valuesOf(risk, defaultPartnerId),
    validate: zodValidate(riskFields),
    validateInputOnBlur: true,
  });
  const v = form.values;
  const inherent = scoreOf(v.likelihood, v.impact);
  const residualScore =
    v.residualLikelihood != null && v.residualImpact != null ? residualRiskScore(v) : null;

  const submit = form.onSubmit((values) => {
    const fields = riskFields.parse(values);
    const done = saveHandlers(form, (saved: Risk) => `${saved.title} saved`, onClose);
    if (risk) update.mutate({ id: risk.id, fields }, done);
    else create.mutate(fields, done);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Risk"
          placeholder="What could go wrong, in one line"
          required
          data-autofocus
          {...form.getInputProps('title')}
          data-testid="risk-title"
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Category"
            required
            data={categoryOptions}
            allowDeselect={false}
            {...form.getInputProps('category')}
            data-testid="risk-category"
          />
          <PartnerScopeSelect
            label="Partnership"
            value={v.partnerId ?? null}
            onChange={(id) => form.setFieldValue('partnerId', id)}
            disabled={lockPartner}
            error={form.errors.partnerId}
            data-testid="risk-partner"
          />
          <TextInput
            label="Owner"
            placeholder="Who watches this risk"
            {...form.getInputProps('owner')}
            data-testid="risk-owner"
          />
        </SimpleGrid>

        <Paper withBorder p="md" bg="var(--mantine-color-default-hover)">
          <Group justify="space-between" mb="xs">
            <Text fw={600} size="sm">
              Before treatment
            </Text>
            <RiskBandBadge {...inherent} testId="risk-form-score" />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ScaleInput
              label="Likelihood"
              value={v.likelihood}
              onChange={(n) => form.setFieldValue('likelihood', n)}
              hints={likelihoodHints}
              error={form.errors.likelihood as string | undefined}
              testId="risk-likelihood"
            />
            <ScaleInput
              label="Impact"
              value={v.impact}
              onChange={(n) => form.setFieldValue('impact', n)}
              hints={impactHints}
              error={form.errors.impact as string | undefined}
              testId="risk-impact"
            />
          </SimpleGrid>
        </Paper>

        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Treatment"
            data={treatmentOptions}
            allowDeselect={false}
            description={v.treatment ? treatmentHints[v.treatment] : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...form.getInputProps('treatment')}
            data-testid="risk-treatment"
          />
          <Select
            label="Status"
            data={statusOptions}
            allowDeselect={false}
            {...form.getInputProps('status')}
            data-testid="risk-status"
          />
          <DatePickerInput
            label="Next review"
            placeholder="Pick a date"
            clearable
            valueFormat="D MMM YYYY"
            leftSection={<IconCalendar size={16} />}
            {...form.getInputProps('nextReviewDate')}
            onChange={(value) => form.setFieldValue('nextReviewDate', value ?? null)}
            data-testid="risk-review"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label="Mitigation"
            description="What is done to make it less likely or less harmful"
            autosize
            minRows={2}
            maxRows={8}
            {...form.getInputProps('mitigation')}
            data-testid="risk-mitigation"
          />
          <Textarea
            label="Contingency"
            description="What happens if it occurs anyway"
            autosize
            minRows={2}
            maxRows={8}
            {...form.getInputProps('contingency')}
            data-testid="risk-contingency"
          />
        </SimpleGrid>

        <Paper withBorder p="md">
          <Group justify="space-between" mb="xs">
            <div>
              <Text fw={600} size="sm">
                After treatment (residual)
              </Text>
              <Text size="xs" c="dimmed">
                Where the risk sits once the mitigation works. Leave empty until assessed.
              </Text>
            </div>
            <RiskBandBadge
              score={residualScore}
              band={residualScore === null ? null : riskBand(residualScore)}
              testId="risk-form-residual"
            />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ScaleInput
              label="Residual likelihood"
              optional
              value={v.residualLikelihood ?? null}
              onChange={(n) => form.setFieldValue('residualLikelihood', n)}
              hints={likelihoodHints}
              error={form.errors.residualLikelihood as string | undefined}
              testId="risk-residual-likelihood"
            />
            <ScaleInput
              label="Residual impact"
              optional
              value={v.residualImpact ?? null}
              onChange={(n) => form.setFieldValue('residualImpact', n)}
              hints={impactHints}
              error={form.errors.residualImpact as string | undefined}
              testId="risk-residual-impact"
            />
          </SimpleGrid>
        </Paper>
        <Divider />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={create.isPending || update.isPending}
            data-testid="risk-save"
          >
            {risk ? 'Save risk' : 'Add risk'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
