import { createContext, useContext } from 'react';
import type { CanvasItem, ValueCanvas } from '../../../../shared/contract/index.ts';
import type { CanvasHistory } from './use-canvas-history.ts';

export interface LinkLine {
  id: string;
  path: string;
}

export interface BoardState {
  canvas: ValueCanvas;
  itemsById: Map<number, CanvasItem>;
  history: CanvasHistory;
  ourName: string;
  theirName: string;
  /** The item under the pointer or keyboard focus; its links light up. */
  activeId: number | null;
  relatedIds: ReadonlySet<number>;
  topIds: ReadonlySet<number>;
  unaddressedIds: ReadonlySet<number>;
  activate(id: number | null): void;
  /** Moves keyboard focus to an item once it is drawn (after a re-rank or an undo). */
  focusItem(id: number): void;
}

export const BoardContext = createContext<BoardState | null>(null);

export function useBoard(): BoardState {
  const board = useContext(BoardContext);
  if (!board) throw new Error('useBoard outside a value proposition canvas');
  return board;
}
