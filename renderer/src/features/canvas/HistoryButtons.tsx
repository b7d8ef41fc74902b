import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import type { CanvasHistory } from './use-canvas-history.ts';

const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** Undo and redo of this visit's edits, with what each would reverse in its tooltip. */
export function HistoryButtons({ history }: { history: CanvasHistory }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip
        label={history.undoLabel ? `Undo ${history.undoLabel} (${mod}Z)` : 'Nothing to undo yet'}
      >
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Undo"
          disabled={!history.undoLabel || history.busy}
          onClick={() => void history.undo()}
          data-testid="undo"
        >
          <IconArrowBackUp size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip
        label={history.redoLabel ? `Redo ${history.redoLabel} (${mod}Shift+Z)` : 'Nothing to redo'}
      >
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Redo"
          disabled={!history.redoLabel || history.busy}
          onClick={() => void history.redo()}
          data-testid="redo"
        >
          <IconArrowForwardUp size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
