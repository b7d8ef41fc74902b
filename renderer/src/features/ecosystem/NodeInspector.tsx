import {
  Button,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import {
  ecosystemNodeKinds,
  type EcosystemNode,
  type EcosystemNodeKind,
} from '../../../../shared/contract/index.ts';
import { updateNodeCommand } from './ecosystem-commands.ts';
import { nodeKindStyles } from './ecosystem-kinds.ts';
import { DeleteButton, kindOption, type InspectorProps } from './inspector-parts.tsx';

/** A node's name, kind, partner record and note; each change is saved and undoable. */
export function NodeInspector({
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
