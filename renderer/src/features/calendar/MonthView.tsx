import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { Anchor, Paper, Popover, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import type { Activity, CalendarConflictRecord } from '../../../../shared/contract/index.ts';
import { addDays, daysBetween, monthOf, type IsoDate } from '../../../../shared/domain/periods.ts';
import { ActivityChip } from './ActivityChip.tsx';
import { layoutWeek, monthWeekStarts, type WeekSegment } from './calendar-layout.ts';
import { dateSpan, shortDate, todayIso } from './calendar-options.ts';

const maxLanes = 4;
const laneHeight = 25;
const dayHeader = 30;
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export interface CalendarViewProps {
  activities: Activity[];
  conflicts: ReadonlyMap<number, CalendarConflictRecord[]>;
  onCreate: (defaults: { startDate: IsoDate; partnerIds?: number[]; channel?: string }) => void;
  onOpen: (id: number) => void;
  onMove: (id: number, startDate: IsoDate) => void;
}

/** The day under the pointer, read from the day cells' data-day attributes. */
function dayAt(x: number, y: number): IsoDate | null {
  for (const element of document.elementsFromPoint(x, y)) {
    const day = (element as HTMLElement).dataset.day;
    if (day) return day;
  }
  return null;
}

export function MonthView({
  month,
  activities,
  conflicts,
  onCreate,
  onOpen,
  onMove,
}: CalendarViewProps & { month: string }) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const [dragged, setDragged] = useState<Activity | null>(null);
  const grabDay = useRef<IsoDate | null>(null);
  const weeks = useMemo(
    () => monthWeekStarts(month).map((start) => layoutWeek(start, activities, maxLanes)),
    [month, activities],
  );

  const start = (event: DragStartEvent) => {
    const activity = activities.find((a) => a.id === event.active.id) ?? null;
    setDragged(activity);
    const pointer = event.activatorEvent as PointerEvent;
    grabDay.current = dayAt(pointer.clientX, pointer.clientY) ?? activity?.startDate ?? null;
  };
  const end = (event: DragEndEvent) => {
    setDragged(null);
    const target = event.over?.id;
    const activity = activities.find((a) => a.id === event.active.id);
    if (!activity || typeof target !== 'string' || !grabDay.current) return;
    const offset = daysBetween(grabDay.current, target.replace(/^day:/, ''));
    if (offset !== 0) onMove(activity.id, addDays(activity.startDate, offset));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={pointerWithin}
      onDragStart={start}
      onDragEnd={end}
      onDragCancel={() => setDragged(null)}
    >
      <Paper withBorder style={{ overflow: 'hidden' }} data-testid="month-view">
        <div className="pwb-month-head">
          {weekdays.map((day) => (
            <div key={day}>{day}</div>
          ))}
        </div>
        {weeks.map((week) => (
          <div
            key={week.days[0]}
            className="pwb-week"
            style={{ minHeight: Math.max(104, dayHeader + week.laneCount * laneHeight + 22) }}
          >
            {week.days.map((day, col) => (
              <DayCell
                key={day}
                day={day}
                outside={monthOf(day) !== month}
                hidden={week.hiddenByDay[col] ?? 0}
                activities={activities}
                onCreate={onCreate}
                onOpen={onOpen}
              />
            ))}
            <div className="pwb-week-bars">
              {week.segments.map((segment) => (
                <DraggableBar
                  key={segment.item.id}
                  segment={segment}
                  conflicts={conflicts.get(segment.item.id)?.length ?? 0}
                  dragging={dragged?.id === segment.item.id}
                  onOpen={onOpen}
                />
              ))}
            </div>
          </div>
        ))}
      </Paper>
      <DragOverlay dropAnimation={null}>
        {dragged && <ActivityChip activity={dragged} style={{ width: 180, cursor: 'grabbing' }} />}
      </DragOverlay>
    </DndContext>
  );
}

function DraggableBar({
  segment,
  conflicts,
  dragging,
  onOpen,
}: {
  segment: WeekSegment<Activity>;
  conflicts: number;
  dragging: boolean;
  onOpen: (id: number) => void;
}) {
  const { attributes, listeners, setNodeRef } = useDraggable({ id: segment.item.id });
  return (
    <ActivityChip
      ref={setNodeRef}
      activity={segment.item}
      conflicts={conflicts}
      continuesBefore={segment.continuesBefore}
      continuesAfter={segment.continuesAfter}
      dragging={dragging}
      {...attributes}
      {...listeners}
      aria-label={`${segment.item.title}, ${dateSpan(segment.item)}`}
      onClick={(event) => {
        event.stopPropagation();
        onOpen(segment.item.id);
      }}
      style={{
        top: dayHeader + segment.lane * laneHeight,
        left: `calc(${(segment.startCol / 7) * 100}% + 4px)`,
        width: `calc(${(segment.span / 7) * 100}% - 8px)`,
      }}
    />
  );
}

function DayCell({
  day,
  outside,
  hidden,
  activities,
  onCreate,
  onOpen,
}: {
  day: IsoDate;
  outside: boolean;
  hidden: number;
  activities: Activity[];
  onCreate: CalendarViewProps['onCreate'];
  onOpen: (id: number) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: `day:${day}` });
  const dayNumber = Number(day.slice(8));
  return (
    <div
      ref={setNodeRef}
      className="pwb-day"
      data-day={day}
      data-outside={outside ? 'true' : undefined}
      data-today={day === todayIso() ? 'true' : undefined}
      data-over={isOver ? 'true' : undefined}
      data-testid={`calendar-day-${day}`}
      role="button"
      tabIndex={0}
      aria-label={`Add an activity on ${shortDate(day)}`}
      onClick={() => onCreate({ startDate: day })}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onCreate({ startDate: day });
        }
      }}
    >
      <span className="pwb-day-number">{dayNumber}</span>
      {hidden > 0 && <MoreOnDay day={day} count={hidden} activities={activities} onOpen={onOpen} />}
    </div>
  );
}

function MoreOnDay({
  day,
  count,
  activities,
  onOpen,
}: {
  day: IsoDate;
  count: number;
  activities: Activity[];
  onOpen: (id: number) => void;
}) {
  const onDay = activities.filter((a) => a.startDate <= day && a.endDate >= day);
  return (
    <Popover width={260} position="bottom-start" shadow="md" withinPortal>
      <Popover.Target>
        <Anchor
          component="button"
          type="button"
          size="xs"
          fw={600}
          className="pwb-more"
          onClick={(event) => event.stopPropagation()}
        >
          +{count} more
        </Anchor>
      </Popover.Target>
      <Popover.Dropdown onClick={(event) => event.stopPropagation()}>
        <Text size="xs" c="dimmed" mb={6}>
          {shortDate(day)}: {onDay.length} activities
        </Text>
        <Stack gap={4}>
          {onDay.map((activity) => (
            <ActivityChip
              key={activity.id}
              activity={activity}
              onClick={() => onOpen(activity.id)}
            />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
