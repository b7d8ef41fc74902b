import { describe, expect, it } from 'vitest';
import {
  analyseBilateralCheck,
  bilateralHistory,
  compareBilateralChecks,
  healthPillars,
} from '../../shared/domain/bilateral-health-check.ts';
import type {
  BilateralHealthCheck,
  SideRatings,
} from '../../shared/domain/bilateral-health-check.ts';

const ratings = (scores: readonly number[]): SideRatings =>
  Object.fromEntries(
    healthPillars.map((p, i) => [p, { score: scores[i] ?? 3, rationale: `${p} because` }]),
  );

const check = (
  date: string,
  ours: readonly number[],
  theirs: readonly number[],
): BilateralHealthCheck => ({
  date,
  ours: ratings(ours),
  theirs: ratings(theirs),
});

describe('analyseBilateralCheck', () => {
  it('computes the gap per pillar and the average per side', () => {
    const result = analyseBilateralCheck(
      check('2026-03-01', [4, 3, 4, 4, 3, 4, 4], [4, 1, 4, 2, 4, 5, 4]),
    );
    expect(result.pillars.map((p) => p.gap)).toEqual([0, 2, 0, 2, -1, -1, 0]);
    expect(result.averageOurs).toBe(3.71);
    expect(result.averageTheirs).toBe(3.43);
    expect(result.pillars[1]).toMatchObject({
      pillar: 'governance',
      label: 'Governance',
      ours: 3,
      theirs: 1,
      oursRationale: 'governance because',
    });
  });

  it('flags pillars where the sides differ by 2 or more, and not by 1', () => {
    const result = analyseBilateralCheck(
      check('2026-03-01', [5, 3, 4, 1, 3, 3, 3], [3, 4, 4, 4, 3, 3, 3]),
    );
    expect(result.disagreements).toEqual(['purpose', 'incentives']);
    expect(result.pillars.find((p) => p.pillar === 'governance')?.disagree).toBe(false);
  });

  it('leaves pillars one side has not rated out of the gap and the average', () => {
    const result = analyseBilateralCheck({
      date: '2026-03-01',
      ours: { purpose: { score: 5, rationale: '' }, culture: { score: 2, rationale: '' } },
      theirs: { purpose: { score: 1, rationale: '' }, knowledge: null },
    });
    expect(result.averageOurs).toBe(3.5);
    expect(result.averageTheirs).toBe(1);
    expect(result.pillars.find((p) => p.pillar === 'culture')).toMatchObject({
      gap: null,
      disagree: false,
    });
    expect(result.disagreements).toEqual(['purpose']);
  });

  it('has no average for a side that rated nothing', () => {
    expect(
      analyseBilateralCheck({ date: '2026-03-01', ours: {}, theirs: {} }).averageOurs,
    ).toBeNull();
  });

  it('refuses a rating outside 1..5', () => {
    expect(() =>
      analyseBilateralCheck({
        date: '2026-03-01',
        ours: { purpose: { score: 6, rationale: '' } },
        theirs: {},
      }),
    ).toThrow(RangeError);
    expect(() =>
      analyseBilateralCheck({
        date: '2026-03-01',
        ours: {},
        theirs: { culture: { score: 2.5, rationale: '' } },
      }),
    ).toThrow(/partner/);
  });
});

describe('comparing checks over time', () => {
  const before = check('2026-01-15', [4, 4, 4, 4, 4, 4, 4], [2, 4, 4, 4, 4, 4, 4]);
  const after = check('2026-04-15', [4, 5, 4, 4, 4, 4, 4], [4, 4, 4, 2, 4, 4, 4]);

  it('reports per-pillar changes and which disagreements appeared or were resolved', () => {
    const result = compareBilateralChecks(before, after);
    expect(result.earlierDate).toBe('2026-01-15');
    expect(result.pillars[0]).toEqual({
      pillar: 'purpose',
      oursChange: 0,
      theirsChange: 2,
      gapChange: -2,
    });
    expect(result.pillars[1]).toMatchObject({ oursChange: 1, gapChange: 1 });
    expect(result.newDisagreements).toEqual(['incentives']);
    expect(result.resolvedDisagreements).toEqual(['purpose']);
    expect(result.averageOursChange).toBe(0.14);
    expect(result.averageTheirsChange).toBe(0);
  });

  it('does not depend on the order of the arguments', () => {
    expect(compareBilateralChecks(after, before)).toEqual(compareBilateralChecks(before, after));
  });

  it('keeps a history in date order', () => {
    const history = bilateralHistory([after, before]);
    expect(history.map((h) => h.date)).toEqual(['2026-01-15', '2026-04-15']);
    expect(history[1]?.disagreements).toEqual(['incentives']);
  });
});
