import '@mantine/dates/styles.css';
import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendar } from '@tabler/icons-react';
import {
  healthCheckFields,
  healthPillars,
  type HealthCheckFields,
  type HealthCheckRecord,
  type HealthPillar,
} from '../../../../shared/contract/index.ts';
import { healthPillarLabels } from '../../../../shared/domain/bilateral-health-check.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { localToday } from './health-format.ts';
import { pillarQuestions } from './pillar-questions.ts';

type Side = 'ours' | 'theirs';
interface RatingDraft {
  /** '' is "not rated". */
  score: string;
  rationale: string;
}
interface Draft {
  date: string | null;
  ourRespondent: string;
  theirRespondent: string;
  notes: string;
  ours: Record<HealthPillar, RatingDraft>;
  theirs: Record<HealthPillar, RatingDraft>;
}

const sides: { side: Side; label: string }[] = [
  { side: 'ours', label: 'Our side' },
  { side: 'theirs', label: "Partner's side" },
];

function sideDraft(check: HealthCheckRecord | null, side: Side): Record<HealthPillar, RatingDraft> {
  return Object.fromEntries(
    healthPillars.map((p) => {
      const rating = check?.[side][p] ?? null;
      return [p, { score: rating ? String(rating.score) : '', rationale: rating?.rationale ?? '' }];
    }),
  ) as Record<HealthPillar, RatingDraft>;
}

function toFields(draft: Draft): HealthCheckFields {
  const side = (ratings: Record<HealthPillar, RatingDraft>) =>
    Object.fromEntries(
      healthPillars.map((p) => [
        p,
        ratings[p].score === ''
          ? null
          : { score: Number(ratings[p].score), rationale: ratings[p].rationale },
      ]),
    );
  return {
    date: draft.date ?? '',
    ourRespondent: draft.ourRespondent,
    theirRespondent: draft.theirRespondent,
    notes: draft.notes,
    ours: side(draft.ours),
    theirs: side(draft.theirs),
  };
}

/** A rationale without a score would be dropped silently; say so next to it instead. */
function orphanRationales(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { side } of sides) {
    for (const p of healthPillars) {
      const r = draft[side][p];
      if (r.score === '' && r.rationale.trim() !== '') {
        errors[`${side}.${p}.score`] = 'Give a score to go with this rationale';
      }
    }
  }
  return errors;
}

const scoreOptions = [
  { value: '', label: '–' },
  ...['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v })),
];

interface Props {
  partnerId: number;
  partnerName: string;
  /** The check being edited; null records a new one. */
  check: HealthCheckRecord | null;
  onClose: () => void;
}

/** Both sides score the seven pillars from 1 to 5, each with the reason for the score. */
export function BilateralCheckModal({ partnerId, partnerName, check, onClose }: Props) {
  const create = useApiMutation('healthChecks.create', ['healthChecks', 'health']);
  const update = useApiMutation('healthChecks.update', ['healthChecks', 'health']);
  const form = useForm<Draft>({
    mode: 'controlled',
    initialValues: {
      date: check?.date ?? localToday(),
      ourRespondent: check?.ourRespondent ?? '',
      theirRespondent: check?.theirRespondent ?? '',
      notes: check?.notes ?? '',
      ours: sideDraft(check, 'ours'),
      theirs: sideDraft(check, 'theirs'),
    },
    validate: (values) => ({
      ...zodValidate(healthCheckFields)(toFields(values)),
      ...orphanRationales(values),
    }),
  });
  const pending = create.isPending || update.isPending;

  const submit = form.onSubmit((values) => {
    const fields = toFields(values);
    const done = {
      onSuccess: () => {
        notifications.show({ message: check ? 'Health check updated' : 'Health check recorded' });
        onClose();
      },
      onError: (error: ApiCallError) => {
        form.setErrors(
          Object.fromEntries(
            Object.entries(error.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]),
          ),
        );
        if (Object.keys(error.fields).length === 0) {
          notifications.show({ color: 'red', title: 'Not saved', message: error.message });
        }
      },
    };
    if (check) update.mutate({ id: check.id, fields }, done);
    else create.mutate({ partnerId, ...fields }, done);
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size={1080}
      title={
        <Text fw={650}>
          {check ? 'Edit the health check' : 'New bilateral health check'} · {partnerName}
        </Text>
      }
    >
      <form onSubmit={submit} data-testid="health-check-form">
        <Stack>
          <Text size="sm" c="dimmed">
            Each side rates the partnership on the seven pillars, 1 (weak) to 5 (strong), and says
            why. Ask the partner to score on their own before comparing: the value is in where you
            differ. Leave a pillar at “–” if a side did not rate it.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DatePickerInput
              label="Held on"
              required
              valueFormat="D MMM YYYY"
              leftSection={<IconCalendar size={16} />}
              {...form.getInputProps('date')}
              onChange={(value) => form.setFieldValue('date', value ?? null)}
              data-testid="health-check-date"
            />
            <TextInput
              label="Scored on our side by"
              placeholder="e.g. Ana Ruiz"
              {...form.getInputProps('ourRespondent')}
              data-testid="health-check-our-respondent"
            />
            <TextInput
              label="Scored on the partner's side by"
              placeholder="e.g. Sam Lee"
              {...form.getInputProps('theirRespondent')}
              data-testid="health-check-their-respondent"
            />
          </SimpleGrid>
          <Table verticalSpacing="xs" layout="fixed" withRowBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={220}>Pillar</Table.Th>
                {sides.map((s) => (
                  <Table.Th key={s.side}>{s.label}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {healthPillars.map((pillar) => (
                <Table.Tr key={pillar} data-testid={`pillar-row-${pillar}`}>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <Text fw={600} size="sm">
                      {healthPillarLabels[pillar]}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {pillarQuestions[pillar]}
                    </Text>
                  </Table.Td>
                  {sides.map(({ side, label }) => {
                    const error = form.errors[`${side}.${pillar}.score`];
                    return (
                      <Table.Td key={side} style={{ verticalAlign: 'top' }}>
                        <Stack gap={6}>
                          <SegmentedControl
                            size="xs"
                            fullWidth
                            data={scoreOptions}
                            value={form.values[side][pillar].score}
                            onChange={(v) => form.setFieldValue(`${side}.${pillar}.score`, v)}
                            aria-label={`${label}: score for ${healthPillarLabels[pillar]}`}
                            data-testid={`score-${side}-${pillar}`}
                          />
                          {error && (
                            <Text size="xs" c="red" data-testid={`score-${side}-${pillar}-error`}>
                              {error}
                            </Text>
                          )}
                          <Textarea
                            size="xs"
                            autosize
                            minRows={1}
                            maxRows={4}
                            placeholder="Why this score?"
                            aria-label={`${label}: rationale for ${healthPillarLabels[pillar]}`}
                            {...form.getInputProps(`${side}.${pillar}.rationale`)}
                            data-testid={`rationale-${side}-${pillar}`}
                          />
                        </Stack>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {form.errors.ours && (
            <Alert color="red" variant="light" data-testid="health-check-error">
              {form.errors.ours}
            </Alert>
          )}
          <Textarea
            label="Notes"
            placeholder="Agreed follow-ups, who was in the room"
            autosize
            minRows={2}
            {...form.getInputProps('notes')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={pending} data-testid="health-check-save">
              {check ? 'Save changes' : 'Record the check'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
