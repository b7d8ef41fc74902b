// RFC 5545 export of calendar activities. Output is deterministic: DTSTAMP is passed in and UIDs
// derive from ids, so re-exporting updates events in the reader's calendar instead of duplicating.
// Times 'HH:MM' are written as floating local times by default (an activity at 09:00 is at 09:00
// wherever the file is opened, which is how the workbook records it); `timeMode: 'utc'` writes
// them as UTC instead.
import type { ActivityStatus } from './calendar-conflicts.ts';
import { addDays, parseIsoDate, type IsoDate } from './periods.ts';

export const icsProductId = '-//Partnership Workbook//Joint marketing calendar//EN';

export type IcsEventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

export const icsStatusByActivityStatus: Readonly<Record<ActivityStatus, IcsEventStatus>> = {
  planned: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  done: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

export interface IcsActivity {
  id: number;
  title: string;
  /** Written to CATEGORIES; pass the kind's display label. Empty leaves it out. */
  kind: string;
  description?: string | null;
  startDate: IsoDate;
  /** Inclusive. */
  endDate: IsoDate;
  /** 'HH:MM'; when set the event is timed, otherwise it lasts whole days. */
  startTime?: string | null;
  endTime?: string | null;
  status: ActivityStatus;
}

export interface IcsOptions {
  workbookId: string;
  /** The export instant in UTC, as from `Date.prototype.toISOString()`. */
  dtstamp: string;
  timeMode?: 'floating' | 'utc';
  calendarName?: string;
}

const maxLineOctets = 75;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;
const instantPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;

export function activityUid(activityId: number, workbookId: string): string {
  return `activity-${activityId}@${workbookId}.partnership-workbook`;
}

/** TEXT value escaping (RFC 5545 §3.3.11); other control characters are not allowed and dropped. */
export function escapeIcsText(value: string): string {
  let kept = '';
  for (const char of value.replace(/\r\n|\r/g, '\n')) {
    const code = char.charCodeAt(0);
    if (char === '\n' || char === '\t' || (code >= 0x20 && code !== 0x7f)) kept += char;
  }
  return kept.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\n/g, '\\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (the leading space of a
 * continuation counts) and no character is split across lines (RFC 5545 §3.1).
 */
export function foldIcsLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = pieces.length === 0 ? maxLineOctets : maxLineOctets - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

function icsDate(date: IsoDate): string {
  parseIsoDate(date);
  return date.replaceAll('-', '');
}

function icsDateTime(date: IsoDate, time: string, utc: boolean): string {
  if (!timePattern.test(time)) throw new RangeError(`"${time}" is not a time (HH:MM)`);
  return `${icsDate(date)}T${time.replace(':', '')}00${utc ? 'Z' : ''}`;
}

function icsInstant(instant: string): string {
  const match = instantPattern.exec(instant);
  if (!match) throw new RangeError(`"${instant}" is not a UTC instant like 2026-03-01T09:30:00Z`);
  const [, year, month, day, hour, minute, second] = match;
  parseIsoDate(`${year}-${month}-${day}`);
  return `${year}${month}${day}T${hour}${minute}${second}Z`;
}

function eventTiming(activity: IcsActivity, utc: boolean): string[] {
  const { startDate, endDate, startTime, endTime, id } = activity;
  if (endDate < startDate) throw new RangeError(`Activity ${id} ends before it starts`);
  if (!startTime) {
    return [
      `DTSTART;VALUE=DATE:${icsDate(startDate)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(endDate, 1))}`,
    ];
  }
  const start = icsDateTime(startDate, startTime, utc);
  // Without an end time a one-day activity is an instant (RFC 5545 §3.6.1: no DTEND needed).
  const endClock = endTime || (endDate > startDate ? startTime : null);
  if (!endClock) return [`DTSTART:${start}`];
  const end = icsDateTime(endDate, endClock, utc);
  if (end <= start) throw new RangeError(`Activity ${id} ends before it starts`);
  return [`DTSTART:${start}`, `DTEND:${end}`];
}

function eventLines(activity: IcsActivity, options: IcsOptions, dtstamp: string): string[] {
  const description = activity.description?.trim();
  const kind = activity.kind.trim();
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(activityUid(activity.id, options.workbookId))}`,
    `DTSTAMP:${dtstamp}`,
    ...eventTiming(activity, options.timeMode === 'utc'),
    `SUMMARY:${escapeIcsText(activity.title.trim())}`,
    ...(description ? [`DESCRIPTION:${escapeIcsText(description)}`] : []),
    ...(kind ? [`CATEGORIES:${escapeIcsText(kind)}`] : []),
    `STATUS:${icsStatusByActivityStatus[activity.status]}`,
    'END:VEVENT',
  ];
}

/** A complete VCALENDAR with one VEVENT per activity, CRLF line endings, folded lines. */
export function activitiesToIcs(activities: readonly IcsActivity[], options: IcsOptions): string {
  const dtstamp = icsInstant(options.dtstamp);
  const name = options.calendarName?.trim();
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${icsProductId}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name ? [`X-WR-CALNAME:${escapeIcsText(name)}`] : []),
    ...activities.flatMap((activity) => eventLines(activity, options, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
