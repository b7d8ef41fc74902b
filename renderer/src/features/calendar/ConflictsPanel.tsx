import {
  Badge,
  Group,
  Paper,
  ScrollArea,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  UnstyledButton,
} from '@mantine/core';
import { IconCircleCheck, IconCoins, IconStack2, IconUsers } from '@tabler/icons-react';
import type { CalendarConflictRecord } from '../../../../shared/contract/index.ts';
import {
  fiscalQuarterLabel,
  fiscalQuarterRange,
  type Quarter,
} from '../../../../shared/domain/periods.ts';
import { useRememberedChoice } from '../../stores/view-choices.ts';
import { shortDate } from './calendar-options.ts';

const kindInfo = {
  overlap: { label: 'Overlap', color: 'orange', icon: IconStack2 },
  'audience-overload': { label: 'Audience overload', color: 'yellow', icon: IconUsers },
  'budget-over-plan': { label: 'Over budget', color: 'red', icon: IconCoins },
} as const;

function when(conflict: CalendarConflictRecord): string {
  if (conflict.kind === 'budget-over-plan') {
    return fiscalQuarterLabel({
      fiscalYear: conflict.fiscalYear,
      quarter: conflict.quarter as Quarter,
    });
  }
  return conflict.startDate === conflict.endDate
    ? shortDate(conflict.startDate)
    : `${shortDate(conflict.startDate)} – ${shortDate(conflict.endDate)}`;
}

/** The dates a conflict covers; an over-budget one covers its fiscal quarter. */
function span(conflict: CalendarConflictRecord, fiscalYearStartMonth: number) {
  if (conflict.kind !== 'budget-over-plan') return conflict;
  const quarter = { fiscalYear: conflict.fiscalYear, quarter: conflict.quarter as Quarter };
  const { start, end } = fiscalQuarterRange(quarter, fiscalYearStartMonth);
  return { startDate: start, endDate: end };
}

/** A long list is cut here; the rest stays one click away in the calendar itself. */
const shownAtMost = 150;

/** The conflicts of the dates on screen (or all of them); choosing one opens its first activity. */
export function ConflictsPanel({
  conflicts: all,
  range,
  fiscalYearStartMonth,
  weeklyLimit,
  wide = false,
  onOpen,
}: {
  conflicts: CalendarConflictRecord[];
  range: { from: string; to: string };
  fiscalYearStartMonth: number;
  weeklyLimit: number;
  /** Under the timeline: the list runs in columns. */
  wide?: boolean;
  onOpen: (conflict: CalendarConflictRecord) => void;
}) {
  const [scope, setScope] = useRememberedChoice('calendar.conflictScope', 'view', ['view', 'all']);
  const inView = all.filter((conflict) => {
    const { startDate, endDate } = span(conflict, fiscalYearStartMonth);
    return startDate <= range.to && endDate >= range.from;
  });
  const conflicts = scope === 'view' ? inView : all;
  return (
    <Paper withBorder p="md" data-testid="conflicts-panel">
      <Group justify="space-between" mb="sm">
        <Text fw={650}>Conflicts</Text>
        <Badge
          color={conflicts.length ? 'orange' : 'teal'}
          variant="light"
          data-testid="conflict-count"
        >
          {conflicts.length}
        </Badge>
      </Group>
      {all.length > inView.length && (
        <SegmentedControl
          size="xs"
          fullWidth
          mb="sm"
          value={scope}
          onChange={(v) => setScope(v === 'all' ? 'all' : 'view')}
          data={[
            { value: 'view', label: `On screen (${inView.length})` },
            { value: 'all', label: `All dates (${all.length})` },
          ]}
          data-testid="conflict-scope"
        />
      )}
      {conflicts.length === 0 ? (
        <Stack align="center" gap={6} py="md">
          <ThemeIcon color="teal" variant="light" size="xl" radius="xl">
            <IconCircleCheck size={22} />
          </ThemeIcon>
          <Text size="sm" fw={600}>
            {scope === 'view' && all.length > 0 ? 'No conflicts on screen' : 'No conflicts'}
          </Text>
          <Text size="xs" c="dimmed" ta="center">
            Checked: overlapping activities on one channel and audience, more than {weeklyLimit} a
            week for one audience, and partner shares above their quarterly plan.
          </Text>
        </Stack>
      ) : (
        <ScrollArea.Autosize mah={wide ? 320 : 560} type="auto" offsetScrollbars>
          <SimpleGrid cols={wide ? { base: 1, md: 2, xl: 3 } : 1} spacing="xs">
            {conflicts.slice(0, shownAtMost).map((conflict) => {
              const info = kindInfo[conflict.kind];
              return (
                <UnstyledButton
                  key={`${conflict.kind}-${conflict.activityIds.join()}-${when(conflict)}`}
                  onClick={() => onOpen(conflict)}
                  className="pwb-action-card"
                  data-testid="conflict-item"
                  style={{
                    padding: 10,
                    borderRadius: 'var(--mantine-radius-md)',
                    border: '1px solid var(--mantine-color-default-border)',
                  }}
                >
                  <Group gap={8} mb={4} wrap="nowrap">
                    <ThemeIcon size="sm" variant="light" color={info.color}>
                      <info.icon size={14} />
                    </ThemeIcon>
                    <Text size="xs" fw={650} c={`${info.color}.8`}>
                      {info.label}
                    </Text>
                    <Text size="xs" c="dimmed" ml="auto">
                      {when(conflict)}
                    </Text>
                  </Group>
                  <Text size="xs">{conflict.message}</Text>
                </UnstyledButton>
              );
            })}
          </SimpleGrid>
          {conflicts.length > shownAtMost && (
            <Text size="xs" c="dimmed" mt="xs">
              and {conflicts.length - shownAtMost} more; narrow the dates or filters to see them.
            </Text>
          )}
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}
