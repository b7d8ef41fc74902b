import {
  Badge,
  Button,
  Group,
  Paper,
  RingProgress,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconHistory, IconRosetteDiscountCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import {
  charterFields,
  type CharterContent,
  type CharterState,
} from '../../../../shared/contract/index.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { ApproveCharterModal } from './ApproveCharterModal.tsx';
import { CadenceEditor } from './CadenceEditor.tsx';
import { charterGaps, charterPartCount } from './charter-values.ts';
import { CharterHistory } from './CharterHistory.tsx';
import { CharterTextField } from './CharterTextField.tsx';
import { CommitteeEditor } from './CommitteeEditor.tsx';
import { EscalationEditor } from './EscalationEditor.tsx';
import { formatDate } from './governance-format.ts';
import { RaciMatrix } from './RaciMatrix.tsx';

interface CharterEditorProps {
  partnerId: number | null;
  state: CharterState;
  /** What the form starts with. */
  initial: CharterContent;
  /** What is already stored; a starter draft differs from it and is saved at once. */
  stored: CharterContent;
}

function Section({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg">
      <Title order={4}>{title}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {hint}
      </Text>
      {children}
    </Paper>
  );
}

export function CharterEditor({ partnerId, state, initial, stored }: CharterEditorProps) {
  const save = useApiMutation('charters.save', ['charters']);
  const form = useForm<CharterContent>({
    mode: 'controlled',
    initialValues: initial,
    validate: zodValidate(charterFields),
    validateInputOnBlur: true,
  });
  const status = useAutosave({
    values: form.values,
    initial: stored,
    isValid: (v) => charterFields.safeParse(v).success,
    save: (fields) =>
      save.mutateAsync({ partnerId, fields }).catch((error: ApiCallError) => {
        form.setErrors(
          Object.fromEntries(
            Object.entries(error.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]),
          ),
        );
        throw error;
      }),
  });
  const [approving, approveModal] = useDisclosure(false);
  const [historyOpen, history] = useDisclosure(false);
  useHotkeys([['alt+H', history.open]]);

  const draftVersion = state.draft?.version ?? 1;
  const latest = state.versions[0] ?? null;
  const gaps = charterGaps(form.values);
  const done = charterPartCount - gaps.length;
  const canApprove = !status.saving && !status.invalid && !status.error && state.draft !== null;

  return (
    <Stack gap="md" data-testid="charter-editor">
      <Paper withBorder p="md">
        <Group justify="space-between" wrap="nowrap" align="center">
          <Group gap="md" wrap="nowrap">
            <Tooltip
              label={gaps.length ? `Still missing: ${gaps.join(', ')}` : 'Every part is written'}
              multiline
              w={260}
            >
              <RingProgress
                size={56}
                thickness={6}
                roundCaps
                sections={[
                  { value: (done / charterPartCount) * 100, color: gaps.length ? 'brand' : 'teal' },
                ]}
                label={
                  <Text ta="center" size="xs" fw={700}>
                    {done}/{charterPartCount}
                  </Text>
                }
                data-testid="charter-completeness"
              />
            </Tooltip>
            <div>
              <Group gap="xs">
                <Text fw={650}>Version {draftVersion}</Text>
                <Badge variant="light" color="gray" data-testid="charter-draft-badge">
                  Draft
                </Badge>
              </Group>
              <Text size="sm" c="dimmed" data-testid="charter-last-approved">
                {latest
                  ? `Version ${latest.version} approved ${formatDate(latest.approvedOn)} by ${latest.approvedBy}`
                  : 'Not approved yet'}
              </Text>
            </div>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SaveStatus {...status} />
            <Button
              variant="default"
              leftSection={<IconHistory size={16} />}
              onClick={history.open}
              disabled={state.versions.length === 0}
              data-testid="charter-history"
            >
              History ({state.versions.length})
            </Button>
            <Tooltip
              label="Fix the highlighted problems first"
              disabled={canApprove || status.saving}
            >
              <Button
                leftSection={<IconRosetteDiscountCheck size={16} />}
                onClick={approveModal.open}
                disabled={!canApprove}
                data-testid="charter-approve"
              >
                Approve this version
              </Button>
            </Tooltip>
          </Group>
        </Group>
      </Paper>

      <Section
        title="Purpose"
        hint="Why both organisations are in this, and how you will both know it worked. A partnership without a shared definition of success drifts toward whoever pushes hardest."
      >
        <Stack gap="md">
          <CharterTextField
            label="Strategic intent"
            description="What the partnership is for, in a sentence or two."
            {...form.getInputProps('strategicIntent')}
            data-testid="charter-intent"
          />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <CharterTextField
              label="Scope"
              description="What is in and what is out: activities, products, markets, period."
              {...form.getInputProps('scope')}
              data-testid="charter-scope"
            />
            <CharterTextField
              label="Shared definition of success"
              description="What must be true in twelve months for both sides to call it a success? Use numbers."
              {...form.getInputProps('successDefinition')}
              data-testid="charter-success"
            />
          </SimpleGrid>
        </Stack>
      </Section>

      <Section
        title="Steering committee"
        hint="A named decision-maker on each side, with the authority to commit their organisation."
      >
        <CommitteeEditor form={form} />
      </Section>

      <Section
        title="Decision rights"
        hint="Who is Responsible, Accountable, Consulted and Informed for each recurring decision. Exactly one person is Accountable per decision."
      >
        <RaciMatrix form={form} />
      </Section>

      <Section
        title="Meeting rhythm"
        hint="A cadence both teams protect in their diaries; meetings held are logged under Meetings & actions."
      >
        <CadenceEditor form={form} />
      </Section>
      <Section
        title="Escalation path"
        hint="When a commitment slips or a disagreement stalls, who takes it up next, and how fast they answer."
      >
        <EscalationEditor form={form} />
      </Section>

      <Section
        title="Working rules"
        hint="How disagreements get settled and how results are shared, agreed before anyone needs them."
      >
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <CharterTextField
            label="Conflict resolution"
            description="The steps from a first conversation between owners to mediation."
            {...form.getInputProps('conflictResolution')}
            data-testid="charter-conflict"
          />
          <CharterTextField
            label="Reporting protocol"
            description="What is reported, by whom, how often and in which format."
            {...form.getInputProps('reportingProtocol')}
            data-testid="charter-reporting"
          />
        </SimpleGrid>
      </Section>

      <ApproveCharterModal
        opened={approving}
        onClose={approveModal.close}
        partnerId={partnerId}
        version={draftVersion}
        minDate={latest?.approvedOn ?? null}
      />
      <CharterHistory
        opened={historyOpen}
        onClose={history.close}
        versions={state.versions}
        draftVersion={draftVersion}
      />
    </Stack>
  );
}
