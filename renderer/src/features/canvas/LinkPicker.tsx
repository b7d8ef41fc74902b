import { Badge, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import { useState, type ReactElement } from 'react';
import type { CanvasItem } from '../../../../shared/contract/index.ts';
import { useBoard } from './board-context.ts';
import { setLinksCommand } from './canvas-commands.ts';
import { zoneMeta } from './canvas-zones.ts';

interface LinkPickerProps {
  item: CanvasItem;
  opened: boolean;
  onClose: () => void;
  children: ReactElement;
}

const questions: Partial<Record<CanvasItem['zone'], string>> = {
  pain_reliever: 'Which pains does this relieve?',
  gain_creator: 'Which gains does this create?',
  pain: 'Which pain relievers address this pain?',
  gain: 'Which gain creators deliver this gain?',
};

/** Ticks the items at the other end of a link: each tick is saved (and undoable) at once. */
export function LinkPicker({ item, opened, onClose, children }: LinkPickerProps) {
  return (
    <Popover
      opened={opened}
      onChange={(open) => !open && onClose()}
      onDismiss={onClose}
      position="bottom-start"
      width={300}
      shadow="md"
      trapFocus
      returnFocus
      withArrow
    >
      <Popover.Target>{children}</Popover.Target>
      <Popover.Dropdown data-testid="link-picker" onKeyDown={(e) => e.stopPropagation()}>
        {opened && <LinkChoices item={item} />}
      </Popover.Dropdown>
    </Popover>
  );
}

function LinkChoices({ item }: { item: CanvasItem }) {
  const board = useBoard();
  const target = zoneMeta[item.zone].linksTo;
  const [selected, setSelected] = useState<number[]>(item.linkedIds);
  if (!target) return null;
  const candidates = board.canvas.items.filter((i) => i.zone === target);
  const targetMeta = zoneMeta[target];

  const toggle = (id: number, checked: boolean) => {
    const after = checked ? [...selected, id] : selected.filter((x) => x !== id);
    void board.history.execute(setLinksCommand(item.id, selected, after));
    setSelected(after);
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {questions[item.zone]}
      </Text>
      {candidates.length === 0 ? (
        <Text size="sm" c="dimmed">
          No {targetMeta.label.toLowerCase()} on the canvas yet. Add them first, then link them
          here.
        </Text>
      ) : (
        <Stack gap={6} mah={280} style={{ overflowY: 'auto' }}>
          {candidates.map((candidate, index) => (
            <Checkbox
              key={candidate.id}
              checked={selected.includes(candidate.id)}
              onChange={(e) => toggle(candidate.id, e.currentTarget.checked)}
              data-autofocus={index === 0 ? true : undefined}
              label={
                <Group gap={6} wrap="nowrap" align="flex-start">
                  {targetMeta.ranked && (
                    <Badge
                      size="xs"
                      circle
                      variant={board.topIds.has(candidate.id) ? 'filled' : 'light'}
                      color={targetMeta.color}
                    >
                      {candidate.rank}
                    </Badge>
                  )}
                  <Text size="sm" lh={1.3}>
                    {candidate.text}
                  </Text>
                </Group>
              }
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
