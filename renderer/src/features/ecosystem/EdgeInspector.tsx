import { Group, Select, Slider, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import {
  ecosystemEdgeKinds,
  type EcosystemEdge,
  type EcosystemEdgeKind,
} from '../../../../shared/contract/index.ts';
import { updateEdgeCommand } from './ecosystem-commands.ts';
import { edgeKindStyles } from './ecosystem-kinds.ts';
import { DeleteButton, kindOption, type InspectorProps } from './inspector-parts.tsx';

/** What flows along a connection, how strong it is, and its label. */
export function EdgeInspector({
  edge,
  map,
  history,
  onDelete,
}: InspectorProps & { edge: EcosystemEdge }) {
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
