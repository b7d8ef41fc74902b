import {
  Button,
  Group,
  Kbd,
  Paper,
  Select,
  Slider,
  Stack,
  Text,
  Textarea,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconArrowRight, IconExternalLink, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import {
  ecosystemEdgeKinds,
  ecosystemNodeKinds,
  type EcosystemEdge,
  type EcosystemEdgeKind,
  type EcosystemMap,
  type EcosystemNode,
  type EcosystemNodeKind,
  type Partner,
} from '../../../../shared/contract/index.ts';
import type { CanvasHistory } from '../canvas/use-canvas-history.ts';
import { updateEdgeCommand, updateNodeCommand } from './ecosystem-commands.ts';
import { edgeKindStyles, nodeKindStyles } from './ecosystem-kinds.ts';

interface InspectorProps {
  map: EcosystemMap;
  selectedNodeIds: number[];
  selectedEdgeIds: number[];
  partners: Partner[];
  history: CanvasHistory;
  onDelete: () => void;
}

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

function DeleteButton({ onDelete }: { onDelete: () => void }) {
  return (
    <Button
      variant="subtle"
      color="red"
      leftSection={<IconTrash size={16} />}
      onClick={onDelete}
      data-testid="eco-delete"
      justify="flex-start"
    >
      Delete{' '}
      <Kbd size="xs" ml={6}>
        Del
      </Kbd>
    </Button>
  );
}

function kindOption<K extends string>(kinds: readonly K[], labels: Record<K, { label: string }>) {
  return kinds.map((value) => ({ value, label: labels[value].label }));
}

function NodeInspector({
  node,
  map,
  partners,
  history,
  onDelete,
}: InspectorProps & { node: EcosystemNode }) {
  const [, navigate] = useLocation();
  const [label, setLabel] = useState(node.label);
  const [note, setNote] = useState(node.note);
  const linked = node.partnerId !== null;
  const labelError = !linked && label.trim() === '' ? 'Name this node' : null;
  const taken = new Set(map.nodes.filter((n) => n.id !== node.id).map((n) => n.partnerId));
  const partnerOptions = partners
    .filter((p) => !taken.has(p.id))
    .map((p) => ({ value: String(p.id), label: p.name }));
  const style = nodeKindStyles[node.kind];

  const commitLabel = () => {
    if (labelError || label.trim() === node.label) return;
    void history.execute(updateNodeCommand(node, { label: label.trim() }));
  };
  const commitNote = () => {
    if (note.trim() === node.note) return;
    void history.execute(updateNodeCommand(node, { note: note.trim() }));
  };

  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon size="lg" radius="md" style={{ background: style.color }}>
          <style.icon size={20} />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Title order={4} lineClamp={1}>
            {node.label}
          </Title>
          <Text size="xs" c="dimmed">
            {style.hint}
          </Text>
        </div>
      </Group>
      <TextInput
        label="Name"
        value={linked ? node.label : label}
        disabled={linked}
        description={linked ? 'Named after its partner record' : undefined}
        error={labelError}
        maxLength={120}
        onChange={(e) => setLabel(e.currentTarget.value)}
        onBlur={commitLabel}
        onKeyDown={(e) => e.key === 'Enter' && commitLabel()}
        data-testid="node-label-input"
      />
      <Select
        label="Kind"
        data={kindOption(ecosystemNodeKinds, nodeKindStyles)}
        value={node.kind}
        allowDeselect={false}
        onChange={(value) =>
          value &&
          void history.execute(updateNodeCommand(node, { kind: value as EcosystemNodeKind }))
        }
        data-testid="node-kind-select"
      />
      <Select
        label="Partner record"
        placeholder={partnerOptions.length ? 'Not linked' : 'No partner left to link'}
        data={partnerOptions}
        value={node.partnerId === null ? null : String(node.partnerId)}
        searchable
        clearable
        nothingFoundMessage="No partner by that name"
        onChange={(value) =>
          void history.execute(
            updateNodeCommand(node, {
              partnerId: value ? Number(value) : null,
              label: node.label,
            }),
          )
        }
        data-testid="node-partner-select"
      />
      <Textarea
        label="Note"
        placeholder="What this party means for the program"
        autosize
        minRows={2}
        maxRows={6}
        maxLength={1000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        onBlur={commitNote}
      />
      <Group justify="space-between">
        {linked ? (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconExternalLink size={14} />}
            onClick={() => navigate(`/partners/${node.partnerId}`)}
          >
            Open partner
          </Button>
        ) : (
          <span />
        )}
        <DeleteButton onDelete={onDelete} />
      </Group>
    </Stack>
  );
}

function EdgeInspector({ edge, map, history, onDelete }: InspectorProps & { edge: EcosystemEdge }) {
  const [label, setLabel] = useState(edge.label);
  const [strength, setStrength] = useState(edge.strength);
  const name = (id: number) => map.nodes.find((n) => n.id === id)?.label ?? '?';
  const style = edgeKindStyles[edge.kind];
  const commitLabel = () => {
    if (label.trim() === edge.label) return;
    void history.execute(updateEdgeCommand(edge, { label: label.trim() }));
  };

  return (
    <Stack gap="sm">
      <div>
        <Title order={4}>Connection</Title>
        <Group gap={6} wrap="nowrap" mt={2}>
          <Text size="sm" fw={500} truncate>
            {name(edge.sourceId)}
          </Text>
          <IconArrowRight size={14} style={{ flex: 'none' }} />
          <Text size="sm" fw={500} truncate>
            {name(edge.targetId)}
          </Text>
        </Group>
      </div>
      <Select
        label="What flows"
        description={style.hint}
        data={kindOption(ecosystemEdgeKinds, edgeKindStyles)}
        value={edge.kind}
        allowDeselect={false}
        onChange={(value) =>
          value &&
          void history.execute(updateEdgeCommand(edge, { kind: value as EcosystemEdgeKind }))
        }
        data-testid="edge-kind-select"
      />
      <div>
        <Text size="sm" fw={500}>
          Strength
        </Text>
        <Text size="xs" c="dimmed" mb={6}>
          How much the program depends on it; drawn as the line’s width
        </Text>
        <Slider
          min={1}
          max={5}
          step={1}
          value={strength}
          onChange={setStrength}
          onChangeEnd={(value) =>
            value !== edge.strength &&
            void history.execute(updateEdgeCommand(edge, { strength: value }))
          }
          marks={[1, 2, 3, 4, 5].map((v) => ({ value: v, label: String(v) }))}
          mb="md"
          aria-label="Strength"
          data-testid="edge-strength"
        />
      </div>
      <TextInput
        label="Label"
        placeholder={`Shown on the line instead of “${style.label}”`}
        value={label}
        maxLength={120}
        onChange={(e) => setLabel(e.currentTarget.value)}
        onBlur={commitLabel}
        onKeyDown={(e) => e.key === 'Enter' && commitLabel()}
        data-testid="edge-label-input"
      />
      <Group justify="flex-end">
        <DeleteButton onDelete={onDelete} />
      </Group>
    </Stack>
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
