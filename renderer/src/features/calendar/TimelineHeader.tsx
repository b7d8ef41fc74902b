import { Text } from '@mantine/core';
import {
  addDays,
  addMonths,
  firstDayOfMonth,
  isoWeekday,
  monthsBetween,
  type IsoDate,
} from '../../../../shared/domain/periods.ts';
import { shortDate, shortMonth } from './calendar-options.ts';

export const timelineLabelWidth = 190;

/** Month names over week ticks (Mondays); ticks shorten to day numbers when weeks are narrow. */
export function TimelineHeader({
  firstMonth,
  months,
  dayWidth,
  x,
  rangeStart,
  dayCount,
}: {
  firstMonth: string;
  months: number;
  dayWidth: number;
  x: (date: IsoDate) => number;
  rangeStart: IsoDate;
  dayCount: number;
}) {
  const mondays = Array.from({ length: dayCount }, (_, i) => addDays(rangeStart, i)).filter(
    (day) => isoWeekday(day) === 1,
  );
  return (
    <div className="pwb-timeline-row" style={{ height: 48 }}>
      <div className="pwb-timeline-label" style={{ width: timelineLabelWidth }}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {months === 1 ? 'Week of' : 'Month / week'}
        </Text>
      </div>
      <div style={{ position: 'relative', width: dayWidth * dayCount }}>
        {monthsBetween(firstMonth, addMonths(firstMonth, months - 1)).map((m) => (
          <Text
            key={m}
            size="xs"
            fw={700}
            style={{ position: 'absolute', top: 6, left: x(firstDayOfMonth(m)) + 6 }}
          >
            {shortMonth(m)} {m.slice(0, 4)}
          </Text>
        ))}
        {mondays.map((monday) => (
          <Text
            key={monday}
            size="10px"
            c="dimmed"
            style={{
              position: 'absolute',
              top: 27,
              left: x(monday) + 2,
              whiteSpace: 'nowrap',
              borderLeft: '1px solid var(--mantine-color-default-border)',
              paddingLeft: 3,
            }}
          >
            {dayWidth * 7 >= 44 ? shortDate(monday) : Number(monday.slice(8))}
          </Text>
        ))}
      </div>
    </div>
  );
}
