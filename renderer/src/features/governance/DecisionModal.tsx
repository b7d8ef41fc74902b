import '@mantine/dates/styles.css';
import {
  Alert,
  Button,
  Group,
  Input,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCalendar, IconGavel } from '@tabler/icons-react';
import {
  decisionFields,
  type DecisionFields,
  type DecisionRecord,
  type DecisionRequest,
} from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { localToday } from './governance-format.ts';
import { decisionKindOptions, governanceKeys } from './governance-options.ts';
import { RecordModal, saveHandlers } from '../../components/record-form.tsx';
import { PartnerScopeSelect } from './PartnerScopeSelect.tsx';

export interface DecisionDraft {
  partnerId: number | null;
  meetingId: number | null;
  meetingLabel?: string | null;
  lockPartner: boolean;
  /** The flagged item this decision answers; its flag is cleared on save. */
  request?: DecisionRequest | null;
}

interface DecisionModalProps {
  opened: boolean;
  onClose: () => void;
  decision: DecisionRecord | null;
  draft: DecisionDraft;
}

export function DecisionModal(props: DecisionModalProps) {
  return (
    <RecordModal
      opened={props.opened}
      onClose={props.onClose}
      title={props.decision ? 'Edit decision' : 'Record a decision'}
    >
      <DecisionForm key={props.decision?.id ?? 'new'} {...props} />
    </RecordModal>
  );
}

function DecisionForm({ onClose, decision, draft }: DecisionModalProps) {
  const create = useApiMutation('decisions.create', governanceKeys);
  const update = useApiMutation('decisions.update', governanceKeys);
  const request = draft.request ?? null;
  const form = useForm<DecisionFields>({
    mode: 'controlled',
    initialValues: {
      partnerId: decision ? decision.partnerId : (request?.partnerId ?? draft.partnerId),
      meetingId: decision ? decision.meetingId : draft.meetingId,
      decision: decision?.decision ?? '',
      kind: decision?.kind ?? ('' as DecisionFields['kind']),
      date: decision?.date ?? localToday(),
      decidedBy: decision?.decidedBy ?? '',
      rationale: decision?.rationale ?? '',
    },
    validate: zodValidate(decisionFields),
    validateInputOnBlur: true,
  });
  const from = decision ? decision.meetingLabel : draft.meetingLabel;

  const submit = form.onSubmit((values) => {
    const fields = decisionFields.parse(values);
    const handlers = saveHandlers(form, () => 'Decision logged', onClose);
    if (decision) update.mutate({ id: decision.id, fields }, handlers);
    else
      create.mutate(
        { ...fields, resolves: request ? { source: request.source, id: request.id } : null },
        handlers,
      );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {request && (
          <Alert
            icon={<IconGavel size={18} />}
            color="indigo"
            variant="light"
            title="The committee was asked"
          >
            {request.question}
          </Alert>
        )}
        {from && (
          <Text size="sm" c="dimmed">
            Taken at {from}
          </Text>
        )}
        <Textarea
          label="Decision"
          placeholder="What was decided, in one or two sentences"
          required
          autosize
          minRows={2}
          data-autofocus
          {...form.getInputProps('decision')}
          data-testid="decision-text"
        />
        <Input.Wrapper label="Kind" required error={form.errors.kind}>
          <SegmentedControl
            fullWidth
            data={decisionKindOptions}
            {...form.getInputProps('kind')}
            data-testid="decision-kind"
          />
        </Input.Wrapper>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DatePickerInput
            label="Date"
            required
            valueFormat="D MMM YYYY"
            leftSection={<IconCalendar size={16} />}
            {...form.getInputProps('date')}
            onChange={(value) => form.setFieldValue('date', value ?? '')}
            data-testid="decision-date"
          />
          <TextInput
            label="Decided by"
            placeholder="A person or a body"
            required
            {...form.getInputProps('decidedBy')}
            data-testid="decision-by"
          />
          <PartnerScopeSelect
            label="Partnership"
            value={form.values.partnerId ?? null}
            onChange={(id) => form.setFieldValue('partnerId', id)}
            disabled={draft.lockPartner || (decision?.meetingId ?? draft.meetingId) !== null}
            error={form.errors.partnerId}
            data-testid="decision-partner"
          />
        </SimpleGrid>
        <Textarea
          label="Rationale"
          description="Why this and not the alternatives; the next team will want to know."
          autosize
          minRows={2}
          {...form.getInputProps('rationale')}
          data-testid="decision-rationale"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={create.isPending || update.isPending}
            data-testid="decision-save"
          >
            {decision ? 'Save decision' : 'Log decision'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
