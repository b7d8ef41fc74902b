import type { EcosystemEdge } from '../../../../shared/contract/index.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Point {
  x: number;
  y: number;
}

const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Where the line from a rectangle's centre toward a point leaves the rectangle. */
export function borderPoint(rect: Rect, toward: Point): Point {
  const c = centre(rect);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(
    dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

export interface EdgeShape {
  path: string;
  labelX: number;
  labelY: number;
}

/**
 * A connection drawn between the borders of two nodes, whichever sides face each other. A
 * non-zero offset bends it sideways, so several connections between one pair stay apart.
 */
export function edgeShape(source: Rect, target: Rect, offset: number): EdgeShape {
  const a = centre(source);
  const b = centre(target);
  if (offset === 0) {
    const s = borderPoint(source, b);
    const t = borderPoint(target, a);
    return {
      path: `M${s.x},${s.y} L${t.x},${t.y}`,
      labelX: (s.x + t.x) / 2,
      labelY: (s.y + t.y) / 2,
    };
  }
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const control = {
    x: (a.x + b.x) / 2 + (-(b.y - a.y) / length) * offset * 2,
    y: (a.y + b.y) / 2 + ((b.x - a.x) / length) * offset * 2,
  };
  const s = borderPoint(source, control);
  const t = borderPoint(target, control);
  return {
    path: `M${s.x},${s.y} Q${control.x},${control.y} ${t.x},${t.y}`,
    labelX: 0.25 * s.x + 0.5 * control.x + 0.25 * t.x,
    labelY: 0.25 * s.y + 0.5 * control.y + 0.25 * t.y,
  };
}

/** Sideways offsets for connections sharing a pair of nodes; a lone connection stays straight. */
export function parallelOffsets(
  edges: readonly EcosystemEdge[],
  spacing = 26,
): Map<number, number> {
  const groups = new Map<string, EcosystemEdge[]>();
  for (const edge of edges) {
    const key = [edge.sourceId, edge.targetId].sort((x, y) => x - y).join('-');
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  const offsets = new Map<number, number>();
  for (const group of groups.values()) {
    group.sort((x, y) => x.id - y.id);
    group.forEach((edge, i) => {
      const raw = (i - (group.length - 1) / 2) * spacing;
      // The bend is measured from the edge's own direction; a reversed edge bends the other way.
      const reversed = edge.sourceId > edge.targetId;
      offsets.set(edge.id, reversed ? -raw : raw);
    });
  }
  return offsets;
}
