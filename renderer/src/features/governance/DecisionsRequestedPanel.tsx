import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import type { DecisionRequest } from '../../../../shared/contract/index.ts';
import { formatDate } from './governance-format.ts';

interface DecisionsRequestedPanelProps {
  requests: readonly DecisionRequest[] | undefined;
  showPartner: boolean;
  onDecide: (request: DecisionRequest) => void;
}

/** What the owners need the steering committee to decide; the governance pack opens with these. */
export function DecisionsRequestedPanel({
  requests,
  showPartner,
  onDecide,
}: DecisionsRequestedPanelProps) {
  const list = requests ?? [];
  return (
    <Paper withBorder p="md" data-testid="decisions-requested" h="100%">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <ThemeIcon color="indigo" variant="light">
            <IconGavel size={18} />
          </ThemeIcon>
          <Title order={5}>Decisions requested</Title>
        </Group>
        {list.length > 0 && <Badge color="indigo">{list.length}</Badge>}
      </Group>
      {requests && list.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing waits for the committee. Flag an action or an open question “for decision” to put
          it on the next steering agenda.
        </Text>
      )}
      <Stack gap="xs">
        {list.map((r) => (
          <Group
            key={`${r.source}${r.id}`}
            justify="space-between"
            wrap="nowrap"
            align="flex-start"
            data-testid="decision-request"
          >
            <div style={{ minWidth: 0, flex: 1 }}>
              <Text size="sm" fw={500}>
                {r.question}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {[
                  r.source === 'action' ? `Action: ${r.detail}` : r.detail,
                  showPartner ? (r.partnerName ?? 'Program') : null,
                  `raised ${formatDate(r.raisedOn)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </div>
            <Button
              size="compact-xs"
              variant="light"
              color="indigo"
              style={{ flexShrink: 0 }}
              onClick={() => onDecide(r)}
            >
              Record decision
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
