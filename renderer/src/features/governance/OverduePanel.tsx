import { Badge, Group, Paper, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockExclamation } from '@tabler/icons-react';
import type { ActionItem, OverdueReport } from '../../../../shared/contract/index.ts';
import { daysFrom, formatDate, plural } from './governance-format.ts';

interface OverduePanelProps {
  report: OverdueReport | undefined;
  showPartner: boolean;
  onOpenAction: (action: ActionItem) => void;
}

const shownPerList = 6;

/** Missed commitments first: actions past their due date and risk reviews that did not happen. */
export function OverduePanel({ report, showPartner, onOpenAction }: OverduePanelProps) {
  const actions = report?.actions ?? [];
  const reviews = report?.riskReviews ?? [];
  const total = actions.length + reviews.length;
  return (
    <Paper withBorder p="md" data-testid="overdue-panel" h="100%">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <ThemeIcon color={total ? 'red' : 'teal'} variant="light">
            <IconClockExclamation size={18} />
          </ThemeIcon>
          <Title order={5}>Overdue</Title>
        </Group>
        {total > 0 && (
          <Badge color="red" data-testid="overdue-count">
            {total}
          </Badge>
        )}
      </Group>
      {report && total === 0 && (
        <Group gap="xs" c="teal">
          <IconCircleCheck size={16} />
          <Text size="sm">Nothing overdue: every action and risk review is on time.</Text>
        </Group>
      )}
      <Stack gap={6}>
        {actions.slice(0, shownPerList).map((a) => (
          <UnstyledButton
            key={`a${a.id}`}
            onClick={() => onOpenAction(a)}
            data-testid="overdue-action"
            className="pwb-action-card"
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500} truncate>
                  {a.title}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {[a.owner || 'No owner', showPartner ? (a.partnerName ?? 'Program') : null]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </div>
              <Badge color="red" variant="light" style={{ flexShrink: 0 }}>
                {a.dueDate && report
                  ? `${plural(daysFrom(a.dueDate, report.today), 'day')} late`
                  : ''}
              </Badge>
            </Group>
          </UnstyledButton>
        ))}
        {actions.length > shownPerList && (
          <Text size="xs" c="dimmed">
            and {plural(actions.length - shownPerList, 'more action')}
          </Text>
        )}
        {reviews.slice(0, shownPerList).map((r) => (
          <Group
            key={`r${r.id}`}
            justify="space-between"
            wrap="nowrap"
            gap="xs"
            data-testid="overdue-review"
          >
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
              <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" />
              <div style={{ minWidth: 0 }}>
                <Text size="sm" truncate>
                  Review: {r.title}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {[r.owner || 'No owner', showPartner ? (r.partnerName ?? 'Program') : null]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </div>
            </Group>
            <Text size="xs" c="red" style={{ flexShrink: 0 }}>
              due {formatDate(r.nextReviewDate)}
            </Text>
          </Group>
        ))}
        {reviews.length > shownPerList && (
          <Text size="xs" c="dimmed">
            and {plural(reviews.length - shownPerList, 'more risk review')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
