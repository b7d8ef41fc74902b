import { DndContext, PointerSensor, useSensor, useSensors, type Modifier } from '@dnd-kit/core';
import { ActionIcon, Tooltip, UnstyledButton } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { CanvasItem, CanvasZone, ProductSide } from '../../../../shared/contract/index.ts';
import { useBoard } from './board-context.ts';
import { addItemCommand, moveItemCommand } from './canvas-commands.ts';
import { zoneMeta } from './canvas-zones.ts';
import { CanvasNote } from './CanvasNote.tsx';
import { NoteEditor } from './NoteEditor.tsx';
import type { Box } from './vpc-geometry.ts';

/** One zone of the canvas at its place on the board: title, notes, and a way to add one. */
const minNoteScale = 0.8;

/** Notes move up and down their own list only. */
const alongTheList: Modifier = ({ transform }) => ({ ...transform, x: 0 });

interface CanvasZoneViewProps {
  zone: CanvasZone;
  box: Box;
  /** Where the title goes when it sits outside the box (gains and pains, on the circle's edge). */
  titleBox: Box | undefined;
}

export function CanvasZoneView({ zone, box, titleBox }: CanvasZoneViewProps) {
  const board = useBoard();
  const meta = zoneMeta[zone];
  const items = board.canvas.items.filter((i) => i.zone === zone);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);

  // Like sticky notes on a crowded whiteboard, a full zone writes smaller before it scrolls.
  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    let scale = 1;
    el.style.setProperty('--note-scale', '1');
    while (el.scrollHeight > el.clientHeight + 1 && scale > minNoteScale) {
      scale = Math.max(minNoteScale, scale - 0.05);
      el.style.setProperty('--note-scale', String(scale));
    }
  }, [board.canvas.items, adding, box.width, box.height]);

  return (
    <section
      className={`vpc-zone vpc-zone--${zone}`}
      style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
      aria-label={meta.label}
      data-testid={`zone-${zone}`}
    >
      <header
        className={`vpc-zone__title${titleBox ? ' is-outside' : ''}`}
        style={
          titleBox
            ? { left: titleBox.x - box.x, top: titleBox.y - box.y, width: titleBox.width }
            : undefined
        }
      >
        <meta.icon size={16} stroke={1.8} />
        <span className="vpc-zone__name">{meta.label}</span>
        {zone !== 'product' && (
          <AddButton
            ref={addButton}
            label={`Add a ${meta.noun}`}
            testId={`add-${zone}`}
            onClick={() => setAdding(true)}
          />
        )}
      </header>
      <div className="vpc-zone__body" ref={body}>
        {zone === 'product' ? (
          <>
            <SideList side="ours" items={items} />
            <SideList side="theirs" items={items} />
          </>
        ) : (
          <NoteList
            zone={zone}
            items={items}
            adding={adding}
            onAdd={() => setAdding(true)}
            onAddDone={() => setAdding(false)}
            returnFocus={addButton}
          />
        )}
      </div>
    </section>
  );
}

interface AddButtonProps {
  ref: RefObject<HTMLButtonElement | null>;
  label: string;
  testId: string;
  onClick: () => void;
}

function AddButton({ ref, label, testId, onClick }: AddButtonProps) {
  return (
    <Tooltip label={label} openDelay={200}>
      <ActionIcon
        ref={ref}
        className="vpc-zone__add"
        variant="subtle"
        size="sm"
        aria-label={label}
        onClick={onClick}
        data-testid={testId}
        data-export-hide="true"
      >
        <IconPlus size={16} />
      </ActionIcon>
    </Tooltip>
  );
}

function SideList({ side, items }: { side: ProductSide; items: CanvasItem[] }) {
  const board = useBoard();
  const own = items.filter((i) => i.side === side);
  const name = side === 'ours' ? board.ourName : board.theirName;
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="vpc-side" data-testid={`side-${side}`}>
      <div className={`vpc-side__title vpc-side__title--${side}`}>
        <span title={name}>{name}</span>
        <AddButton
          ref={addButton}
          label={`Add a product or service of ${name}`}
          testId={`add-product-${side}`}
          onClick={() => setAdding(true)}
        />
      </div>
      <NoteList
        zone="product"
        items={own}
        side={side}
        adding={adding}
        onAdd={() => setAdding(true)}
        onAddDone={() => setAdding(false)}
        returnFocus={addButton}
        showHint={items.length === 0 && side === 'ours'}
      />
    </div>
  );
}

interface NoteListProps {
  zone: CanvasZone;
  items: CanvasItem[];
  side?: ProductSide;
  adding: boolean;
  onAdd: () => void;
  onAddDone: () => void;
  returnFocus: RefObject<HTMLButtonElement | null>;
  showHint?: boolean;
}

function NoteList({
  zone,
  items,
  side,
  adding,
  onAdd,
  onAddDone,
  returnFocus,
  showHint = items.length === 0,
}: NoteListProps) {
  const board = useBoard();
  const meta = zoneMeta[zone];
  const noun = side === 'theirs' ? `${meta.noun} of theirs` : meta.noun;
  // A short move before a drag starts, so clicks and double-clicks on a note still work.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  return (
    <DndContext
      sensors={sensors}
      modifiers={[alongTheList]}
      onDragEnd={({ active, over }) => {
        const item = items.find((i) => i.id === active.id);
        const target = items.find((i) => i.id === over?.id);
        if (!item || !target || item.id === target.id) return;
        void board.history
          .execute(moveItemCommand(item, target.rank))
          .then(() => board.focusItem(item.id));
      }}
    >
      <div className="vpc-list" role="list" aria-label={meta.label}>
        {showHint && !adding && (
          <UnstyledButton className="vpc-hint" onClick={onAdd} data-export-hide="true">
            {meta.hint}
          </UnstyledButton>
        )}
        {items.map((item) => (
          <CanvasNote key={item.id} item={item} siblings={items} />
        ))}
        {adding && (
          <div
            className="vpc-note vpc-note--editing"
            data-color={side === 'theirs' ? 'grape' : meta.color}
          >
            <NoteEditor
              keepOpen
              label={`New ${noun}`}
              placeholder="Type, then Enter to add; Esc when done"
              onSubmit={(text) =>
                void board.history.execute(
                  addItemCommand(board.canvas.partnerId, zone, { text, side: side ?? null }),
                )
              }
              onClose={(how) => {
                onAddDone();
                if (how === 'keyboard') requestAnimationFrame(() => returnFocus.current?.focus());
              }}
            />
          </div>
        )}
      </div>
    </DndContext>
  );
}
