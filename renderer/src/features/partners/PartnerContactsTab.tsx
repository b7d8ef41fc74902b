import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAddressBook, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Contact, Partner } from '../../../../shared/contract/index.ts';
import { contactsToCsv } from '../../../../shared/domain/list-csv.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ExportCsvButton } from '../../components/ExportCsvButton.tsx';
import { ErrorState, PageLoader } from '../../components/PageState.tsx';
import { ContactModal } from './ContactModal.tsx';

const sideTitles: Record<Contact['side'], { title: string; empty: string }> = {
  ours: {
    title: 'On our side',
    empty: 'Nobody yet. Name who works with this partner day to day, beyond the owner.',
  },
  theirs: {
    title: "On the partner's side",
    empty: 'Nobody yet. Add the people you deal with: the owner, marketing, legal, finance.',
  },
};

function ContactTable({
  side,
  contacts,
  onAdd,
  onEdit,
  onDelete,
}: {
  side: Contact['side'];
  contacts: Contact[];
  onAdd: () => void;
  onEdit: (c: Contact) => void;
  onDelete: (c: Contact) => void;
}) {
  return (
    <Paper withBorder p="lg" data-testid={`contacts-${side}`}>
      <Group justify="space-between" mb="sm">
        <Title order={5}>{sideTitles[side].title}</Title>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={onAdd}
          data-testid={`add-contact-${side}`}
        >
          Add contact
        </Button>
      </Group>
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {sideTitles[side].empty}
        </Text>
      ) : (
        <Table verticalSpacing="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="24%">Name</Table.Th>
              <Table.Th w="22%">Role</Table.Th>
              <Table.Th w="28%">Email</Table.Th>
              <Table.Th w="16%">Phone</Table.Th>
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contacts.map((c) => (
              <Table.Tr key={c.id} data-testid="contact-row">
                <Table.Td fw={500}>
                  <Text size="sm" fw={500} truncate>
                    {c.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate>
                    {c.role || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate>
                    {c.email || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate>
                    {c.phone || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label="Edit">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Edit ${c.name}`}
                        onClick={() => onEdit(c)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Delete">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Delete ${c.name}`}
                        onClick={() => onDelete(c)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

export default function PartnerContactsTab({ partner }: { partner: Partner }) {
  const details = useApiQuery('partners.get', { id: partner.id });
  const remove = useApiMutation('contacts.delete', ['partners']);
  const [editing, setEditing] = useState<{ contact: Contact | null; side: Contact['side'] } | null>(
    null,
  );

  if (details.isPending) return <PageLoader />;
  if (details.isError)
    return <ErrorState message={details.error.message} onRetry={() => void details.refetch()} />;

  const confirmDelete = (contact: Contact) =>
    modals.openConfirmModal({
      title: `Remove ${contact.name}?`,
      children: <Text size="sm">The contact is removed from {partner.name}.</Text>,
      labels: { confirm: 'Remove contact', cancel: 'Cancel' },
      confirmProps: { color: 'red', 'data-testid': 'confirm-delete-contact' } as Record<
        string,
        string
      >,
      onConfirm: () =>
        remove.mutate(
          { id: contact.id },
          {
            onSuccess: () => notifications.show({ message: `${contact.name} removed` }),
            onError: (error) =>
              notifications.show({ color: 'red', title: 'Not removed', message: error.message }),
          },
        ),
    });

  const contacts = details.data.contacts;
  const shown = (['theirs', 'ours'] as const).flatMap((side) =>
    contacts.filter((c) => c.side === side).map((c) => ({ ...c, partnerName: partner.name })),
  );
  return (
    <Stack>
      {contacts.length > 0 && (
        <Group justify="flex-end">
          <ExportCsvButton
            what={`${partner.name} contacts`}
            build={() => ({ csv: contactsToCsv(shown), count: shown.length })}
            data-testid="export-contacts"
          />
        </Group>
      )}
      {contacts.length === 0 && (
        <Group gap="xs" c="dimmed">
          <IconAddressBook size={18} />
          <Text size="sm">
            Record who is who on both sides, so anyone picking up the partnership knows whom to
            call.
          </Text>
        </Group>
      )}
      {(['theirs', 'ours'] as const).map((side) => (
        <ContactTable
          key={side}
          side={side}
          contacts={contacts.filter((c) => c.side === side)}
          onAdd={() => setEditing({ contact: null, side })}
          onEdit={(contact) => setEditing({ contact, side })}
          onDelete={confirmDelete}
        />
      ))}
      {editing && (
        <ContactModal
          partnerId={partner.id}
          contact={editing.contact}
          side={editing.side}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
