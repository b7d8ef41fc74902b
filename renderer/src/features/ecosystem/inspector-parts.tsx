import { Button, Kbd } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { EcosystemMap, Partner } from '../../../../shared/contract/index.ts';
import type { CanvasHistory } from '../canvas/use-canvas-history.ts';

export interface InspectorProps {
  map: EcosystemMap;
  selectedNodeIds: number[];
  selectedEdgeIds: number[];
  partners: Partner[];
  history: CanvasHistory;
  onDelete: () => void;
}

export function DeleteButton({ onDelete }: { onDelete: () => void }) {
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

export function kindOption<K extends string>(
  kinds: readonly K[],
  labels: Record<K, { label: string }>,
) {
  return kinds.map((value) => ({ value, label: labels[value].label }));
}
