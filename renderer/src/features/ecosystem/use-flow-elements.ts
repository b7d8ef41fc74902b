import {
  applyEdgeChanges,
  applyNodeChanges,
  MarkerType,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { EcosystemMap } from '../../../../shared/contract/index.ts';
import { edgeKindStyles } from './ecosystem-kinds.ts';
import type { EcosystemFlowNode } from './EcosystemNodeView.tsx';
import { parallelOffsets } from './edge-geometry.ts';
import type { EcosystemFlowEdge } from './FloatingEdge.tsx';

export interface PendingSelection {
  nodeIds: number[];
  edgeIds: number[];
}

export const edgeFlowId = (id: number) => `e${id}`;

function toFlowNodes(
  map: EcosystemMap,
  previous: EcosystemFlowNode[],
  pending: PendingSelection | null,
): EcosystemFlowNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return map.nodes.map((node) => {
    const old = byId.get(String(node.id));
    return {
      id: String(node.id),
      type: 'ecosystem',
      // A node under the pointer keeps where the drag has taken it until the drag stops.
      position: old?.dragging ? old.position : { x: node.x, y: node.y },
      data: { node },
      selected: pending ? pending.nodeIds.includes(node.id) : (old?.selected ?? false),
      ...(old?.measured ? { measured: old.measured } : {}),
      ...(old?.dragging ? { dragging: true } : {}),
    };
  });
}

function toFlowEdges(
  map: EcosystemMap,
  previous: EcosystemFlowEdge[],
  pending: PendingSelection | null,
): EcosystemFlowEdge[] {
  const selected = new Set(previous.filter((e) => e.selected).map((e) => e.id));
  const offsets = parallelOffsets(map.edges);
  return map.edges.map((edge) => {
    const id = edgeFlowId(edge.id);
    const color = edgeKindStyles[edge.kind].color;
    return {
      id,
      type: 'ecosystem',
      source: String(edge.sourceId),
      target: String(edge.targetId),
      data: { edge, offset: offsets.get(edge.id) ?? 0 },
      selected: pending ? pending.edgeIds.includes(edge.id) : selected.has(id),
      markerEnd: {
        type: MarkerType.ArrowClosed,
        color,
        width: 18,
        height: 18,
        markerUnits: 'userSpaceOnUse',
      },
    };
  });
}

/**
 * React Flow's nodes and edges, kept from the saved map: positions and content come from the
 * backend, while selection, measured sizes and an ongoing drag stay local to the view.
 */
export function useFlowElements(map: EcosystemMap) {
  const [source, setSource] = useState(map);
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [nodes, setNodes] = useState(() => toFlowNodes(map, [], null));
  const [edges, setEdges] = useState(() => toFlowEdges(map, [], null));

  if (source !== map) {
    setSource(map);
    setNodes((previous) => toFlowNodes(map, previous, pending));
    setEdges((previous) => toFlowEdges(map, previous, pending));
    if (pending) setPending(null);
  }

  const onNodesChange = useCallback(
    (changes: NodeChange<EcosystemFlowNode>[]) =>
      setNodes((previous) => applyNodeChanges(changes, previous)),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<EcosystemFlowEdge>[]) =>
      setEdges((previous) => applyEdgeChanges(changes, previous)),
    [],
  );

  /** Selects these once they appear, after the edit that creates them has been saved. */
  const selectWhenSaved = useCallback((selection: PendingSelection) => setPending(selection), []);

  const select = useCallback((selection: PendingSelection) => {
    setNodes((previous) =>
      previous.map((n) => ({ ...n, selected: selection.nodeIds.includes(Number(n.id)) })),
    );
    setEdges((previous) =>
      previous.map((e) => ({
        ...e,
        selected: selection.edgeIds.some((id) => edgeFlowId(id) === e.id),
      })),
    );
  }, []);

  return { nodes, edges, onNodesChange, onEdgesChange, selectWhenSaved, select };
}
