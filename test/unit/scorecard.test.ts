import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attainment,
  attainmentCap,
  computeScorecard,
  defaultScorecardCriteria,
  weightedMeanOfPresent,
} from '../../shared/domain/scorecard.ts';
import type { ScorecardCriterion } from '../../shared/domain/scorecard.ts';

const criterion = (overrides: Partial<ScorecardCriterion> = {}): ScorecardCriterion => ({
  key: 'leads',
  label: 'Leads',
  weight: 1,
  target: 100,
  direction: 'higher',
  unit: 'leads',
  ...overrides,
});

describe('attainment', () => {
  it('is actual over target when higher is better', () => {
    expect(attainment(80, 100, 'higher')).toBe(0.8);
    expect(attainment(100, 100, 'higher')).toBe(1);
  });

  it('is target over actual when lower is better', () => {
    expect(attainment(50, 40, 'lower')).toBe(0.8);
    expect(attainment(40, 40, 'lower')).toBe(1);
  });

  it('is capped at 150 % either way', () => {
    expect(attainment(1_000, 100, 'higher')).toBe(attainmentCap);
    expect(attainment(150, 100, 'higher')).toBe(1.5);
    expect(attainment(151, 100, 'higher')).toBe(1.5);
    expect(attainment(1, 100, 'lower')).toBe(1.5);
  });

  it('gives the cap to an actual of 0 when lower is better', () => {
    expect(attainment(0, 5, 'lower')).toBe(1.5);
    expect(attainment(-3, 5, 'lower')).toBe(1.5);
  });

  it('never goes below 0 (negative growth against a growth target)', () => {
    expect(attainment(-5, 10, 'higher')).toBe(0);
  });

  it('compares against a zero target instead of dividing by it', () => {
    expect(attainment(0, 0, 'higher')).toBe(1);
    expect(attainment(3, 0, 'higher')).toBe(1.5);
    expect(attainment(-1, 0, 'higher')).toBe(0);
    expect(attainment(0, 0, 'lower')).toBe(1);
    expect(attainment(2, 0, 'lower')).toBe(0);
    expect(attainment(-2, 0, 'lower')).toBe(1.5);
  });

  it('has no value for numbers that are not finite', () => {
    expect(attainment(Number.NaN, 10, 'higher')).toBeNull();
    expect(attainment(10, Number.POSITIVE_INFINITY, 'higher')).toBeNull();
  });

  it('stays within 0..1.5 for any finite input', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
        fc.constantFrom('higher' as const, 'lower' as const),
        (actual, target, direction) => {
          const value = attainment(actual, target, direction);
          expect(value).not.toBeNull();
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1.5);
        },
      ),
    );
  });
});

describe('weightedMeanOfPresent', () => {
  it('leaves out entries without a value or without a positive weight', () => {
    expect(
      weightedMeanOfPresent([
        { weight: 3, value: 1 },
        { weight: 1, value: 0 },
        { weight: 5, value: null },
        { weight: 0, value: 100 },
        { weight: -2, value: 100 },
      ]),
    ).toBe(0.75);
  });

  it('is null when nothing has a value', () => {
    expect(weightedMeanOfPresent([{ weight: 1, value: null }])).toBeNull();
    expect(weightedMeanOfPresent([])).toBeNull();
  });
});

describe('computeScorecard', () => {
  const criteria = [
    criterion({ key: 'a', weight: 3, target: 100 }),
    criterion({ key: 'b', weight: 1, target: 10, direction: 'lower' }),
  ];

  it('is the weighted mean attainment × 100', () => {
    const result = computeScorecard(criteria, { a: 100, b: 20 });
    expect(result.score).toBe(87.5);
    expect(result.missing).toEqual([]);
    expect(result.weightUsed).toBe(4);
    expect(result.weightTotal).toBe(4);
  });

  it('reads 100 when every criterion is exactly on target and 150 at most', () => {
    expect(computeScorecard(criteria, { a: 100, b: 10 }).score).toBe(100);
    expect(computeScorecard(criteria, { a: 10_000, b: 0 }).score).toBe(150);
  });

  it('leaves a criterion without data out of the weights instead of counting it as zero', () => {
    const result = computeScorecard(criteria, { a: 80 });
    expect(result.score).toBe(80);
    expect(result.missing).toEqual(['b']);
    expect(result.weightUsed).toBe(3);
    expect(result.criteria[1]).toMatchObject({
      key: 'b',
      actual: null,
      attainment: null,
      missing: true,
    });
  });

  it('treats null, undefined and non-finite actuals as missing', () => {
    const result = computeScorecard(criteria, { a: Number.NaN, b: null });
    expect(result.score).toBeNull();
    expect(result.missing).toEqual(['a', 'b']);
  });

  it('has no score when there is no data at all', () => {
    expect(computeScorecard(defaultScorecardCriteria, {}).score).toBeNull();
  });

  it('counts an actual of zero as data (0 % attainment)', () => {
    expect(computeScorecard(criteria, { a: 0 }).score).toBe(0);
  });

  it('rounds away floating-point noise so tiers do not flip', () => {
    const thirds = [criterion({ key: 'x', target: 3 })];
    expect(computeScorecard(thirds, { x: 1.71 }).score).toBe(57);
  });

  it('scores the default criteria of SPEC M11', () => {
    expect(defaultScorecardCriteria.map((c) => c.key)).toEqual([
      'revenue_growth',
      'qualified_leads',
      'enablement_completion',
      'compliance',
      'customer_satisfaction',
    ]);
    expect(defaultScorecardCriteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
    const result = computeScorecard(defaultScorecardCriteria, {
      revenue_growth: 10,
      qualified_leads: 20,
      enablement_completion: 80,
      compliance: 100,
      customer_satisfaction: 4.5,
    });
    expect(result.score).toBe(100);
  });

  it('stays within 0..150 for any actuals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), {
          minLength: 5,
          maxLength: 5,
        }),
        (values) => {
          const actuals = Object.fromEntries(
            defaultScorecardCriteria.map((c, i) => [c.key, values[i] ?? null]),
          );
          const { score } = computeScorecard(defaultScorecardCriteria, actuals);
          if (values.every((v) => v === null)) expect(score).toBeNull();
          else {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(150);
          }
        },
      ),
    );
  });
});
