import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useCallback, useMemo, useRef, useState, type Ref } from 'react';
import { canvasZones, type ValueCanvas } from '../../../../shared/contract/index.ts';
import { BoardContext, type BoardState, type LinkLine } from './board-context.ts';
import { CanvasZoneView } from './CanvasZoneView.tsx';
import { SegmentTitle } from './SegmentTitle.tsx';
import type { CanvasHistory } from './use-canvas-history.ts';
import { vpcLayout, widthForHeight, type VpcLayout } from './vpc-geometry.ts';

interface VpcBoardProps {
  canvas: ValueCanvas;
  history: CanvasHistory;
  ourName: string;
  theirName: string;
  /** The board element, for exporting it as an image. */
  boardRef?: Ref<HTMLDivElement>;
  /** Presenting: shrink to the height available as well as the width. */
  fitHeight?: boolean;
}

/** Below this width the canvas keeps its shape and scrolls sideways instead of squeezing. */
const minWidth = 900;
/** The frame's padding plus its border, inside the measured (border-box) size. */
const frameInset = { x: 2 * (24 + 1), y: 20 + 8 + 2 + 16 };

/** Curves from the active note to the notes it is linked to, measured on the drawn board. */
function measureLines(board: HTMLElement | null, fromId: number, toIds: number[]): LinkLine[] {
  if (!board) return [];
  const origin = board.getBoundingClientRect();
  const rectOf = (id: number) =>
    board.querySelector(`[data-item-id="${id}"]`)?.getBoundingClientRect() ?? null;
  const from = rectOf(fromId);
  if (!from) return [];
  return toIds.flatMap((toId) => {
    const to = rectOf(toId);
    if (!to) return [];
    const leftToRight = from.left < to.left;
    const x1 = (leftToRight ? from.right : from.left) - origin.left;
    const x2 = (leftToRight ? to.left : to.right) - origin.left;
    const y1 = from.top + from.height / 2 - origin.top;
    const y2 = to.top + to.height / 2 - origin.top;
    const bend = Math.max(40, Math.abs(x2 - x1) / 2) * (leftToRight ? 1 : -1);
    return [
      {
        id: `${fromId}-${toId}`,
        path: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`,
      },
    ];
  });
}

export function VpcBoard({
  canvas,
  history,
  ourName,
  theirName,
  boardRef,
  fitHeight = false,
}: VpcBoardProps) {
  const { ref: sizeRef, width, height } = useElementSize();
  const board = useRef<HTMLDivElement>(null);
  const mergedRef = useMergedRef(board, boardRef);
  const byWidth = Math.floor(width - frameInset.x);
  const byHeight = fitHeight ? Math.floor(widthForHeight(height - frameInset.y)) : byWidth;
  const layout = vpcLayout(Math.max(minWidth, Math.min(byWidth, byHeight)));
  const [activeId, setActiveId] = useState<number | null>(null);
  const [lines, setLines] = useState<LinkLine[]>([]);

  const itemsById = useMemo(() => new Map(canvas.items.map((i) => [i.id, i])), [canvas.items]);
  const activate = useCallback(
    (id: number | null) => {
      setActiveId(id);
      const linked = id === null ? [] : (itemsById.get(id)?.linkedIds ?? []);
      setLines(id === null ? [] : measureLines(board.current, id, linked));
    },
    [itemsById],
  );
  const focusItem = useCallback((id: number) => {
    let tries = 0;
    const attempt = () => {
      const el = board.current?.querySelector<HTMLElement>(`[data-item-id="${id}"]`);
      if (el) el.focus();
      else if ((tries += 1) < 10) requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  }, []);

  const state: BoardState = useMemo(() => {
    const active = activeId === null ? undefined : itemsById.get(activeId);
    return {
      canvas,
      itemsById,
      history,
      ourName,
      theirName,
      activeId: active ? active.id : null,
      relatedIds: new Set(active?.linkedIds ?? []),
      topIds: new Set([...canvas.fit.topPainIds, ...canvas.fit.topGainIds]),
      unaddressedIds: new Set([...canvas.fit.unaddressedPainIds, ...canvas.fit.unaddressedGainIds]),
      activate,
      focusItem,
    };
  }, [canvas, itemsById, history, ourName, theirName, activeId, activate, focusItem]);

  return (
    <div ref={sizeRef} className="vpc-fit-area">
      <div className="vpc-frame">
        <BoardContext.Provider value={state}>
          <div
            ref={mergedRef}
            className="vpc-board"
            style={{ width: layout.width, height: layout.height + 16 }}
            data-testid="vpc-board"
          >
            <Backdrop layout={layout} />
            <svg className="vpc-lines" width={layout.width} height={layout.height} aria-hidden>
              {lines.map((line) => (
                <path key={line.id} d={line.path} />
              ))}
            </svg>
            <div
              className="vpc-heading"
              style={{ left: layout.mapTitle.x, top: 0, width: layout.mapTitle.width }}
            >
              <div className="vpc-heading__label">Value map</div>
              <div className="vpc-heading__title" data-testid="value-map-title">
                {ourName} × {theirName}
              </div>
            </div>
            <div
              className="vpc-heading vpc-heading--segment"
              style={{ left: layout.segmentTitle.x, top: 0, width: layout.segmentTitle.width }}
            >
              <div className="vpc-heading__label">Customer profile</div>
              <SegmentTitle />
            </div>
            {canvasZones.map((zone) => (
              <CanvasZoneView
                key={zone}
                zone={zone}
                box={layout.zones[zone]}
                titleBox={layout.outerTitles[zone]}
              />
            ))}
          </div>
        </BoardContext.Provider>
      </div>
    </div>
  );
}

/** The square and the circle with their dividing lines, behind the notes. */
function Backdrop({ layout }: { layout: VpcLayout }) {
  const { square, circle, zones } = layout;
  const split = zones.product.x + zones.product.width;
  const gapMid = (square.x + square.width + circle.cx - circle.r) / 2;
  const chord = Math.sqrt(circle.r ** 2 - (layout.divider - circle.cx) ** 2);
  return (
    <svg className="vpc-backdrop" width={layout.width} height={layout.height} aria-hidden>
      <rect
        x={square.x + 1}
        y={square.y + 1}
        width={square.width - 2}
        height={square.height - 2}
        rx={6}
      />
      <line x1={split} y1={square.y} x2={split} y2={square.y + square.height} />
      <line
        x1={split}
        y1={square.y + square.height / 2}
        x2={square.x + square.width}
        y2={square.y + square.height / 2}
      />
      <circle cx={circle.cx} cy={circle.cy} r={circle.r - 1} />
      <line x1={layout.divider} y1={circle.cy - chord} x2={layout.divider} y2={circle.cy + chord} />
      <line x1={circle.cx - circle.r} y1={circle.cy} x2={layout.divider} y2={circle.cy} />
      <g className="vpc-backdrop__fit" transform={`translate(${gapMid}, ${circle.cy})`}>
        <path d="M-14,-7 L10,-7 M4,-13 L10,-7 L4,-1" />
        <path d="M14,7 L-10,7 M-4,13 L-10,7 L-4,1" />
      </g>
    </svg>
  );
}
