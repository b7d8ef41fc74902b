import '@mantine/dates/styles.css';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendar } from '@tabler/icons-react';
import { charterApproveInput } from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { localToday } from './governance-format.ts';

interface ApproveCharterModalProps {
  opened: boolean;
  onClose: () => void;
  partnerId: number | null;
  version: number;
  minDate: string | null;
}

/** Freezes the draft as version N; it stays readable in the history, the draft moves on to N+1. */
export function ApproveCharterModal({
  opened,
  onClose,
  partnerId,
  version,
  minDate,
}: ApproveCharterModalProps) {
  const approve = useApiMutation('charters.approve', ['charters']);
  const form = useForm({
    mode: 'controlled',
    initialValues: { partnerId, approvedOn: localToday(), approvedBy: '' },
    validate: zodValidate(charterApproveInput),
  });
  const submit = form.onSubmit((values) =>
    approve.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: `Version ${version} approved` });
        form.reset();
        onClose();
      },
      onError: (error) => {
        form.setErrors(error.fields);
        if (Object.keys(error.fields).length === 0)
          notifications.show({ color: 'red', title: 'Not approved', message: error.message });
      },
    }),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={`Approve version ${version}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            The charter as it stands becomes version {version}, frozen and readable in the history.
            You keep editing a draft of version {version + 1}.
          </Text>
          <TextInput
            label="Approved by"
            placeholder="e.g. Steering committee, or both executive sponsors"
            required
            data-autofocus
            {...form.getInputProps('approvedBy')}
            data-testid="approve-by"
          />
          <DatePickerInput
            label="Approval date"
            required
            valueFormat="D MMM YYYY"
            leftSection={<IconCalendar size={16} />}
            minDate={minDate ?? undefined}
            {...form.getInputProps('approvedOn')}
            onChange={(value) => form.setFieldValue('approvedOn', value ?? '')}
            data-testid="approve-on"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={approve.isPending} data-testid="approve-confirm">
              Approve version {version}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
