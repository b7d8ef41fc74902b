import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import {
  deliverableFields,
  type Deliverable,
  type DeliverableFields,
} from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { zodValidate } from '../shell/zod-form.ts';
import { deliverableStatusOptions } from './agreement-options.ts';

const sideTitle = { ours: 'We deliver', theirs: 'They deliver' } as const;

/** Adds a deliverable for one side, or edits one. */
export function DeliverableModal({
  partnerId,
  side,
  deliverable,
  onClose,
}: {
  partnerId: number;
  side: Deliverable['side'];
  deliverable: Deliverable | null;
  onClose: () => void;
}) {
  const create = useApiMutation('deliverables.create', ['agreements']);
  const update = useApiMutation('deliverables.update', ['agreements']);
  const form = useForm<DeliverableFields>({
    mode: 'controlled',
    initialValues: deliverable
      ? {
          side: deliverable.side,
          description: deliverable.description,
          dueDate: deliverable.dueDate,
          status: deliverable.status,
        }
      : { side, description: '', dueDate: null, status: 'planned' },
    validate: zodValidate(deliverableFields),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit((values) => {
    const done = {
      onSuccess: onClose,
      onError: (error: { fields: Record<string, string> }) =>
        form.setErrors(
          Object.fromEntries(
            Object.entries(error.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]),
          ),
        ),
    };
    if (deliverable) update.mutate({ id: deliverable.id, fields: values }, done);
    else create.mutate({ ...values, partnerId }, done);
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={`${sideTitle[side]}: ${deliverable ? 'edit deliverable' : 'add a deliverable'}`}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Deliverable"
            placeholder="e.g. Promote the webinar to their newsletter"
            required
            data-autofocus
            {...form.getInputProps('description')}
            data-testid="deliverable-description"
          />
          <SimpleGrid cols={2}>
            <DatePickerInput
              label="Due"
              placeholder="No date yet"
              valueFormat="D MMM YYYY"
              clearable
              {...form.getInputProps('dueDate')}
              data-testid="deliverable-due"
            />
            <Select
              label="Status"
              data={deliverableStatusOptions}
              allowDeselect={false}
              {...form.getInputProps('status')}
              data-testid="deliverable-status"
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={create.isPending || update.isPending}
              data-testid="deliverable-save"
            >
              {deliverable ? 'Save' : 'Add deliverable'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
