import { describe, expect, it } from 'vitest';
import {
  compareTier,
  defaultTierThresholds,
  scorecardSeries,
  scoreTrend,
  suggestTier,
} from '../../shared/domain/scorecard.ts';

describe('tiers', () => {
  it('suggests tiers at the default thresholds, boundaries included', () => {
    expect(defaultTierThresholds).toEqual({ platinum: 85, gold: 70, silver: 50 });
    expect(suggestTier(85)).toBe('platinum');
    expect(suggestTier(84.99)).toBe('gold');
    expect(suggestTier(70)).toBe('gold');
    expect(suggestTier(69.99)).toBe('silver');
    expect(suggestTier(50)).toBe('silver');
    expect(suggestTier(49.99)).toBe('registered');
    expect(suggestTier(0)).toBe('registered');
    expect(suggestTier(null)).toBeNull();
  });

  it('follows edited thresholds', () => {
    expect(suggestTier(80, { platinum: 80, gold: 60, silver: 40 })).toBe('platinum');
    expect(suggestTier(45, { platinum: 80, gold: 60, silver: 40 })).toBe('silver');
  });

  it('flags a mismatch between the suggested and the assigned tier', () => {
    expect(compareTier(90, 'Gold')).toEqual({
      suggested: 'platinum',
      assigned: 'Gold',
      mismatch: true,
    });
    expect(compareTier(75, ' gold ')).toEqual({
      suggested: 'gold',
      assigned: 'gold',
      mismatch: false,
    });
  });

  it('does not flag a mismatch when either side is unknown', () => {
    expect(compareTier(null, 'Gold').mismatch).toBe(false);
    expect(compareTier(90, '').mismatch).toBe(false);
    expect(compareTier(90, null)).toEqual({
      suggested: 'platinum',
      assigned: null,
      mismatch: false,
    });
  });
});

describe('scoreTrend', () => {
  it('goes up when scores rise beyond the tolerance', () => {
    const trend = scoreTrend([
      { period: '2026-03', score: 80 },
      { period: '2026-01', score: 60 },
      { period: '2026-02', score: 70 },
    ]);
    expect(trend.points.map((p) => p.period)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(trend.change).toBe(20);
    expect(trend.direction).toBe('up');
  });

  it('goes down when scores fall', () => {
    expect(
      scoreTrend([
        { period: '2026-01', score: 90 },
        { period: '2026-02', score: 80 },
      ]).direction,
    ).toBe('down');
  });

  it('is flat within the tolerance, boundary included', () => {
    const points = [
      { period: '2026-01', score: 70 },
      { period: '2026-02', score: 72 },
    ];
    expect(scoreTrend(points).direction).toBe('flat');
    expect(scoreTrend(points, 1.5).direction).toBe('up');
  });

  it('is not swung by one odd month in the middle', () => {
    const trend = scoreTrend([
      { period: '2026-01', score: 70 },
      { period: '2026-02', score: 20 },
      { period: '2026-03', score: 70 },
    ]);
    expect(trend.direction).toBe('flat');
  });

  it('skips periods without a score but keeps them in the points', () => {
    const trend = scoreTrend([
      { period: '2026-01', score: 50 },
      { period: '2026-02', score: null },
      { period: '2026-04', score: 65 },
    ]);
    expect(trend.points).toHaveLength(3);
    expect(trend.change).toBe(15);
    expect(trend.direction).toBe('up');
  });

  it('has no direction with fewer than two scores', () => {
    expect(scoreTrend([{ period: '2026-01', score: 50 }])).toMatchObject({
      change: null,
      direction: null,
    });
    expect(scoreTrend([]).direction).toBeNull();
  });

  it('builds a series from actuals per period', () => {
    const series = scorecardSeries(
      [{ key: 'a', label: 'A', weight: 1, target: 100, direction: 'higher', unit: '' }],
      {
        '2026-01': { a: 50 },
        '2026-02': {},
        '2026-03': { a: 90 },
      },
    );
    expect(series).toEqual([
      { period: '2026-01', score: 50 },
      { period: '2026-02', score: null },
      { period: '2026-03', score: 90 },
    ]);
    expect(scoreTrend(series).direction).toBe('up');
  });
});
