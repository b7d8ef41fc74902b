import { Grid, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  fitAssessmentFields,
  type FitAssessment,
  type Partner,
} from '../../../../shared/contract/index.ts';
import { fitCriterionKeys, type FitWeights } from '../../../../shared/domain/fit.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { FitCriterionRow } from './FitCriterionRow.tsx';
import { FitSummaryCard } from './FitSummaryCard.tsx';
import { formOf, resultOf, type FitForm } from './fit-view.ts';

export default function PartnerFitTab({ partner }: { partner: Partner }) {
  const fit = useApiQuery('fit.get', { partnerId: partner.id });
  const settings = useApiQuery('settings.get', {});
  if (fit.isPending || settings.isPending) return <PageLoader />;
  if (fit.isError)
    return <ErrorState message={fit.error.message} onRetry={() => void fit.refetch()} />;
  if (settings.isError) return <ErrorState message={settings.error.message} />;
  return <FitEditor assessment={fit.data} weights={settings.data.params.fitWeights} />;
}

function FitEditor({ assessment, weights }: { assessment: FitAssessment; weights: FitWeights }) {
  const save = useApiMutation('fit.save', ['fit']);
  const [initial] = useState(() => formOf(assessment));
  const [form, setForm] = useState<FitForm>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const status = useAutosave({
    values: form,
    initial,
    isValid: (v) => fitAssessmentFields.safeParse(v).success,
    save: (values) =>
      save.mutateAsync({ partnerId: assessment.partnerId, ...values }).then(
        () => setErrors({}),
        (error: ApiCallError) => {
          setErrors(error.fields);
          throw error;
        },
      ),
    delay: 300,
  });

  const result = resultOf(form, weights);
  const totalWeight = fitCriterionKeys.reduce((sum, k) => sum + weights[k], 0) || 1;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Paper withBorder px="lg" py="md">
          <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
            <div>
              <Title order={4}>Partner fit</Title>
              <Text size="sm" c="dimmed" maw={520}>
                Score each criterion from 1 to 5 before you sign. Look for a partner whose offer
                completes yours and who reaches the customers you want, not one who competes for
                them.
              </Text>
            </div>
            <div style={{ flexShrink: 0 }}>
              <SaveStatus {...status} />
            </div>
          </Group>
          {fitCriterionKeys.map((key) => (
            <FitCriterionRow
              key={key}
              criterion={key}
              score={form.criteria[key].score}
              note={form.criteria[key].note}
              weightShare={weights[key] / totalWeight}
              error={errors[`criteria.${key}.note`]}
              onScore={(score) =>
                setForm((f) => ({
                  ...f,
                  criteria: { ...f.criteria, [key]: { ...f.criteria[key], score } },
                }))
              }
              onNote={(note) =>
                setForm((f) => ({
                  ...f,
                  criteria: { ...f.criteria, [key]: { ...f.criteria[key], note } },
                }))
              }
            />
          ))}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <FitSummaryCard
          result={result}
          redFlags={form.redFlags}
          onFlag={(flag, change) =>
            setForm((f) => ({
              ...f,
              redFlags: { ...f.redFlags, [flag]: { ...f.redFlags[flag], ...change } },
            }))
          }
        />
      </Grid.Col>
    </Grid>
  );
}
