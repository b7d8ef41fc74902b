import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconCalendarMonth,
  IconChevronLeft,
  IconChevronRight,
  IconFilterOff,
  IconTimeline,
} from '@tabler/icons-react';
import type { ActivityKind, ActivityStatus } from '../../../../shared/contract/index.ts';
import { addMonths } from '../../../../shared/domain/periods.ts';
import { kindOptions, monthTitle, statusOptions } from './calendar-options.ts';
import { useCalendarStore, type CalendarView, type TimelineGrouping } from './calendar-store.ts';

const spans = [
  { value: '1', label: '1 month' },
  { value: '3', label: '3 months' },
  { value: '6', label: '6 months' },
  { value: '12', label: '12 months' },
];

export function CalendarToolbar({
  month,
  partnerOptions,
  onMonth,
}: {
  month: string;
  partnerOptions: { value: string; label: string }[];
  onMonth: (month: string | null) => void;
}) {
  const store = useCalendarStore();
  const months = store.view === 'timeline' ? store.timelineMonths : 1;
  const last = addMonths(month, months - 1);
  const title = months === 1 ? monthTitle(month) : `${monthTitle(month)} – ${monthTitle(last)}`;
  const filtered =
    store.partnerFilter.length + store.kindFilter.length + store.statusFilter.length > 0;

  return (
    <>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="xs" wrap="nowrap">
          <Tooltip label="Previous (Alt+←)">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label="Previous"
              onClick={() => onMonth(addMonths(month, -months))}
              data-testid="calendar-prev"
            >
              <IconChevronLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Today (T)">
            <Button variant="default" onClick={() => onMonth(null)} data-testid="calendar-today">
              Today
            </Button>
          </Tooltip>
          <Tooltip label="Next (Alt+→)">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label="Next"
              onClick={() => onMonth(addMonths(month, months))}
              data-testid="calendar-next"
            >
              <IconChevronRight size={18} />
            </ActionIcon>
          </Tooltip>
          <Title order={3} ml="xs" data-testid="calendar-period">
            {title}
          </Title>
        </Group>
        <Group gap="sm">
          {store.view === 'timeline' && (
            <>
              <SegmentedControl
                size="xs"
                value={store.grouping}
                onChange={(v) => store.setGrouping(v as TimelineGrouping)}
                data={[
                  { value: 'partner', label: 'By partner' },
                  { value: 'channel', label: 'By channel' },
                ]}
                data-testid="timeline-grouping"
              />
              <Select
                size="xs"
                w={110}
                data={spans}
                value={String(store.timelineMonths)}
                allowDeselect={false}
                onChange={(v) => store.setTimelineMonths(Number(v))}
                aria-label="Months shown"
              />
            </>
          )}
          <SegmentedControl
            value={store.view}
            onChange={(v) => store.setView(v as CalendarView)}
            data={[
              {
                value: 'month',
                label: (
                  <Group gap={6} wrap="nowrap">
                    <IconCalendarMonth size={16} /> Month
                  </Group>
                ),
              },
              {
                value: 'timeline',
                label: (
                  <Group gap={6} wrap="nowrap">
                    <IconTimeline size={16} /> Timeline
                  </Group>
                ),
              },
            ]}
            data-testid="calendar-view"
          />
        </Group>
      </Group>
      <Group gap="sm" align="flex-end">
        <MultiSelect
          placeholder={store.partnerFilter.length ? undefined : 'All partners'}
          aria-label="Filter by partner"
          data={partnerOptions}
          value={store.partnerFilter.map(String)}
          onChange={(ids) => store.setPartnerFilter(ids.map(Number))}
          searchable
          clearable
          w={260}
          data-testid="filter-partners"
        />
        <MultiSelect
          placeholder={store.kindFilter.length ? undefined : 'All kinds'}
          aria-label="Filter by kind"
          data={kindOptions}
          value={store.kindFilter}
          onChange={(kinds) => store.setKindFilter(kinds as ActivityKind[])}
          clearable
          w={260}
          data-testid="filter-kinds"
        />
        <MultiSelect
          placeholder={store.statusFilter.length ? undefined : 'All statuses'}
          aria-label="Filter by status"
          data={statusOptions}
          value={store.statusFilter}
          onChange={(statuses) => store.setStatusFilter(statuses as ActivityStatus[])}
          clearable
          w={220}
          data-testid="filter-statuses"
        />
        {filtered && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} />}
            onClick={store.clearFilters}
            data-testid="clear-filters"
          >
            Clear filters
          </Button>
        )}
      </Group>
    </>
  );
}
