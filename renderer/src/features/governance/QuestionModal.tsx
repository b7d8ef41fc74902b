import {
  Button,
  Collapse,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  questionFields,
  questionStatusLabels,
  questionStatuses,
  type OpenQuestion,
  type QuestionFields,
} from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { governanceKeys } from './governance-options.ts';
import { RecordModal, saveHandlers } from '../../components/record-form.tsx';
import { PartnerScopeSelect } from './PartnerScopeSelect.tsx';

export interface QuestionDraft {
  partnerId: number | null;
  meetingId: number | null;
  lockPartner: boolean;
}

interface QuestionModalProps {
  opened: boolean;
  onClose: () => void;
  question: OpenQuestion | null;
  draft: QuestionDraft;
}

export function QuestionModal(props: QuestionModalProps) {
  return (
    <RecordModal
      opened={props.opened}
      onClose={props.onClose}
      title={props.question ? 'Edit question' : 'Add an open question'}
    >
      <QuestionForm key={props.question?.id ?? 'new'} {...props} />
    </RecordModal>
  );
}

function QuestionForm({ onClose, question, draft }: QuestionModalProps) {
  const create = useApiMutation('questions.create', governanceKeys);
  const update = useApiMutation('questions.update', governanceKeys);
  const form = useForm<QuestionFields>({
    mode: 'controlled',
    initialValues: {
      partnerId: question ? question.partnerId : draft.partnerId,
      meetingId: question ? question.meetingId : draft.meetingId,
      question: question?.question ?? '',
      context: question?.context ?? '',
      raisedBy: question?.raisedBy ?? '',
      forDecision: question?.forDecision ?? false,
      status: question?.status ?? 'open',
      answer: question?.answer ?? '',
    },
    validate: zodValidate(questionFields),
    validateInputOnBlur: true,
  });
  const submit = form.onSubmit((values) => {
    const fields = questionFields.parse(values);
    const handlers = saveHandlers(form, () => 'Question saved', onClose);
    if (question) update.mutate({ id: question.id, fields }, handlers);
    else create.mutate(fields, handlers);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea
          label="Question"
          placeholder="What is still undecided?"
          required
          autosize
          minRows={2}
          data-autofocus
          {...form.getInputProps('question')}
          data-testid="question-text"
        />
        <Textarea
          label="Context"
          description="Figures and options the decision-makers need."
          autosize
          minRows={2}
          {...form.getInputProps('context')}
          data-testid="question-context"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Raised by"
            {...form.getInputProps('raisedBy')}
            data-testid="question-by"
          />
          <PartnerScopeSelect
            label="Partnership"
            value={form.values.partnerId ?? null}
            onChange={(id) => form.setFieldValue('partnerId', id)}
            disabled={draft.lockPartner || (question?.meetingId ?? draft.meetingId) !== null}
            error={form.errors.partnerId}
          />
        </SimpleGrid>
        <Switch
          label="Ask the steering committee to decide"
          description="Lists it under “Decisions requested” until a decision answers it."
          {...form.getInputProps('forDecision', { type: 'checkbox' })}
          data-testid="question-for-decision"
        />
        <SegmentedControl
          data={questionStatuses.map((s) => ({ value: s, label: questionStatusLabels[s] }))}
          {...form.getInputProps('status')}
        />
        <Collapse expanded={form.values.status === 'resolved'}>
          <Textarea label="Answer" autosize minRows={2} {...form.getInputProps('answer')} />
        </Collapse>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={create.isPending || update.isPending}
            data-testid="question-save"
          >
            {question ? 'Save question' : 'Add question'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
