import { ActionIcon, Group, Kbd, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface Shortcut {
  keys: string[];
  does: ReactNode;
}

/** A keyboard icon that lists a canvas's shortcuts, for the workshop facilitator at the keys. */
export function ShortcutsHelp({ shortcuts }: { shortcuts: Shortcut[] }) {
  return (
    <Popover position="bottom-end" width={340} shadow="md" withArrow>
      <Popover.Target>
        <Tooltip label="Keyboard shortcuts">
          <ActionIcon variant="default" size="lg" aria-label="Keyboard shortcuts">
            <IconKeyboard size={18} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          {shortcuts.map((s) => (
            <Group key={s.keys.join('+')} justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm">{s.does}</Text>
              <Group gap={3} wrap="nowrap">
                {s.keys.map((k) => (
                  <Kbd key={k} size="xs">
                    {k}
                  </Kbd>
                ))}
              </Group>
            </Group>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
