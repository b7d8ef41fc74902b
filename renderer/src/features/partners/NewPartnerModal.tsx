import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useApiMutation } from '../../api/hooks.ts';
import { PartnerFields } from './PartnerFields.tsx';
import { emptyPartner, usePartnerForm } from './use-partner-form.ts';

export function NewPartnerModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useApiMutation('partners.create', ['partners']);
  const form = usePartnerForm(emptyPartner);

  const submit = form.onSubmit((values) =>
    create.mutate(values, {
      onSuccess: (partner) => {
        notifications.show({ color: 'green', message: `${partner.name} added` });
        form.reset();
        onClose();
      },
      onError: (error) => form.setErrors(error.fields),
    }),
  );

  return (
    <Modal opened={opened} onClose={onClose} title="Add a partner" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <PartnerFields form={form} autoFocus variant="quick" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="partner-save">
              Add partner
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
