import { Badge, Group, Kbd, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useLocation } from 'wouter';
import { isDesktop } from '../../api/client.ts';
import { keysFor } from './keys.ts';
import { shortcutGroupsFor } from './shortcuts.ts';

/** Every keyboard shortcut of the app, those of the current page first (Shift+?). */
export function ShortcutsSheet({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [location] = useLocation();
  const groups = shortcutGroupsFor(location, isDesktop);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Title order={3}>Keyboard shortcuts</Title>}
      size="xl"
      data-testid="shortcuts-sheet"
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="lg">
        {groups.map((group) => (
          <Stack key={group.title} gap={6} data-testid="shortcut-group">
            <Group gap="xs">
              <Text fw={650} size="sm">
                {group.title}
              </Text>
              {group.match?.test(location) && (
                <Badge size="xs" variant="light">
                  This page
                </Badge>
              )}
            </Group>
            <Table verticalSpacing={4} horizontalSpacing="xs" withRowBorders={false}>
              <Table.Tbody>
                {group.shortcuts.map((s) => (
                  <Table.Tr key={`${s.keys.join('+')} ${s.does}`}>
                    <Table.Td w={130} style={{ whiteSpace: 'nowrap' }}>
                      {keysFor(s.keys).map((k, i) => (
                        <span key={`${k}${i}`}>
                          {i > 0 && ' + '}
                          <Kbd size="xs">{k}</Kbd>
                        </span>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.does}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
      </SimpleGrid>
    </Modal>
  );
}
