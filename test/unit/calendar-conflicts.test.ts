import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectCalendarConflicts,
  findAudienceOverloads,
  findBudgetOverruns,
  findOverlaps,
  normalizeLabel,
  partnerSpendByQuarter,
  type CalendarActivity,
  type CalendarConflict,
  type ConflictOptions,
} from '../../shared/domain/calendar-conflicts.ts';
import { addDays, fromEpochDay, startOfIsoWeek, toEpochDay } from '../../shared/domain/periods.ts';

const activity = (overrides: Partial<CalendarActivity> & { id: number }): CalendarActivity => ({
  title: `Activity ${overrides.id}`,
  channel: 'Newsletter',
  audience: 'Finance leaders',
  startDate: '2026-03-02',
  endDate: '2026-03-02',
  partnerIds: [],
  budgetMinor: 0,
  splits: [],
  status: 'planned',
  ...overrides,
});

const ids = (conflicts: readonly { activityIds: number[] }[]): number[][] =>
  conflicts.map((c) => c.activityIds);

describe('overlapping activities on the same channel and audience', () => {
  it('flags a same-day end and start as an overlap because end dates are inclusive', () => {
    const conflicts = findOverlaps([
      activity({ id: 1, title: 'Spring webinar', startDate: '2026-03-02', endDate: '2026-03-05' }),
      activity({ id: 2, title: 'Launch email', startDate: '2026-03-05', endDate: '2026-03-06' }),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: 'overlap',
      activityIds: [1, 2],
      channel: 'Newsletter',
      audience: 'Finance leaders',
      startDate: '2026-03-02',
      endDate: '2026-03-06',
    });
    expect(conflicts[0]?.message).toContain('"Spring webinar" and "Launch email"');
    expect(conflicts[0]?.message).toContain('Newsletter');
  });

  it('does not flag back-to-back days', () => {
    expect(
      findOverlaps([
        activity({ id: 1, startDate: '2026-03-02', endDate: '2026-03-04' }),
        activity({ id: 2, startDate: '2026-03-05', endDate: '2026-03-06' }),
      ]),
    ).toEqual([]);
  });

  it('compares channel and audience without regard to case or spacing', () => {
    expect(normalizeLabel('  Finance \t leaders ')).toBe('finance leaders');
    const conflicts = findOverlaps([
      activity({ id: 1, channel: 'LinkedIn', audience: 'Finance leaders' }),
      activity({ id: 2, channel: ' linkedin ', audience: 'FINANCE   LEADERS' }),
    ]);
    expect(ids(conflicts)).toEqual([[1, 2]]);
  });

  it('ignores different channels, different audiences, cancelled and unlabelled activities', () => {
    expect(
      findOverlaps([
        activity({ id: 1 }),
        activity({ id: 2, channel: 'Webinar' }),
        activity({ id: 3, audience: 'Developers' }),
        activity({ id: 4, status: 'cancelled' }),
        activity({ id: 5, channel: '  ' }),
        activity({ id: 6, channel: ' ' }),
        activity({ id: 7, audience: '', channel: 'Webinar' }),
        activity({ id: 8, audience: '', channel: 'Webinar' }),
      ]),
    ).toEqual([]);
  });

  it('groups a chain of overlaps into one conflict and keeps separate chains apart', () => {
    const conflicts = findOverlaps([
      activity({ id: 3, title: 'C', startDate: '2026-03-06', endDate: '2026-03-08' }),
      activity({ id: 1, title: 'A', startDate: '2026-03-01', endDate: '2026-03-03' }),
      activity({ id: 2, title: 'B', startDate: '2026-03-03', endDate: '2026-03-06' }),
      activity({ id: 4, title: 'D', startDate: '2026-04-01', endDate: '2026-04-10' }),
      activity({ id: 5, title: 'E', startDate: '2026-04-03', endDate: '2026-04-03' }),
      activity({ id: 6, title: 'F', startDate: '2026-05-01', endDate: '2026-05-01' }),
    ]);
    expect(ids(conflicts)).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(conflicts[0]?.message).toContain('"A", "B" and 1 more');
    expect(conflicts[1]).toMatchObject({ startDate: '2026-04-01', endDate: '2026-04-10' });
  });

  it('counts a date range typed backwards as its start day only', () => {
    const conflicts = findOverlaps([
      activity({ id: 1, startDate: '2026-03-10', endDate: '2026-03-01' }),
      activity({ id: 2, startDate: '2026-03-05', endDate: '2026-03-05' }),
    ]);
    expect(conflicts).toEqual([]);
  });

  it('puts two activities in the same conflict exactly when a chain of overlaps links them', () => {
    const anyActivity = fc.record({
      start: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 0, max: 6 }),
      channel: fc.constantFrom('Email', 'email ', 'Social'),
      cancelled: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(anyActivity, { maxLength: 25 }), (specs) => {
        const base = toEpochDay('2026-01-01');
        const list = specs.map((spec, id) =>
          activity({
            id,
            channel: spec.channel,
            startDate: fromEpochDay(base + spec.start),
            endDate: fromEpochDay(base + spec.start + spec.length),
            status: spec.cancelled ? 'cancelled' : 'planned',
          }),
        );
        // Reference: union-find over every overlapping pair.
        const parent = list.map((_, i) => i);
        const root = (i: number): number => (parent[i] === i ? i : root(parent[i] ?? i));
        list.forEach((a, i) =>
          list.forEach((b, j) => {
            const live = a.status !== 'cancelled' && b.status !== 'cancelled';
            const same = normalizeLabel(a.channel) === normalizeLabel(b.channel);
            if (i < j && live && same && a.startDate <= b.endDate && b.startDate <= a.endDate) {
              parent[root(i)] = root(j);
            }
          }),
        );
        const expected = new Map<number, number[]>();
        list.forEach((_, i) => expected.set(root(i), [...(expected.get(root(i)) ?? []), i]));
        const expectedGroups = [...expected.values()].filter((g) => g.length > 1);
        const actualGroups = ids(findOverlaps(list)).map((g) => [...g].sort((a, b) => a - b));
        const key = (groups: number[][]): string[] => groups.map((g) => g.join(',')).sort();
        expect(key(actualGroups)).toEqual(key(expectedGroups));
      }),
    );
  });
});

describe('too many activities for one audience in one ISO week', () => {
  const week = (monday: string, count: number, extra: Partial<CalendarActivity> = {}) =>
    Array.from({ length: count }, (_, i) =>
      activity({
        id: i + 1,
        startDate: addDays(monday, i % 7),
        endDate: addDays(monday, i % 7),
        ...extra,
      }),
    );

  it('allows the limit and flags one more, whatever the channel', () => {
    expect(findAudienceOverloads(week('2026-03-02', 3), 3)).toEqual([]);
    const four = week('2026-03-02', 4).map((a, i) => ({ ...a, channel: `Channel ${i}` }));
    const conflicts = findAudienceOverloads(four, 3);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: 'audience-overload',
      audience: 'Finance leaders',
      activityIds: [1, 2, 3, 4],
      startDate: '2026-03-02',
      endDate: '2026-03-08',
      activityCount: 4,
      limit: 3,
    });
    expect(conflicts[0]?.message).toContain('week 2026-W10');
    expect(conflicts[0]?.message).toContain('allows 3 a week');
  });

  it('starts weeks on Monday: Sunday and the next Monday are different weeks', () => {
    const list = [
      activity({ id: 1, startDate: '2026-03-08', endDate: '2026-03-08' }),
      activity({ id: 2, startDate: '2026-03-08', endDate: '2026-03-08' }),
      activity({ id: 3, startDate: '2026-03-09', endDate: '2026-03-09' }),
      activity({ id: 4, startDate: '2026-03-09', endDate: '2026-03-09' }),
    ];
    expect(findAudienceOverloads(list, 2)).toEqual([]);
    expect(findAudienceOverloads(list, 1).map((c) => c.startDate)).toEqual([
      '2026-03-02',
      '2026-03-09',
    ]);
  });

  it('counts a long activity in every week it touches and merges identical weeks', () => {
    const list = [
      activity({ id: 1, startDate: '2026-03-04', endDate: '2026-03-25' }),
      activity({ id: 2, startDate: '2026-03-01', endDate: '2026-03-31' }),
      activity({ id: 3, startDate: '2026-03-16', endDate: '2026-03-16' }),
    ];
    const conflicts = findAudienceOverloads(list, 1);
    expect(conflicts.map((c) => [c.startDate, c.endDate, c.activityIds])).toEqual([
      ['2026-03-02', '2026-03-15', [1, 2]],
      ['2026-03-16', '2026-03-22', [1, 2, 3]],
      ['2026-03-23', '2026-03-29', [1, 2]],
    ]);
    expect(conflicts[0]?.message).toContain('every week from 2026-W10 to 2026-W11');
  });

  it('keeps audiences apart, ignores cancelled activities and rejects a bad limit', () => {
    const list = [
      ...week('2026-03-02', 2),
      ...week('2026-03-02', 2, { audience: 'Developers' }),
    ].map((a, i) => ({ ...a, id: i + 1 }));
    expect(findAudienceOverloads(list, 2)).toEqual([]);
    const cancelled = week('2026-03-02', 5, { status: 'cancelled' });
    expect(findAudienceOverloads(cancelled, 0)).toEqual([]);
    expect(() => findAudienceOverloads(list, -1)).toThrow(RangeError);
    expect(() => findAudienceOverloads(list, 1.5)).toThrow(RangeError);
  });

  it('agrees with counting every week one by one', () => {
    const anyActivity = fc.record({
      start: fc.integer({ min: 0, max: 60 }),
      length: fc.integer({ min: 0, max: 20 }),
      audience: fc.constantFrom('CFOs', 'cfos', 'Developers'),
    });
    fc.assert(
      fc.property(
        fc.array(anyActivity, { maxLength: 20 }),
        fc.integer({ min: 0, max: 3 }),
        (specs, limit) => {
          const base = toEpochDay('2026-01-01');
          const list = specs.map((spec, id) =>
            activity({
              id,
              audience: spec.audience,
              startDate: fromEpochDay(base + spec.start),
              endDate: fromEpochDay(base + spec.start + spec.length),
            }),
          );
          const expected = new Map<string, number[]>();
          for (const a of list) {
            for (let m = startOfIsoWeek(a.startDate); m <= a.endDate; m = addDays(m, 7)) {
              const key = `${normalizeLabel(a.audience)}|${m}`;
              expected.set(key, [...(expected.get(key) ?? []), a.id]);
            }
          }
          const actual = new Map<string, number[]>();
          for (const c of findAudienceOverloads(list, limit)) {
            expect(c.activityIds.length).toBeGreaterThan(limit);
            for (let m = c.startDate; m < c.endDate; m = addDays(m, 7)) {
              actual.set(`${normalizeLabel(c.audience)}|${m}`, c.activityIds);
            }
          }
          const overloaded = [...expected].filter(([, list]) => list.length > limit);
          expect(new Map(overloaded)).toEqual(actual);
        },
      ),
    );
  });
});

describe('partner spend over the quarterly plan', () => {
  const options: ConflictOptions = {
    fiscalYearStartMonth: 4,
    currency: 'USD',
    locale: 'en-US',
    partnerNames: new Map([[7, 'Acme']]),
    plans: [
      { partnerId: 7, fiscalYear: 2027, quarter: 1, budgetMinor: 1_000_000 },
      { partnerId: 8, fiscalYear: 2027, quarter: 1, budgetMinor: 5_000_000 },
    ],
  };
  const booth = (id: number, startDate: string, budgetMinor: number, percent = 40) =>
    activity({
      id,
      startDate,
      endDate: startDate,
      budgetMinor,
      partnerIds: [7],
      splits: [
        { party: 'ours', percent: 100 - percent },
        { party: 7, percent },
      ],
    });

  it('flags a partner whose share in a fiscal quarter exceeds its plan', () => {
    const conflicts = findBudgetOverruns(
      [
        booth(1, '2026-04-10', 2_000_000),
        booth(2, '2026-06-30', 1_000_000),
        booth(3, '2026-07-01', 9_000_000),
      ],
      options,
    );
    expect(conflicts).toEqual([
      expect.objectContaining({
        kind: 'budget-over-plan',
        partnerId: 7,
        fiscalYear: 2027,
        quarter: 1,
        plannedMinor: 1_000_000,
        spentMinor: 1_200_000,
        overByMinor: 200_000,
        activityIds: [1, 2],
      }),
    ]);
    expect(conflicts[0]?.message).toBe(
      "Acme's share of activity spend in FY2027 Q1 is $12,000.00, $2,000.00 more than the planned $10,000.00.",
    );
  });

  it('accepts spend equal to the plan and books an activity in the quarter it starts', () => {
    expect(findBudgetOverruns([booth(1, '2026-06-30', 2_500_000)], options)).toEqual([]);
    expect(findBudgetOverruns([booth(1, '2026-03-31', 9_000_000)], options)).toEqual([]);
  });

  it('ignores cancelled activities, our own share, unplanned quarters and unusable splits', () => {
    const list = [
      { ...booth(1, '2026-04-10', 9_000_000), status: 'cancelled' as const },
      booth(2, '2026-04-10', 9_000_000, 0),
      booth(3, '2026-10-10', 9_000_000),
      activity({
        id: 4,
        startDate: '2026-04-10',
        budgetMinor: 9_000_000,
        splits: [{ party: 7, percent: 90 }],
      }),
    ];
    expect(findBudgetOverruns(list, options)).toEqual([]);
  });

  it('names unknown partners by id and sums duplicate plans for one quarter', () => {
    const conflicts = findBudgetOverruns(
      [
        activity({
          id: 1,
          startDate: '2026-05-01',
          budgetMinor: 6_000_001,
          splits: [{ party: 8, percent: 100 }],
        }),
      ],
      {
        ...options,
        plans: [
          ...(options.plans ?? []),
          { partnerId: 8, fiscalYear: 2027, quarter: 1, budgetMinor: 1 },
        ],
      },
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ plannedMinor: 5_000_001, overByMinor: 1_000_000 });
    expect(conflicts[0]?.message).toMatch(/^Partner 8's share/);
  });

  it('combines every kind in one call', () => {
    const list = [
      booth(1, '2026-04-10', 3_000_000),
      booth(2, '2026-04-10', 0),
      booth(3, '2026-04-11', 0),
    ];
    const conflicts = detectCalendarConflicts(list, { ...options, weeklyLimitPerAudience: 2 });
    expect(conflicts.map((c) => c.kind)).toEqual([
      'overlap',
      'audience-overload',
      'budget-over-plan',
    ]);
  });
});

describe('performance', () => {
  it('checks 50,000 activities in well under two seconds', { timeout: 20_000 }, () => {
    let seed = 42;
    const next = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const base = toEpochDay('2025-01-01');
    const activities = Array.from({ length: 50_000 }, (_, id) => {
      const start = base + next(1_095);
      return activity({
        id,
        title: `Activity ${id}`,
        channel: ['Email', 'LinkedIn', 'Webinar', 'Events', 'Blog'][next(5)] ?? 'Email',
        audience: `Segment ${next(40)}`,
        startDate: fromEpochDay(start),
        endDate: fromEpochDay(start + next(10)),
        budgetMinor: next(5_000_000),
        partnerIds: [next(500)],
        splits: [
          { party: 'ours', percent: 60 },
          { party: next(500), percent: 40 },
        ],
        status: next(10) === 0 ? 'cancelled' : 'confirmed',
      });
    });
    const plans = Array.from({ length: 500 * 12 }, (_, i) => ({
      partnerId: i % 500,
      fiscalYear: 2025 + Math.floor(i / 2000),
      quarter: ((Math.floor(i / 500) % 4) + 1) as 1 | 2 | 3 | 4,
      budgetMinor: 1_000_000,
    }));
    const run = () =>
      detectCalendarConflicts(activities, {
        fiscalYearStartMonth: 1,
        currency: 'EUR',
        locale: 'en',
        weeklyLimitPerAudience: 3,
        plans,
      });
    // Best of two runs, so a busy CI machine or a garbage collection does not decide the result.
    const timings: number[] = [];
    let conflicts: CalendarConflict[] = [];
    for (let i = 0; i < 2; i += 1) {
      const started = performance.now();
      conflicts = run();
      timings.push(performance.now() - started);
    }
    const elapsed = Math.min(...timings);
    expect(conflicts.some((c) => c.kind === 'overlap')).toBe(true);
    expect(conflicts.some((c) => c.kind === 'audience-overload')).toBe(true);
    expect(conflicts.some((c) => c.kind === 'budget-over-plan')).toBe(true);
    expect(elapsed).toBeLessThan(2_000);
  });
});

describe('partner spend per fiscal quarter, planned or not', () => {
  const shared = (
    id: number,
    startDate: string,
    budgetMinor: number,
    status = 'planned' as const,
  ) =>
    activity({
      id,
      startDate,
      endDate: startDate,
      budgetMinor,
      status,
      partnerIds: [7, 8],
      splits: [
        { party: 'ours', percent: 50 },
        { party: 7, percent: 30 },
        { party: 8, percent: 20 },
      ],
    });

  it('books each partner share in the fiscal quarter of the start date', () => {
    const spend = partnerSpendByQuarter(
      [
        shared(1, '2026-04-01', 100_001),
        shared(2, '2026-06-30', 1_000),
        shared(3, '2026-03-31', 500),
      ],
      4,
    );
    expect(spend).toEqual([
      { partnerId: 7, fiscalYear: 2026, quarter: 4, spentMinor: 150, activityIds: [3] },
      { partnerId: 8, fiscalYear: 2026, quarter: 4, spentMinor: 100, activityIds: [3] },
      { partnerId: 7, fiscalYear: 2027, quarter: 1, spentMinor: 30_300, activityIds: [1, 2] },
      { partnerId: 8, fiscalYear: 2027, quarter: 1, spentMinor: 20_200, activityIds: [1, 2] },
    ]);
  });

  it('agrees with the budget check and leaves out cancelled activities and broken splits', () => {
    const list = [
      shared(1, '2026-05-04', 1_000_000),
      { ...shared(2, '2026-05-04', 9_000_000), status: 'cancelled' as const },
      activity({
        id: 3,
        startDate: '2026-05-04',
        budgetMinor: 9_000_000,
        splits: [{ party: 7, percent: 40 }],
      }),
    ];
    const spend = partnerSpendByQuarter(list, 1);
    expect(spend.map((s) => [s.partnerId, s.spentMinor])).toEqual([
      [7, 300_000],
      [8, 200_000],
    ]);
    const overruns = findBudgetOverruns(list, {
      fiscalYearStartMonth: 1,
      currency: 'EUR',
      plans: [{ partnerId: 7, fiscalYear: 2026, quarter: 2, budgetMinor: 299_999 }],
    });
    expect(overruns.map((o) => o.spentMinor)).toEqual([spend[0]?.spentMinor]);
  });
});
