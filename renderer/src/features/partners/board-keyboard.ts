import {
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';

/**
 * Left and right arrows jump a dragged card to the centre of the neighbouring stage column,
 * instead of nudging it 25 px at a time as the default keyboard sensor does.
 */
export const stageColumnCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const direction = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (direction === 0 || !collisionRect) return undefined;
  event.preventDefault();
  const centre = collisionRect.left + collisionRect.width / 2;
  let best: { left: number; width: number } | null = null;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const offset = (rect.left + rect.width / 2 - centre) * direction;
    if (offset <= 1) continue;
    const bestOffset = best ? (best.left + best.width / 2 - centre) * direction : Infinity;
    if (offset < bestOffset) best = rect;
  }
  if (!best) return undefined;
  return { x: best.left + (best.width - collisionRect.width) / 2, y: collisionRect.top };
};

/** The column under the pointer; with the keyboard (no pointer), the column the card overlaps most. */
export const stageCollision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};
