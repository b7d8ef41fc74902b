import type { NodeChange } from '@xyflow/react';
import { useRef } from 'react';
import type { EcosystemMap, EcosystemPosition } from '../../../../shared/contract/index.ts';
import type { CanvasHistory } from '../canvas/use-canvas-history.ts';
import { moveNodesCommand } from './ecosystem-commands.ts';
import type { EcosystemFlowNode } from './EcosystemNodeView.tsx';

interface PendingMove {
  before: Map<number, EcosystemPosition>;
  after: Map<number, EcosystemPosition>;
  timer: number | null;
}

const keyPause = 400;

/**
 * Saves where nodes end up: at once when a drag stops, or when arrow keys pause (one edit for
 * the whole run of key presses). Each save is an undoable move from the saved positions.
 */
export function useNodeMoves(
  map: EcosystemMap,
  applyChanges: (changes: NodeChange<EcosystemFlowNode>[]) => void,
  history: CanvasHistory,
) {
  const dragging = useRef(false);
  const move = useRef<PendingMove>({ before: new Map(), after: new Map(), timer: null });

  const flush = () => {
    const pending = move.current;
    if (pending.timer !== null) window.clearTimeout(pending.timer);
    move.current = { before: new Map(), after: new Map(), timer: null };
    const after = [...pending.after.values()];
    const changed = after.filter((p) => {
      const from = pending.before.get(p.id);
      return !from || from.x !== p.x || from.y !== p.y;
    });
    if (changed.length === 0) return;
    const before = changed.map((p) => pending.before.get(p.id) ?? p);
    void history.execute(moveNodesCommand(before, changed));
  };

  const onNodesChange = (changes: NodeChange<EcosystemFlowNode>[]) => {
    applyChanges(changes);
    let moved = false;
    for (const change of changes) {
      // React Flow reports the end of a drag, and each arrow-key step, with dragging: false.
      if (change.type !== 'position' || change.dragging !== false || !change.position) continue;
      const id = Number(change.id);
      const saved = map.nodes.find((n) => n.id === id);
      if (!saved) continue;
      if (!move.current.before.has(id)) move.current.before.set(id, { id, x: saved.x, y: saved.y });
      move.current.after.set(id, {
        id,
        x: Math.round(change.position.x),
        y: Math.round(change.position.y),
      });
      moved = true;
    }
    if (!moved) return;
    if (dragging.current) {
      dragging.current = false;
      queueMicrotask(flush);
    } else {
      if (move.current.timer !== null) window.clearTimeout(move.current.timer);
      move.current.timer = window.setTimeout(flush, keyPause);
    }
  };

  const onDragStart = () => {
    dragging.current = true;
  };

  return { onNodesChange, onDragStart };
}
