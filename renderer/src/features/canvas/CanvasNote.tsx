import { useDraggable, useDroppable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { Button, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { jobKindLabels, type CanvasItem } from '../../../../shared/contract/index.ts';
import { useBoard } from './board-context.ts';
import {
  deleteItemCommand,
  moveItemCommand,
  nextJobKind,
  updateItemCommand,
} from './canvas-commands.ts';
import { linkTargetPlural, noteColor, zoneMeta } from './canvas-zones.ts';
import { LinkPicker } from './LinkPicker.tsx';
import { NoteEditor } from './NoteEditor.tsx';
import { isSource, LinkStatus, linkTitle, NoteTool } from './note-parts.tsx';

interface CanvasNoteProps {
  item: CanvasItem;
  /** The list this note is drawn in, in order: re-ranking and arrow keys move within it. */
  siblings: CanvasItem[];
}

/** One sticky note: edited, re-ranked, linked and deleted in place, by mouse or keyboard. */
export function CanvasNote({ item, siblings }: CanvasNoteProps) {
  const board = useBoard();
  const [editing, setEditing] = useState(false);
  const [pendingText, setPendingText] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);
  const drag = useDraggable({ id: item.id, disabled: editing });
  const drop = useDroppable({ id: item.id });
  const dragRef = useMergedRef(drag.setNodeRef, drop.setNodeRef);
  const meta = zoneMeta[item.zone];
  const index = siblings.findIndex((s) => s.id === item.id);
  const isTop = board.topIds.has(item.id);
  const unaddressed = board.unaddressedIds.has(item.id);
  const related = board.relatedIds.has(item.id);
  const active = board.activeId === item.id;
  const activeZone = board.activeId === null ? null : board.itemsById.get(board.activeId)?.zone;
  const activeLinksTo = activeZone ? zoneMeta[activeZone].linksTo : null;
  const onActiveAxis =
    activeLinksTo !== null && (item.zone === activeZone || item.zone === activeLinksTo);
  const dimmed = onActiveAxis && !active && !related && !editing;

  const move = (delta: -1 | 1) => {
    const target = siblings[index + delta];
    if (!target) return;
    void board.history
      .execute(moveItemCommand(item, target.rank))
      .then(() => board.focusItem(item.id));
  };

  const remove = () => {
    const neighbour = siblings[index + 1] ?? siblings[index - 1];
    void board.history.execute(deleteItemCommand(item)).then((ok) => {
      if (!ok) return;
      if (neighbour) board.focusItem(neighbour.id);
      const id = `deleted-${item.id}`;
      notifications.show({
        id,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {meta.noun[0]?.toUpperCase()}
              {meta.noun.slice(1)} deleted.
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                void board.history.undo();
              }}
            >
              Undo
            </Button>
          </Group>
        ),
      });
    });
  };

  const save = (text: string) => {
    setPendingText(text);
    void board.history
      .execute(updateItemCommand(item, { text }))
      .finally(() => setPendingText(null));
  };

  const cycleKind = () =>
    void board.history.execute(
      updateItemCommand(item, { jobKind: nextJobKind(item.jobKind) }, 'changing the kind of job'),
    );

  const switchSide = () =>
    void board.history.execute(
      updateItemCommand(
        item,
        { side: item.side === 'theirs' ? 'ours' : 'theirs' },
        'moving a product to the other side',
      ),
    );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const key = e.key;
    const previous = siblings[index - 1];
    const next = siblings[index + 1];
    let handled = true;
    if (key === 'Enter' || key === 'F2') setEditing(true);
    else if (key === 'Delete' || key === 'Backspace') remove();
    else if (e.altKey && key === 'ArrowUp') move(-1);
    else if (e.altKey && key === 'ArrowDown') move(1);
    else if (key === 'ArrowUp' && previous) board.focusItem(previous.id);
    else if (key === 'ArrowDown' && next) board.focusItem(next.id);
    else if ((key === 'l' || key === 'L') && meta.linksTo) setLinking(true);
    else if ((key === 'k' || key === 'K') && item.zone === 'job') cycleKind();
    else if ((key === 's' || key === 'S') && item.zone === 'product') switchSide();
    else handled = false;
    if (handled) e.preventDefault();
  };

  if (editing) {
    return (
      <div className="vpc-note vpc-note--editing" data-color={noteColor(item)}>
        <NoteEditor
          initial={item.text}
          label={`Edit ${meta.noun}`}
          placeholder={`Describe the ${meta.noun}`}
          onSubmit={save}
          onClose={(how) => {
            setEditing(false);
            if (how === 'keyboard') board.focusItem(item.id);
          }}
        />
      </div>
    );
  }

  const classes = [
    'vpc-note',
    active && 'is-active',
    related && 'is-related',
    dimmed && 'is-dimmed',
    unaddressed && 'is-unaddressed',
    drag.isDragging && 'is-dragging',
    drop.isOver && !drag.isDragging && 'is-drop-target',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      ref={dragRef}
      {...drag.listeners}
      style={{ transform: CSS.Translate.toString(drag.transform) }}
      className={classes}
      data-color={noteColor(item)}
      data-item-id={item.id}
      data-zone={item.zone}
      data-testid="canvas-item"
      role="listitem"
      tabIndex={0}
      aria-label={`${meta.noun}${meta.ranked ? ` ranked ${item.rank}` : ''}: ${item.text}`}
      onKeyDown={onKeyDown}
      onDoubleClick={() => setEditing(true)}
      onMouseEnter={() => board.activate(item.id)}
      onMouseLeave={() => board.activate(null)}
      onFocus={(e) => e.target === e.currentTarget && board.activate(item.id)}
      onBlur={(e) => e.target === e.currentTarget && board.activate(null)}
    >
      {meta.ranked && (
        <Tooltip
          label={
            isTop
              ? `Ranked ${item.rank}: among the three most important, so it counts toward fit`
              : `Ranked ${item.rank}`
          }
        >
          <span className={`vpc-rank${isTop ? ' is-top' : ''}`}>{item.rank}</span>
        </Tooltip>
      )}
      <span className="vpc-note__text">{pendingText ?? item.text}</span>
      {item.zone === 'job' && item.jobKind && (
        <Tooltip label="Kind of job; click or press K to change">
          <UnstyledButton
            className="vpc-chip"
            tabIndex={-1}
            onClick={cycleKind}
            data-testid="job-kind"
          >
            {jobKindLabels[item.jobKind]}
          </UnstyledButton>
        </Tooltip>
      )}
      {meta.linksTo && (
        <LinkPicker item={item} opened={linking} onClose={() => setLinking(false)}>
          <UnstyledButton
            className={[
              isSource(item) ? 'vpc-chip vpc-chip--link' : 'vpc-pin',
              item.linkedIds.length ? 'is-linked' : '',
              unaddressed ? 'is-open' : '',
            ].join(' ')}
            tabIndex={-1}
            onClick={() => setLinking((v) => !v)}
            data-testid="link-button"
            aria-label={`Link ${linkTargetPlural(item.zone)} (L)`}
            title={linkTitle(item, unaddressed)}
          >
            <LinkStatus item={item} unaddressed={unaddressed} />
          </UnstyledButton>
        </LinkPicker>
      )}
      <div className="vpc-note__tools" data-export-hide="true">
        <NoteTool
          label="Edit (Enter)"
          onClick={() => setEditing(true)}
          icon={<IconPencil size={14} />}
        />
        <NoteTool
          label="Rank higher (Alt+↑)"
          onClick={() => move(-1)}
          icon={<IconArrowUp size={14} />}
          disabled={index <= 0}
        />
        <NoteTool
          label="Rank lower (Alt+↓)"
          onClick={() => move(1)}
          icon={<IconArrowDown size={14} />}
          disabled={index >= siblings.length - 1}
        />
        <NoteTool
          label="Delete (Del)"
          onClick={remove}
          icon={<IconTrash size={14} />}
          color="red"
        />
      </div>
    </div>
  );
}
