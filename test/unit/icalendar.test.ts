import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  activitiesToIcs,
  activityUid,
  escapeIcsText,
  foldIcsLine,
  icsProductId,
  type IcsActivity,
  type IcsOptions,
} from '../../shared/domain/icalendar.ts';

const options: IcsOptions = {
  workbookId: 'wb-3f2a',
  dtstamp: '2026-03-01T09:30:15.123Z',
};

const activity = (overrides: Partial<IcsActivity> & { id: number }): IcsActivity => ({
  title: `Activity ${overrides.id}`,
  kind: 'Joint webinar',
  startDate: '2026-03-10',
  endDate: '2026-03-10',
  status: 'planned',
  ...overrides,
});

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

function events(text: string): ICAL.Component[] {
  return parse(text).getAllSubcomponents('vevent');
}

const octets = (line: string): number => new TextEncoder().encode(line).length;

const isAllowedTextChar = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return code === 9 || (code >= 0x20 && code !== 0x7f);
};

describe('iCalendar export', () => {
  it('writes a publishable VCALENDAR with CRLF line endings', () => {
    const text = activitiesToIcs([activity({ id: 1 })], {
      ...options,
      calendarName: 'Joint calendar',
    });
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('prodid')).toBe(icsProductId);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Joint calendar');
  });

  it('writes one event per activity with a stable UID and the DTSTAMP given', () => {
    const list = [activity({ id: 1 }), activity({ id: 42, title: 'Renamed later' })];
    const first = activitiesToIcs(list, options);
    const again = activitiesToIcs(list, options);
    expect(again).toBe(first);
    const parsed = events(first);
    expect(parsed.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      'activity-1@wb-3f2a.partnership-workbook',
      'activity-42@wb-3f2a.partnership-workbook',
    ]);
    expect(activityUid(42, 'wb-3f2a')).toBe('activity-42@wb-3f2a.partnership-workbook');
    const renamed = activitiesToIcs([activity({ id: 42, title: 'New title' })], options);
    expect(events(renamed)[0]?.getFirstPropertyValue('uid')).toBe(activityUid(42, 'wb-3f2a'));
    expect(first).toContain('DTSTAMP:20260301T093015Z\r\n');
    expect(String(parsed[0]?.getFirstPropertyValue('dtstamp'))).toBe('2026-03-01T09:30:15Z');
  });

  it('writes all-day activities as dates ending the day after the inclusive end date', () => {
    const text = activitiesToIcs(
      [activity({ id: 1, startDate: '2026-02-27', endDate: '2026-02-28' })],
      options,
    );
    expect(text).toContain('DTSTART;VALUE=DATE:20260227\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20260301\r\n');
    const event = new ICAL.Event(events(text)[0]);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-02-27');
    expect(event.endDate.toString()).toBe('2026-03-01');
    expect(event.duration.toSeconds()).toBe(2 * 86_400);
  });

  it('writes timed activities as floating local times by default', () => {
    const text = activitiesToIcs(
      [activity({ id: 1, startTime: '09:00', endTime: '10:30' })],
      options,
    );
    expect(text).toContain('DTSTART:20260310T090000\r\n');
    expect(text).toContain('DTEND:20260310T103000\r\n');
    const event = new ICAL.Event(events(text)[0]);
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.zone?.tzid).toBe('floating');
    expect(event.duration.toSeconds()).toBe(90 * 60);
  });

  it('writes timed activities in UTC when asked', () => {
    const text = activitiesToIcs(
      [
        activity({
          id: 1,
          startDate: '2026-03-10',
          endDate: '2026-03-11',
          startTime: '22:00',
          endTime: '02:00',
        }),
      ],
      { ...options, timeMode: 'utc' },
    );
    const event = new ICAL.Event(events(text)[0]);
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.startDate.toString()).toBe('2026-03-10T22:00:00Z');
    expect(event.endDate.toString()).toBe('2026-03-11T02:00:00Z');
  });

  it('ends a multi-day activity without an end time at its start time, and a one-day one at once', () => {
    const multi = activitiesToIcs(
      [activity({ id: 1, startDate: '2026-03-10', endDate: '2026-03-12', startTime: '09:00' })],
      options,
    );
    expect(multi).toContain('DTEND:20260312T090000\r\n');
    const instant = activitiesToIcs([activity({ id: 2, startTime: '09:00' })], options);
    expect(instant).not.toContain('DTEND');
    expect(new ICAL.Event(events(instant)[0]).startDate.toString()).toBe('2026-03-10T09:00:00');
  });

  it('refuses activities that end before they start and malformed times or stamps', () => {
    expect(() =>
      activitiesToIcs(
        [activity({ id: 1, startDate: '2026-03-10', endDate: '2026-03-09' })],
        options,
      ),
    ).toThrow(RangeError);
    expect(() =>
      activitiesToIcs([activity({ id: 1, startTime: '10:00', endTime: '09:00' })], options),
    ).toThrow(RangeError);
    expect(() => activitiesToIcs([activity({ id: 1, startTime: '24:00' })], options)).toThrow(
      RangeError,
    );
    expect(() => activitiesToIcs([activity({ id: 1, startTime: '9:00' })], options)).toThrow(
      RangeError,
    );
    expect(() => activitiesToIcs([], { ...options, dtstamp: '2026-03-01 09:30' })).toThrow(
      RangeError,
    );
    expect(() => activitiesToIcs([], { ...options, dtstamp: '2026-02-30T09:30:00Z' })).toThrow(
      RangeError,
    );
  });

  it.each([
    ['planned', 'TENTATIVE'],
    ['confirmed', 'CONFIRMED'],
    ['done', 'CONFIRMED'],
    ['cancelled', 'CANCELLED'],
  ] as const)('maps status %s to %s', (status, expected) => {
    const text = activitiesToIcs([activity({ id: 1, status })], options);
    expect(events(text)[0]?.getFirstPropertyValue('status')).toBe(expected);
  });

  it('round-trips commas, semicolons, backslashes, newlines, emoji and right-to-left text', () => {
    const title = 'Webinar; Q2, EMEA \\ "Live" 🎉🤝 شراكة تسويقية';
    const description = 'Line one,\nline two; with \\ backslash\r\nلغة عربية 👩🏽‍💻\rend';
    const kind = 'Co-branded content, e-book';
    const text = activitiesToIcs([activity({ id: 7, title, description, kind })], options);
    const vevent = events(text)[0];
    expect(vevent?.getFirstPropertyValue('summary')).toBe(title);
    expect(vevent?.getFirstPropertyValue('description')).toBe(description.replace(/\r\n?/g, '\n'));
    expect(vevent?.getFirstProperty('categories')?.getValues()).toEqual([kind]);
    expect(text).toContain('SUMMARY:Webinar\\; Q2\\, EMEA \\\\ "Live"');
  });

  it('leaves out an empty description and kind and trims the title', () => {
    const text = activitiesToIcs(
      [activity({ id: 1, title: '  Launch  ', description: ' ', kind: '' })],
      options,
    );
    expect(text).not.toContain('DESCRIPTION');
    expect(text).not.toContain('CATEGORIES');
    expect(events(text)[0]?.getFirstPropertyValue('summary')).toBe('Launch');
  });

  it('folds very long lines at 75 octets without splitting characters, and unfolds to the same text', () => {
    const description = `${'Partnership '.repeat(40)}${'é🎉'.repeat(60)}${'ش'.repeat(90)}`;
    const text = activitiesToIcs([activity({ id: 1, description })], options);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    expect(events(text)[0]?.getFirstPropertyValue('description')).toBe(description);
  });
});

describe('TEXT escaping and line folding', () => {
  it('escapes backslash, semicolon, comma and line breaks and drops other control characters', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeIcsText('tab\there\u0000\u0007\u007f')).toBe('tab\there');
    expect(escapeIcsText('colon: fine "quotes"')).toBe('colon: fine "quotes"');
  });

  it('keeps short lines as they are', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldIcsLine(line)).toBe(line);
    expect(foldIcsLine(`${line}y`)).toBe(`${line}\r\n y`);
  });

  it('never splits a four-byte character across the fold', () => {
    const line = `SUMMARY:${'a'.repeat(66)}🎉b`;
    expect(foldIcsLine(line)).toBe(`SUMMARY:${'a'.repeat(66)}\r\n 🎉b`);
  });

  it('folds any text into lines of at most 75 octets that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (value) => {
        const line = `DESCRIPTION:${value}`;
        const folded = foldIcsLine(line);
        for (const physical of folded.split('\r\n'))
          expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(folded.replaceAll('\r\n ', '')).toBe(line);
      }),
    );
  });

  it('round-trips any summary through ical.js', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }), (value) => {
        const title = value.trim();
        fc.pre(title.length > 0 && [...title].every(isAllowedTextChar));
        const text = activitiesToIcs([activity({ id: 1, title })], options);
        expect(events(text)[0]?.getFirstPropertyValue('summary')).toBe(title);
      }),
      { numRuns: 200 },
    );
  });
});
