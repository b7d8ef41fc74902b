import { Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import type { EcosystemMap } from '../../../../shared/contract/index.ts';
import { EdgeInspector } from './EdgeInspector.tsx';
import { DeleteButton, type InspectorProps } from './inspector-parts.tsx';
import { NodeInspector } from './NodeInspector.tsx';

/** The panel beside the map: edits what is selected, or explains how the map works. */
export function EcosystemInspector(props: InspectorProps) {
  const { map, selectedNodeIds, selectedEdgeIds } = props;
  const count = selectedNodeIds.length + selectedEdgeIds.length;
  const node = count === 1 ? map.nodes.find((n) => n.id === selectedNodeIds[0]) : undefined;
  const edge = count === 1 ? map.edges.find((e) => e.id === selectedEdgeIds[0]) : undefined;

  return (
    <Paper withBorder p="md" className="eco-inspector" data-testid="eco-inspector">
      {node ? (
        <NodeInspector key={`${node.id}:${node.label}:${node.note}`} node={node} {...props} />
      ) : edge ? (
        <EdgeInspector key={`${edge.id}:${edge.label}`} edge={edge} {...props} />
      ) : count > 1 ? (
        <Stack gap="sm">
          <Title order={4}>{count} selected</Title>
          <Text size="sm" c="dimmed">
            Drag any of them to move them together, or delete them at once. Undo brings them back.
          </Text>
          <DeleteButton onDelete={props.onDelete} />
        </Stack>
      ) : (
        <MapHelp map={map} />
      )}
    </Paper>
  );
}

function MapHelp({ map }: { map: EcosystemMap }) {
  return (
    <Stack gap="sm">
      <Title order={4}>The map</Title>
      <Text size="sm" c="dimmed">
        {map.nodes.length} {map.nodes.length === 1 ? 'node' : 'nodes'}, {map.edges.length}{' '}
        {map.edges.length === 1 ? 'connection' : 'connections'}.
      </Text>
      <Stack gap={6}>
        <Text size="sm">
          <b>Connect:</b> drag from the dot on a node’s edge onto another node.
        </Text>
        <Text size="sm">
          <b>Edit:</b> click a node or a connection; its details open here.
        </Text>
        <Text size="sm">
          <b>Select several:</b> hold Shift and drag a box around them.
        </Text>
        <Text size="sm">
          <b>Keys:</b> <Kbd size="xs">Del</Kbd> delete, <Kbd size="xs">F</Kbd> fit to screen,{' '}
          <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Z</Kbd> undo.
        </Text>
      </Stack>
      <Text size="xs" c="dimmed">
        Map who surrounds the program (suppliers, distributors, regulators, competitors, the
        customers you serve together) to see where value, money and data flow, where the program
        depends on a single party, and where help is needed.
      </Text>
    </Stack>
  );
}
