import '@mantine/dates/styles.css';
import {
  Button,
  Collapse,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCalendar } from '@tabler/icons-react';
import {
  actionFields,
  type ActionFields,
  type ActionItem,
} from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { actionStatusOptions, governanceKeys } from './governance-options.ts';
import { RecordModal, saveHandlers } from '../../components/record-form.tsx';
import { PartnerScopeSelect } from './PartnerScopeSelect.tsx';

export interface ActionDraft {
  partnerId: number | null;
  meetingId: number | null;
  /** Shown as where the action comes from, e.g. "QBR · 2026-03-31". */
  meetingLabel?: string | null;
  lockPartner: boolean;
}

interface ActionModalProps {
  opened: boolean;
  onClose: () => void;
  /** Null to add one. */
  action: ActionItem | null;
  draft: ActionDraft;
}

export function ActionModal(props: ActionModalProps) {
  return (
    <RecordModal
      opened={props.opened}
      onClose={props.onClose}
      title={props.action ? 'Edit action' : 'Add an action'}
    >
      <ActionForm key={props.action?.id ?? 'new'} {...props} />
    </RecordModal>
  );
}

function ActionForm({ onClose, action, draft }: ActionModalProps) {
  const create = useApiMutation('actions.create', governanceKeys);
  const update = useApiMutation('actions.update', governanceKeys);
  const form = useForm<ActionFields>({
    mode: 'controlled',
    initialValues: {
      partnerId: action ? action.partnerId : draft.partnerId,
      meetingId: action ? action.meetingId : draft.meetingId,
      title: action?.title ?? '',
      owner: action?.owner ?? '',
      dueDate: action?.dueDate ?? null,
      status: action?.status ?? 'open',
      forDecision: action?.forDecision ?? false,
      decisionQuestion: action?.decisionQuestion ?? '',
    },
    validate: zodValidate(actionFields),
    validateInputOnBlur: true,
  });
  const from = action ? action.meetingLabel : draft.meetingLabel;

  const submit = form.onSubmit((values) => {
    const fields = actionFields.parse(values);
    const handlers = saveHandlers(
      form,
      (saved: ActionItem) => `Action “${saved.title}” saved`,
      onClose,
    );
    if (action) update.mutate({ id: action.id, fields }, handlers);
    else create.mutate(fields, handlers);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {from && (
          <Text size="sm" c="dimmed">
            Agreed at {from}
          </Text>
        )}
        <TextInput
          label="Action"
          placeholder="What will be done, starting with a verb"
          required
          data-autofocus
          {...form.getInputProps('title')}
          data-testid="action-title"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Owner"
            placeholder="One named person"
            {...form.getInputProps('owner')}
            data-testid="action-owner"
          />
          <PartnerScopeSelect
            label="Partnership"
            value={form.values.partnerId ?? null}
            onChange={(id) => form.setFieldValue('partnerId', id)}
            disabled={draft.lockPartner || (action?.meetingId ?? draft.meetingId) !== null}
            error={form.errors.partnerId}
            data-testid="action-partner"
          />
          <DatePickerInput
            label="Due"
            placeholder="Pick a date"
            clearable
            valueFormat="D MMM YYYY"
            leftSection={<IconCalendar size={16} />}
            {...form.getInputProps('dueDate')}
            onChange={(value) => form.setFieldValue('dueDate', value ?? null)}
            data-testid="action-due"
          />
          <Select
            label="Status"
            data={actionStatusOptions}
            allowDeselect={false}
            {...form.getInputProps('status')}
            data-testid="action-status"
          />
        </SimpleGrid>
        <Switch
          label="Ask the steering committee to decide"
          description="Lists it under “Decisions requested”, at the top of the next steering meeting and of the governance pack."
          {...form.getInputProps('forDecision', { type: 'checkbox' })}
          data-testid="action-for-decision"
        />
        <Collapse expanded={form.values.forDecision ?? false}>
          <Textarea
            label="Question for the committee"
            placeholder="e.g. Do we fund a second joint webinar this quarter?"
            autosize
            minRows={2}
            {...form.getInputProps('decisionQuestion')}
            data-testid="action-question"
          />
        </Collapse>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={create.isPending || update.isPending}
            data-testid="action-save"
          >
            {action ? 'Save action' : 'Add action'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
