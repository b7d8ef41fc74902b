import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import type { CharterContent } from '../../../../shared/contract/index.ts';
import { newRowKey } from './governance-format.ts';

/** Who takes over, in order, when a commitment is missed or a dispute is not settled. */
export function EscalationEditor({ form }: { form: UseFormReturnType<CharterContent> }) {
  const levels = form.values.escalation;
  const move = (from: number, to: number) => form.reorderListItem('escalation', { from, to });
  return (
    <Stack gap="xs">
      {levels.length === 0 && (
        <Text size="sm" c="dimmed">
          No path yet. Start with the two owners, then the people they report to, then the executive
          sponsors.
        </Text>
      )}
      {levels.map((level, index) => (
        <Paper key={level.key} withBorder p="xs" data-testid="escalation-level">
          <Group wrap="nowrap" align="flex-start">
            <Badge size="lg" variant="light" radius="sm" mt={4} tt="none" style={{ flexShrink: 0 }}>
              Level {index + 1}
            </Badge>
            <TextInput
              style={{ flex: 2 }}
              size="sm"
              placeholder="Who handles it at this level"
              aria-label={`Level ${index + 1}: who`}
              {...form.getInputProps(`escalation.${index}.who`)}
              data-testid={`escalation-who-${index}`}
            />
            <TextInput
              style={{ flex: 1 }}
              size="sm"
              placeholder="Response time, e.g. 2 business days"
              aria-label={`Level ${index + 1}: response time`}
              {...form.getInputProps(`escalation.${index}.responseTime`)}
              data-testid={`escalation-time-${index}`}
            />
            <Group gap={2} wrap="nowrap" mt={2}>
              <Tooltip label="Move up">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={index === 0}
                  aria-label={`Move level ${index + 1} up`}
                  onClick={() => move(index, index - 1)}
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Move down">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={index === levels.length - 1}
                  aria-label={`Move level ${index + 1} down`}
                  onClick={() => move(index, index + 1)}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Remove level">
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove level ${index + 1}`}
                  onClick={() => form.removeListItem('escalation', index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={levels.length >= 10}
          onClick={() =>
            form.insertListItem('escalation', { key: newRowKey(), who: '', responseTime: '' })
          }
          data-testid="add-escalation"
        >
          Add level
        </Button>
      </Group>
    </Stack>
  );
}
