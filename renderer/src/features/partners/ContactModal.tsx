import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  contactFields,
  type Contact,
  type ContactFields,
} from '../../../../shared/contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { zodValidate } from '../shell/zod-form.ts';

const blank: ContactFields = { name: '', role: '', email: '', phone: '', side: 'theirs' };

const stripPrefix = (fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]));

/** Adds a contact, or edits one when `contact` is given. */
export function ContactModal({
  partnerId,
  contact,
  side,
  onClose,
}: {
  partnerId: number;
  contact: Contact | null;
  side: Contact['side'];
  onClose: () => void;
}) {
  const create = useApiMutation('contacts.create', ['partners']);
  const update = useApiMutation('contacts.update', ['partners']);
  const form = useForm<ContactFields>({
    mode: 'controlled',
    initialValues: contact
      ? {
          name: contact.name,
          role: contact.role,
          email: contact.email,
          phone: contact.phone,
          side: contact.side,
        }
      : { ...blank, side },
    validate: zodValidate(contactFields),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit((values) => {
    const done = {
      onSuccess: () => {
        notifications.show({
          color: 'green',
          message: contact ? `${values.name} updated` : `${values.name} added`,
        });
        onClose();
      },
      onError: (error: { fields: Record<string, string> }) =>
        form.setErrors(stripPrefix(error.fields)),
    };
    if (contact) update.mutate({ id: contact.id, fields: values }, done);
    else create.mutate({ ...values, partnerId }, done);
  });

  return (
    <Modal opened onClose={onClose} title={contact ? 'Edit contact' : 'Add a contact'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Text size="sm" fw={500} mb={4}>
              Side
            </Text>
            <SegmentedControl
              data={[
                { value: 'ours', label: 'Our side' },
                { value: 'theirs', label: "The partner's side" },
              ]}
              {...form.getInputProps('side')}
              data-testid="contact-side"
            />
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Name"
              required
              data-autofocus
              {...form.getInputProps('name')}
              data-testid="contact-name"
            />
            <TextInput
              label="Role"
              placeholder="e.g. Head of alliances"
              {...form.getInputProps('role')}
              data-testid="contact-role"
            />
            <TextInput
              label="Email"
              type="email"
              {...form.getInputProps('email')}
              data-testid="contact-email"
            />
            <TextInput label="Phone" {...form.getInputProps('phone')} data-testid="contact-phone" />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={create.isPending || update.isPending}
              data-testid="contact-save"
            >
              {contact ? 'Save contact' : 'Add contact'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
