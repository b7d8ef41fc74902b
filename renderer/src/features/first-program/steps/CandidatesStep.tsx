import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import {
  partnerFields,
  partnerTypeLabels,
  type FitSummary,
  type PartnerType,
} from '../../../../../shared/contract/index.ts';
import {
  computeFit,
  defaultFitWeights,
  fitCriterionText,
  fitVerdictLabels,
  formatFitScore,
  type FitCriterionKey,
} from '../../../../../shared/domain/fit.ts';
import { ApiCallError } from '../../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../../components/PageState.tsx';
import { fitVerdictColors } from '../../partners/fit-view.ts';
import { typeOptions } from '../../partners/partner-options.ts';
import { firstProgramKeys, type StepProps } from '../use-first-program.ts';
import { StepFooter } from './StepFooter.tsx';

/** The four criteria the playbook names for a first look; the rest can be scored on the Fit tab. */
const quickCriteria: FitCriterionKey[] = [
  'complementary',
  'sharedAudience',
  'brandValues',
  'strategicFit',
];
const scoreOptions = ['1', '2', '3', '4', '5'];
const minimum = 5;

interface CandidateForm {
  name: string;
  type: PartnerType | '' | null;
  scores: Record<string, string>;
  competitor: boolean;
}

const emptyForm: CandidateForm = {
  name: '',
  type: '',
  scores: Object.fromEntries(quickCriteria.map((key) => [key, '3'])),
  competitor: false,
};

export function CandidatesStep({ complete }: StepProps) {
  const partners = useApiQuery('partners.list', {});
  const fits = useApiQuery('fit.list', {});
  const settings = useApiQuery('settings.get', {});
  const saveCandidate = useApiMutation('firstProgram.saveCandidate', firstProgramKeys);
  const [busy, setBusy] = useState(false);
  const form = useForm<CandidateForm>({
    mode: 'controlled',
    initialValues: emptyForm,
    validate: {
      name: (v) => partnerFields.shape.name.safeParse(v).error?.issues[0]?.message ?? null,
      type: (v) => (v ? null : 'Pick a partnership type'),
    },
  });

  if (partners.isPending || fits.isPending) return <PageLoader />;
  if (partners.isError || fits.isError)
    return (
      <ErrorState
        message="The candidates could not be read."
        onRetry={() => void partners.refetch()}
      />
    );

  const fitOf = new Map<number, FitSummary>(fits.data.map((f) => [f.partnerId, f]));
  const scored = partners.data.filter((p) => (fitOf.get(p.id)?.score ?? null) !== null);
  const preview = computeFit({
    scores: Object.fromEntries(quickCriteria.map((k) => [k, Number(form.values.scores[k])])),
    weights: settings.data?.params.fitWeights ?? defaultFitWeights,
    redFlags: form.values.competitor ? ['directCompetitor'] : [],
  });

  const add = form.onSubmit(async (values) => {
    setBusy(true);
    try {
      // A name already listed rescores that candidate rather than adding it twice.
      await saveCandidate.mutateAsync({
        name: values.name,
        type: values.type as PartnerType,
        fit: {
          criteria: Object.fromEntries(
            quickCriteria.map((key) => [key, { score: Number(values.scores[key]), note: '' }]),
          ),
          redFlags: values.competitor ? { directCompetitor: { raised: true, note: '' } } : {},
        },
      });
      form.setValues(emptyForm);
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      form.setErrors(Object.keys(error.fields).length > 0 ? error.fields : { name: error.message });
    } finally {
      setBusy(false);
    }
  });

  return (
    <Stack gap="md">
      <Paper withBorder p="md" bg="var(--mantine-color-default-hover)">
        <form onSubmit={add} noValidate>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Candidate"
                placeholder="Company name"
                data-testid="candidate-name"
                {...form.getInputProps('name')}
              />
              <Select
                label="Likely partnership type"
                placeholder="Pick one"
                data={typeOptions}
                allowDeselect={false}
                data-testid="candidate-type"
                {...form.getInputProps('type')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
              {quickCriteria.map((key) => (
                <div key={key}>
                  <Text size="sm" fw={500} title={fitCriterionText[key].guidance}>
                    {fitCriterionText[key].label}
                  </Text>
                  <SegmentedControl
                    fullWidth
                    size="xs"
                    data={scoreOptions}
                    data-testid={`candidate-score-${key}`}
                    {...form.getInputProps(`scores.${key}`)}
                  />
                </div>
              ))}
            </SimpleGrid>
            <Group justify="space-between" align="center">
              <Checkbox
                label="They compete with us directly"
                {...form.getInputProps('competitor', { type: 'checkbox' })}
              />
              <Group gap="sm">
                <Badge color={fitVerdictColors[preview.verdict]} variant="light" size="lg">
                  {formatFitScore(preview.score)} · {fitVerdictLabels[preview.verdict]}
                </Badge>
                <Button
                  type="submit"
                  leftSection={<IconPlus size={16} />}
                  loading={busy}
                  data-testid="candidate-add"
                >
                  Add candidate
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      </Paper>

      {partners.data.length > 0 && (
        <Table striped data-testid="candidate-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Candidate</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th ta="right">Fit</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {partners.data.map((partner) => {
              const fit = fitOf.get(partner.id);
              const verdict = fit?.verdict ?? 'unscored';
              return (
                <Table.Tr key={partner.id} data-testid="candidate-row">
                  <Table.Td>{partner.name}</Table.Td>
                  <Table.Td>{partnerTypeLabels[partner.type]}</Table.Td>
                  <Table.Td ta="right">
                    <Badge color={fitVerdictColors[verdict]} variant="light">
                      {formatFitScore(fit?.score ?? null)} · {fitVerdictLabels[verdict]}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}

      <StepFooter
        ready={scored.length >= minimum}
        hint={`${scored.length} of at least ${minimum} candidates scored. Five to ten gives you a real choice.`}
        onContinue={() => complete('candidates')}
        label="Continue to outreach"
      />
    </Stack>
  );
}
