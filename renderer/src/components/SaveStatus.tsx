import { Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';

interface SaveStatusProps {
  saving: boolean;
  invalid: boolean;
  error: string | null;
}

/** Edits are committed as they happen; this says whether the last one landed. */
export function SaveStatus({ saving, invalid, error }: SaveStatusProps) {
  if (error) {
    return (
      <Group gap={6} c="red" data-testid="save-status" data-state="error">
        <IconAlertCircle size={16} />
        <Text size="sm">{error}</Text>
      </Group>
    );
  }
  if (invalid) {
    return (
      <Group gap={6} c="orange" data-testid="save-status" data-state="invalid">
        <IconAlertCircle size={16} />
        <Text size="sm">Fix the highlighted fields to save</Text>
      </Group>
    );
  }
  if (saving) {
    return (
      <Group gap={6} c="dimmed" data-testid="save-status" data-state="saving">
        <Loader size={14} />
        <Text size="sm">Saving…</Text>
      </Group>
    );
  }
  return (
    <Group gap={6} c="teal" data-testid="save-status" data-state="saved">
      <IconCircleCheck size={16} />
      <Text size="sm">All changes saved</Text>
    </Group>
  );
}
