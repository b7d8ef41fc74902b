// Where bars go: pure functions over epoch days, shared by the month view and the timeline.
import {
  addDays,
  firstDayOfMonth,
  lastDayOfMonth,
  startOfIsoWeek,
  toEpochDay,
  type IsoDate,
  type MonthKey,
} from '../../../../shared/domain/periods.ts';

interface Dated {
  startDate: IsoDate;
  endDate: IsoDate;
}

/**
 * Greedy interval packing: each item takes the first lane that is free on its first day. An item
 * may claim more room than its dates (a label drawn after a short bar) through `occupiedUntil`.
 */
export function assignLanes<T extends Dated>(
  items: readonly T[],
  occupiedUntil: (item: T) => IsoDate = (item) => item.endDate,
): { item: T; lane: number }[] {
  const sorted = [...items].sort(
    (a, b) =>
      a.startDate.localeCompare(b.startDate) || toEpochDay(b.endDate) - toEpochDay(a.endDate),
  );
  const laneEnds: string[] = [];
  return sorted.map((item) => {
    let lane = laneEnds.findIndex((end) => end < item.startDate);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = occupiedUntil(item);
    return { item, lane };
  });
}

/** The Mondays of the weeks a month view shows: every week that holds a day of the month. */
export function monthWeekStarts(month: MonthKey): IsoDate[] {
  const last = lastDayOfMonth(month);
  const weeks: IsoDate[] = [];
  for (let monday = startOfIsoWeek(firstDayOfMonth(month)); monday <= last;) {
    weeks.push(monday);
    monday = addDays(monday, 7);
  }
  return weeks;
}

export interface WeekSegment<T> {
  item: T;
  /** 0 = Monday. */
  startCol: number;
  span: number;
  lane: number;
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export interface WeekLayout<T> {
  days: IsoDate[];
  segments: WeekSegment<T>[];
  /** Per day, how many bars did not fit in the visible lanes. */
  hiddenByDay: number[];
  laneCount: number;
}

export function layoutWeek<T extends Dated>(
  weekStart: IsoDate,
  items: readonly T[],
  maxLanes: number,
): WeekLayout<T> {
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const weekEnd = days[6] ?? weekStart;
  const inWeek = items.filter((a) => a.startDate <= weekEnd && a.endDate >= weekStart);
  const hiddenByDay = days.map(() => 0);
  const segments: WeekSegment<T>[] = [];
  let laneCount = 0;
  for (const { item, lane } of assignLanes(inWeek)) {
    const from = item.startDate < weekStart ? weekStart : item.startDate;
    const to = item.endDate > weekEnd ? weekEnd : item.endDate;
    const startCol = toEpochDay(from) - toEpochDay(weekStart);
    const span = toEpochDay(to) - toEpochDay(from) + 1;
    if (lane >= maxLanes) {
      for (let col = startCol; col < startCol + span; col += 1) {
        hiddenByDay[col] = (hiddenByDay[col] ?? 0) + 1;
      }
      continue;
    }
    laneCount = Math.max(laneCount, lane + 1);
    segments.push({
      item,
      startCol,
      span,
      lane,
      continuesBefore: item.startDate < weekStart,
      continuesAfter: item.endDate > weekEnd,
    });
  }
  return { days, segments, hiddenByDay, laneCount };
}
