import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Kbd,
  Menu,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconDots, IconPlus, IconSearch, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import {
  lifecycleStageLabels,
  partnerTypeLabels,
  type Partner,
} from '../../../../shared/contract/index.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { EmptyState, ErrorState, PageLoader } from '../../components/PageState.tsx';
import { NewPartnerModal } from './NewPartnerModal.tsx';
import { stageColors } from './partner-options.ts';
import { useDeletePartner } from './use-delete-partner.tsx';

export default function PartnersPage() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const list = useApiQuery(
    'partners.list',
    { search: debounced },
    { placeholderData: (previous) => previous },
  );
  const [adding, addModal] = useDisclosure(false);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([
    ['alt+N', addModal.open],
    ['/', () => searchRef.current?.focus()],
  ]);

  const total = list.data?.length ?? 0;
  const isEmptyWorkbook = !debounced && list.data?.length === 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Partners</Title>
          <Text c="dimmed" size="sm">
            Every partnership of this program, from first idea to exit.
          </Text>
        </div>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={addModal.open}
          data-testid="add-partner"
        >
          Add partner
        </Button>
      </Group>

      {list.isPending && <PageLoader />}
      {list.isError && (
        <ErrorState message={list.error.message} onRetry={() => void list.refetch()} />
      )}
      {isEmptyWorkbook && (
        <EmptyState
          icon={<IconUsersGroup size={32} />}
          title="No partners yet"
          text="Add the organisations you work with or want to approach. Start with five to ten candidates that complement what you offer rather than compete with it."
          action={
            <Button leftSection={<IconPlus size={16} />} onClick={addModal.open}>
              Add your first partner
            </Button>
          }
        />
      )}
      {list.data && !isEmptyWorkbook && (
        <>
          <Group justify="space-between">
            <TextInput
              ref={searchRef}
              w={360}
              leftSection={<IconSearch size={16} />}
              rightSection={<Kbd size="xs">/</Kbd>}
              placeholder="Search name, owner, notes"
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              aria-label="Search partners"
              data-testid="partner-search"
            />
            <Text size="sm" c="dimmed" data-testid="partner-count">
              {total} {total === 1 ? 'partner' : 'partners'}
            </Text>
          </Group>
          <PartnerTable partners={list.data} search={debounced} />
        </>
      )}
      <NewPartnerModal opened={adding} onClose={addModal.close} />
    </Stack>
  );
}

function PartnerTable({ partners, search }: { partners: Partner[]; search: string }) {
  const [, navigate] = useLocation();
  const confirmDelete = useDeletePartner();

  if (partners.length === 0) {
    return (
      <Paper withBorder p="xl">
        <Text c="dimmed" ta="center">
          No partner matches “{search}”.
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder>
      <Table highlightOnHover verticalSpacing="sm" data-testid="partner-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th>Our owner</Table.Th>
            <Table.Th>Their owner</Table.Th>
            <Table.Th w={48} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.map((p) => (
            <Table.Tr
              key={p.id}
              className="pwb-table-row"
              tabIndex={0}
              data-testid="partner-row"
              onClick={() => navigate(`/partners/${p.id}`)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') navigate(`/partners/${p.id}`);
              }}
            >
              <Table.Td fw={500}>{p.name}</Table.Td>
              <Table.Td>{partnerTypeLabels[p.type]}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={stageColors[p.stage]}>
                  {lifecycleStageLabels[p.stage]}
                </Badge>
              </Table.Td>
              <Table.Td>
                {p.ownerOurs || (
                  <Text span c="dimmed" size="sm">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {p.ownerTheirs || (
                  <Text span c="dimmed" size="sm">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td onClick={(e) => e.stopPropagation()}>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${p.name}`}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={14} />}
                      onClick={() => confirmDelete(p)}
                    >
                      Delete…
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
