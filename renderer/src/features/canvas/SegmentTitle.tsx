import { TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useBoard } from './board-context.ts';
import { setSegmentCommand } from './canvas-commands.ts';

const maxLength = 200;

/** The customer segment the canvas is drawn for, named in place above the circle. */
export function SegmentTitle() {
  const board = useBoard();
  const segment = board.canvas.customerSegment;
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(segment);
  const [pending, setPending] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);

  const start = () => {
    closed.current = false;
    setValue(segment);
    setEditing(true);
  };

  const finish = (save: boolean, refocus: boolean) => {
    if (closed.current) return;
    const next = value.trim();
    if (save && next.length > maxLength) return;
    closed.current = true;
    setEditing(false);
    if (save && next !== segment) {
      setPending(next);
      void board.history
        .execute(setSegmentCommand(board.canvas.partnerId, segment, next))
        .finally(() => setPending(null));
    }
    if (refocus) requestAnimationFrame(() => button.current?.focus());
  };

  if (editing) {
    return (
      <TextInput
        autoFocus
        size="md"
        aria-label="Customer segment"
        placeholder="For example: finance teams of mid-size retailers"
        value={value}
        error={value.trim().length > maxLength ? `At most ${maxLength} characters` : null}
        onChange={(e) => setValue(e.currentTarget.value)}
        onFocus={(e) => e.currentTarget.select()}
        onBlur={() => finish(true, false)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') finish(true, true);
          if (e.key === 'Escape') finish(false, true);
        }}
        data-testid="segment-input"
      />
    );
  }

  const shown = pending ?? segment;
  return (
    <Tooltip label="Name the customer segment (click or Enter)" openDelay={400}>
      <UnstyledButton
        ref={button}
        className={`vpc-segment${shown ? '' : ' is-empty'}`}
        onClick={start}
        data-testid="segment-title"
      >
        <span className="vpc-segment__text">{shown || 'Name the customer segment…'}</span>
        <IconPencil size={16} className="vpc-segment__icon" />
      </UnstyledButton>
    </Tooltip>
  );
}
