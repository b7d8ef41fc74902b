import {
  DndContext,
  PointerSensor,
  useDraggable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type Modifier,
} from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { Paper, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useMemo } from 'react';
import type { Activity } from '../../../../shared/contract/index.ts';
import {
  addDays,
  addMonths,
  daysBetween,
  firstDayOfMonth,
  isoWeekday,
  lastDayOfMonth,
  monthsBetween,
  type IsoDate,
} from '../../../../shared/domain/periods.ts';
import { ActivityChip } from './ActivityChip.tsx';
import { TimelineHeader, timelineLabelWidth as labelWidth } from './TimelineHeader.tsx';
import { assignLanes } from './calendar-layout.ts';
import { dateSpan, todayIso } from './calendar-options.ts';
import type { TimelineGrouping } from './calendar-store.ts';
import type { CalendarViewProps } from './MonthView.tsx';

const laneHeight = 26;
const minDayWidth = 8;

/** Roughly how wide a title is at 12 px, plus the bar's padding and warning icon. */
const titleWidth = (title: string) => title.length * 6.6 + 30;

/** Dragging in the timeline only changes dates, so the bar moves sideways only. */
const horizontalOnly: Modifier = ({ transform }) => ({ ...transform, y: 0 });

interface TimelineRow {
  key: string;
  label: string;
  partnerId?: number;
  channel?: string;
  activities: Activity[];
}

function groupRows(
  activities: Activity[],
  grouping: TimelineGrouping,
  partnerNames: ReadonlyMap<number, string>,
): TimelineRow[] {
  const rows = new Map<string, TimelineRow>();
  const add = (key: string, row: Omit<TimelineRow, 'activities'>, activity: Activity) => {
    const existing = rows.get(key);
    if (existing) existing.activities.push(activity);
    else rows.set(key, { ...row, activities: [activity] });
  };
  for (const activity of activities) {
    if (grouping === 'partner') {
      if (activity.partnerIds.length === 0)
        add('none', { key: 'none', label: 'No partner' }, activity);
      for (const id of activity.partnerIds) {
        const label = partnerNames.get(id) ?? `Partner ${id}`;
        add(`p${id}`, { key: `p${id}`, label, partnerId: id }, activity);
      }
    } else {
      const channel = activity.channel.trim();
      const key = channel.toLowerCase() || '~none';
      add(key, { key, label: channel || 'No channel', channel }, activity);
    }
  }
  return [...rows.values()].sort((a, b) => a.label.localeCompare(b.label));
}

export function TimelineView({
  firstMonth,
  months,
  grouping,
  partnerNames,
  activities,
  conflicts,
  onCreate,
  onOpen,
  onMove,
}: CalendarViewProps & {
  firstMonth: string;
  months: number;
  grouping: TimelineGrouping;
  partnerNames: ReadonlyMap<number, string>;
}) {
  const { ref, width } = useElementSize<HTMLDivElement>();
  const rangeStart = firstDayOfMonth(firstMonth);
  const rangeEnd = lastDayOfMonth(addMonths(firstMonth, months - 1));
  const dayCount = daysBetween(rangeStart, rangeEnd) + 1;
  const dayWidth = Math.max(minDayWidth, (Math.max(width, 600) - labelWidth - 2) / dayCount);
  const trackWidth = dayWidth * dayCount;
  const rows = useMemo(
    () => groupRows(activities, grouping, partnerNames),
    [activities, grouping, partnerNames],
  );
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const x = (date: IsoDate) => daysBetween(rangeStart, date) * dayWidth;
  const barWidth = (a: Activity) => (daysBetween(a.startDate, a.endDate) + 1) * dayWidth - 2;
  const today = todayIso();

  const end = (event: DragEndEvent) => {
    const id = Number(String(event.active.id).split(':')[1]);
    const activity = activities.find((a) => a.id === id);
    const shift = Math.round(event.delta.x / dayWidth);
    if (activity && shift !== 0) onMove(activity.id, addDays(activity.startDate, shift));
  };

  const background = (
    <>
      {Array.from({ length: dayCount }, (_, i) => addDays(rangeStart, i))
        .filter((day) => isoWeekday(day) >= 6)
        .map((day) => (
          <div key={day} className="pwb-weekend" style={{ left: x(day), width: dayWidth }} />
        ))}
      {monthsBetween(firstMonth, addMonths(firstMonth, months - 1)).map((m) => (
        <div key={m} className="pwb-gridline" style={{ left: x(firstDayOfMonth(m)) }} />
      ))}
      {today >= rangeStart && today <= rangeEnd && (
        <div className="pwb-today-line" style={{ left: x(today) + dayWidth / 2 }} />
      )}
    </>
  );

  return (
    <Paper withBorder ref={ref} className="pwb-timeline" data-testid="timeline-view">
      <div style={{ width: labelWidth + trackWidth }}>
        <TimelineHeader
          firstMonth={firstMonth}
          months={months}
          dayWidth={dayWidth}
          x={x}
          rangeStart={rangeStart}
          dayCount={dayCount}
        />
        <DndContext sensors={sensors} modifiers={[horizontalOnly]} onDragEnd={end}>
          {rows.length === 0 && (
            <Text c="dimmed" size="sm" p="lg" ta="center">
              Nothing scheduled in these months. Click a day in the month view, or use “New
              activity”.
            </Text>
          )}
          {rows.map((row) => {
            const placed = assignLanes(row.activities, (item) => {
              const room = barWidth(item) - titleWidth(item.title);
              return room >= 0
                ? item.endDate
                : addDays(item.endDate, Math.ceil(-room / dayWidth) + 1);
            });
            const lanes = Math.max(1, ...placed.map((p) => p.lane + 1));
            return (
              <div className="pwb-timeline-row" key={row.key} data-testid="timeline-row">
                <div className="pwb-timeline-label" style={{ width: labelWidth }}>
                  <Text size="sm" fw={550} truncate>
                    {row.label}
                  </Text>
                </div>
                <div
                  className="pwb-timeline-track"
                  style={{ width: trackWidth, height: lanes * laneHeight + 10 }}
                  role="presentation"
                  onClick={(event) => {
                    const left = event.currentTarget.getBoundingClientRect().left;
                    const day = Math.floor((event.clientX - left) / dayWidth);
                    onCreate({
                      startDate: addDays(rangeStart, Math.min(dayCount - 1, Math.max(0, day))),
                      ...(row.partnerId ? { partnerIds: [row.partnerId] } : {}),
                      ...(row.channel ? { channel: row.channel } : {}),
                    });
                  }}
                >
                  {background}
                  {placed.map(({ item, lane }) => {
                    const from = item.startDate < rangeStart ? rangeStart : item.startDate;
                    const to = item.endDate > rangeEnd ? rangeEnd : item.endDate;
                    return (
                      <TimelineBar
                        key={item.id}
                        dragId={`${row.key}:${item.id}`}
                        activity={item}
                        conflicts={conflicts.get(item.id)?.length ?? 0}
                        left={x(from) + 1}
                        width={Math.max(dayWidth, (daysBetween(from, to) + 1) * dayWidth) - 2}
                        top={5 + lane * laneHeight}
                        continuesBefore={item.startDate < rangeStart}
                        continuesAfter={item.endDate > rangeEnd}
                        onOpen={onOpen}
                      />
                    );
                  })}
                </div>
              </div>
            );
          })}
        </DndContext>
      </div>
    </Paper>
  );
}

function TimelineBar({
  dragId,
  activity,
  conflicts,
  left,
  width,
  top,
  continuesBefore,
  continuesAfter,
  onOpen,
}: {
  dragId: string;
  activity: Activity;
  conflicts: number;
  left: number;
  width: number;
  top: number;
  continuesBefore: boolean;
  continuesAfter: boolean;
  onOpen: (id: number) => void;
}) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: dragId });
  const compact = width < titleWidth(activity.title);
  const moved = CSS.Translate.toString(transform);
  return (
    <>
      <ActivityChip
        ref={setNodeRef}
        activity={activity}
        conflicts={conflicts}
        continuesBefore={continuesBefore}
        continuesAfter={continuesAfter}
        {...attributes}
        {...listeners}
        aria-label={`${activity.title}, ${dateSpan(activity)}`}
        onClick={(event) => {
          event.stopPropagation();
          onOpen(activity.id);
        }}
        compact={compact}
        style={{
          left,
          width,
          top,
          transform: moved,
          zIndex: isDragging ? 3 : undefined,
          opacity: isDragging ? 0.85 : undefined,
          cursor: isDragging ? 'grabbing' : undefined,
          padding: compact ? '0 3px' : undefined,
        }}
      />
      {compact && (
        <span
          className="pwb-outside-label"
          aria-hidden
          style={{ left: left + width + 4, top, transform: moved }}
        >
          {activity.title}
        </span>
      )}
    </>
  );
}
