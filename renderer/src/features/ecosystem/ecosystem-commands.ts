import type {
  EcosystemEdge,
  EcosystemEdgeFields,
  EcosystemNode,
  EcosystemNodeFields,
  EcosystemPosition,
  EcosystemSnapshot,
} from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import type { Command } from '../canvas/command-stack.ts';
import { nodeKindStyles } from './ecosystem-kinds.ts';

/**
 * The undoable edits of the ecosystem map. Whatever is deleted comes back under its own ids
 * (restore), so the commands recorded before and after it still refer to the right records.
 */
export function addNodeCommand(
  fields: EcosystemNodeFields,
  at: { x: number; y: number },
  onAdded?: (node: EcosystemNode) => void,
): Command {
  let added: EcosystemNode | null = null;
  return {
    label: `adding ${nodeKindStyles[fields.kind].label.toLowerCase()}`,
    run: async () => {
      if (added) {
        await call('ecosystem.restore', { nodes: [added], edges: [] });
        return;
      }
      added = await call('ecosystem.addNode', { fields, ...at });
      onAdded?.(added);
    },
    revert: async () => {
      if (added) await call('ecosystem.delete', { nodeIds: [added.id] });
    },
  };
}

const nodeFields = (node: EcosystemNode): EcosystemNodeFields => ({
  kind: node.kind,
  label: node.label,
  partnerId: node.partnerId,
  note: node.note,
});

export function updateNodeCommand(
  node: EcosystemNode,
  change: Partial<EcosystemNodeFields>,
): Command {
  const before = nodeFields(node);
  const after = { ...before, ...change };
  return {
    label: `editing ${node.label}`,
    run: async () => {
      await call('ecosystem.updateNode', { id: node.id, fields: after });
    },
    revert: async () => {
      await call('ecosystem.updateNode', { id: node.id, fields: before });
    },
  };
}

export function moveNodesCommand(
  before: EcosystemPosition[],
  after: EcosystemPosition[],
  label = before.length === 1 ? 'moving a node' : `moving ${before.length} nodes`,
): Command {
  return {
    label,
    run: async () => {
      await call('ecosystem.moveNodes', { positions: after });
    },
    revert: async () => {
      await call('ecosystem.moveNodes', { positions: before });
    },
  };
}

export function addEdgeCommand(
  sourceId: number,
  targetId: number,
  fields: EcosystemEdgeFields,
  onAdded?: (edge: EcosystemEdge) => void,
): Command {
  let added: EcosystemEdge | null = null;
  return {
    label: 'connecting two nodes',
    run: async () => {
      if (added) {
        await call('ecosystem.restore', { nodes: [], edges: [added] });
        return;
      }
      added = await call('ecosystem.addEdge', { sourceId, targetId, fields });
      onAdded?.(added);
    },
    revert: async () => {
      if (added) await call('ecosystem.delete', { edgeIds: [added.id] });
    },
  };
}

export function updateEdgeCommand(
  edge: EcosystemEdge,
  change: Partial<EcosystemEdgeFields>,
): Command {
  const before = { kind: edge.kind, strength: edge.strength, label: edge.label };
  const after = { ...before, ...change };
  return {
    label: 'editing a connection',
    run: async () => {
      await call('ecosystem.updateEdge', { id: edge.id, fields: after });
    },
    revert: async () => {
      await call('ecosystem.updateEdge', { id: edge.id, fields: before });
    },
  };
}

export function deleteCommand(nodeIds: number[], edgeIds: number[]): Command {
  let deleted: EcosystemSnapshot = { nodes: [], edges: [] };
  const count = nodeIds.length + edgeIds.length;
  return {
    label: count === 1 ? 'deleting' : `deleting ${count} items`,
    run: async () => {
      deleted = await call('ecosystem.delete', { nodeIds, edgeIds });
    },
    revert: async () => {
      await call('ecosystem.restore', deleted);
    },
  };
}

export function addAllPartnersCommand(onAdded?: (added: EcosystemSnapshot) => void): Command {
  let added: EcosystemSnapshot | null = null;
  return {
    label: 'adding all partners',
    run: async () => {
      if (added) {
        await call('ecosystem.restore', added);
        return;
      }
      added = await call('ecosystem.addAllPartners', {});
      onAdded?.(added);
    },
    revert: async () => {
      if (added && added.nodes.length)
        await call('ecosystem.delete', { nodeIds: added.nodes.map((n) => n.id) });
    },
  };
}
