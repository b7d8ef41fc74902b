import dagre from '@dagrejs/dagre';
import {
  ecosystemNodeSize,
  type EcosystemEdge,
  type EcosystemNode,
  type EcosystemPosition,
} from '../../../../shared/contract/index.ts';

export type LayoutDirection = 'LR' | 'TB';

/**
 * Positions from dagre's layered layout: connections flow left to right (or top to bottom),
 * nodes of one layer are spread evenly, unconnected nodes line up at the start.
 */
export function autoLayout(
  nodes: readonly EcosystemNode[],
  edges: readonly EcosystemEdge[],
  direction: LayoutDirection,
): EcosystemPosition[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: direction, nodesep: 40, ranksep: 110, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  const { width, height } = ecosystemNodeSize;
  for (const node of nodes) graph.setNode(String(node.id), { width, height });
  for (const edge of edges) graph.setEdge(String(edge.sourceId), String(edge.targetId));
  dagre.layout(graph);
  return nodes.map((node) => {
    const placed = graph.node(String(node.id));
    return {
      id: node.id,
      x: Math.round(placed.x - width / 2),
      y: Math.round(placed.y - height / 2),
    };
  });
}
