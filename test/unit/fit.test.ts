import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeFit,
  defaultFitWeights,
  effectiveFitScore,
  fitCriterionKeys,
  fitCriterionText,
  fitRedFlagKeys,
  fitRedFlagText,
  formatFitScore,
  verdictForScore,
  type FitCriterionKey,
  type FitScores,
} from '../../shared/domain/fit.ts';

const allScored = (value: number): FitScores =>
  Object.fromEntries(
    fitCriterionKeys.map((key) => [key, key === 'channelConflictRisk' ? 6 - value : value]),
  );

const anyScores = fc.record(
  Object.fromEntries(
    fitCriterionKeys.map((key) => [key, fc.option(fc.integer({ min: 1, max: 5 }), { nil: null })]),
  ) as Record<FitCriterionKey, fc.Arbitrary<number | null>>,
);

describe('partner fit score', () => {
  it('is 0 when every criterion is as poor as it gets and 100 when every one is ideal', () => {
    expect(computeFit({ scores: allScored(1) }).score).toBe(0);
    expect(computeFit({ scores: allScored(5) }).score).toBe(100);
    expect(computeFit({ scores: allScored(3) }).score).toBe(50);
  });

  it('follows Σ w·(s−1)/4 ÷ Σ w × 100 with the default weights', () => {
    const scores: FitScores = {
      complementary: 5,
      sharedAudience: 4,
      customerIntent: 3,
      brandValues: 4,
      strategicFit: 2,
      resourceCommitment: 3,
      channelConflictRisk: 2,
    };
    // Effective conflict score is 6 − 2 = 4. Weighted (s−1): 3·4 + 3·3 + 2·2 + 2·3 + 2·1 + 1·2 + 1·3 = 38.
    const result = computeFit({ scores });
    expect(result.score).toBeCloseTo((38 / 4 / 14) * 100, 10);
    expect(formatFitScore(result.score)).toBe('67.9');
    expect(result.verdict).toBe('conditional');
    const points = result.criteria.reduce((sum, row) => sum + row.points, 0);
    expect(points).toBeCloseTo(result.score ?? Number.NaN, 10);
  });

  it('treats a high channel-conflict risk as bad by scoring it 6 − risk', () => {
    expect(effectiveFitScore('channelConflictRisk', 5)).toBe(1);
    expect(effectiveFitScore('channelConflictRisk', 1)).toBe(5);
    expect(effectiveFitScore('sharedAudience', 5)).toBe(5);
    const lowRisk = computeFit({ scores: { channelConflictRisk: 1 } });
    const highRisk = computeFit({ scores: { channelConflictRisk: 5 } });
    expect(lowRisk.score).toBe(100);
    expect(highRisk.score).toBe(0);
    expect(highRisk.criteria.find((row) => row.key === 'channelConflictRisk')).toMatchObject({
      score: 5,
      effectiveScore: 1,
    });
  });

  it('leaves unscored criteria out of the weights instead of counting them as zero', () => {
    const result = computeFit({ scores: { complementary: 5, sharedAudience: null } });
    expect(result.score).toBe(100);
    expect(result.verdict).toBe('go');
    expect(result.unscored).toEqual(fitCriterionKeys.filter((key) => key !== 'complementary'));
  });

  it('is unscored when nothing is scored, or only zero-weight criteria are', () => {
    expect(computeFit({ scores: {} })).toMatchObject({ score: null, verdict: 'unscored' });
    expect(computeFit({ scores: { brandValues: 4 }, weights: { brandValues: 0 } })).toMatchObject({
      score: null,
      verdict: 'unscored',
    });
    expect(formatFitScore(null)).toBe('–');
  });

  it('uses custom weights and falls back to the defaults for the others', () => {
    const scores: FitScores = { complementary: 5, sharedAudience: 1 };
    expect(computeFit({ scores }).score).toBe(50);
    expect(computeFit({ scores, weights: { complementary: 1 } }).score).toBe(25);
    expect(computeFit({ scores, weights: { sharedAudience: 0 } }).score).toBe(100);
  });

  it('refuses scores outside 1..5 and negative or non-finite weights', () => {
    expect(() => computeFit({ scores: { complementary: 0 } })).toThrow(RangeError);
    expect(() => computeFit({ scores: { complementary: 6 } })).toThrow(RangeError);
    expect(() => computeFit({ scores: { complementary: Number.NaN } })).toThrow(RangeError);
    expect(() => computeFit({ scores: {}, weights: { brandValues: -1 } })).toThrow(RangeError);
    expect(() =>
      computeFit({ scores: {}, weights: { brandValues: Number.POSITIVE_INFINITY } }),
    ).toThrow(RangeError);
  });

  it('stays within 0..100 for any scores and weights', () => {
    const anyWeights = fc.record(
      Object.fromEntries(
        fitCriterionKeys.map((key) => [key, fc.double({ min: 0, max: 10, noNaN: true })]),
      ) as Record<FitCriterionKey, fc.Arbitrary<number>>,
    );
    fc.assert(
      fc.property(anyScores, anyWeights, (scores, weights) => {
        const { score } = computeFit({ scores, weights });
        if (score !== null) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100 + 1e-9);
        }
      }),
    );
  });

  it('never falls when a criterion improves (raising a score, or lowering the conflict risk)', () => {
    fc.assert(
      fc.property(anyScores, fc.constantFrom(...fitCriterionKeys), (scores, key) => {
        const current = scores[key] ?? 3;
        const better =
          key === 'channelConflictRisk' ? Math.max(1, current - 1) : Math.min(5, current + 1);
        const before = computeFit({ scores: { ...scores, [key]: current } }).score ?? 0;
        const after = computeFit({ scores: { ...scores, [key]: better } }).score ?? 0;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
    );
  });
});

describe('partner fit verdict', () => {
  it.each([
    [100, 'go'],
    [70, 'go'],
    [69.99, 'conditional'],
    [50, 'conditional'],
    [49.99, 'no-go'],
    [0, 'no-go'],
    [null, 'unscored'],
  ] as const)('scores %s as %s', (score, verdict) => {
    expect(verdictForScore(score)).toBe(verdict);
  });

  it('reaches exactly 70 with integer weights and scores without rounding into conditional', () => {
    // Five criteria weighted 1 with (s−1) = 3, 3, 3, 3, 2: 14 ÷ (4 × 5) = 70 %.
    const scores: FitScores = {
      complementary: 4,
      sharedAudience: 4,
      customerIntent: 4,
      brandValues: 4,
      strategicFit: 3,
    };
    const weights = {
      complementary: 1,
      sharedAudience: 1,
      customerIntent: 1,
      brandValues: 1,
      strategicFit: 1,
    };
    const result = computeFit({ scores, weights });
    expect(result.score).toBe(70);
    expect(result.verdict).toBe('go');
  });

  it('forces no-go on a direct competitor or a values conflict and says why', () => {
    const result = computeFit({ scores: allScored(5), redFlags: ['directCompetitor'] });
    expect(result.score).toBe(100);
    expect(result.scoreVerdict).toBe('go');
    expect(result.verdict).toBe('no-go');
    expect(result.redFlags).toEqual(['directCompetitor']);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toContain(fitRedFlagText.directCompetitor.label);

    const both = computeFit({ scores: {}, redFlags: ['valuesConflict', 'directCompetitor'] });
    expect(both.verdict).toBe('no-go');
    expect(both.score).toBeNull();
    expect(both.redFlags).toEqual(['directCompetitor', 'valuesConflict']);
    expect(both.reasons).toHaveLength(2);
  });

  it('gives no reasons when no red flag is raised', () => {
    expect(computeFit({ scores: allScored(2) }).reasons).toEqual([]);
  });
});

describe('fit criteria text and defaults', () => {
  it('labels and explains every criterion and red flag', () => {
    for (const key of fitCriterionKeys) {
      expect(fitCriterionText[key].label.length).toBeGreaterThan(3);
      expect(fitCriterionText[key].guidance.length).toBeGreaterThan(20);
    }
    for (const flag of fitRedFlagKeys) {
      expect(fitRedFlagText[flag].reason.length).toBeGreaterThan(20);
    }
    expect(fitCriterionText.channelConflictRisk.guidance).toMatch(/lowers the fit/);
  });

  it('weights every criterion positively, audience and complementarity most', () => {
    for (const key of fitCriterionKeys) expect(defaultFitWeights[key]).toBeGreaterThan(0);
    const max = Math.max(...Object.values(defaultFitWeights));
    expect(defaultFitWeights.complementary).toBe(max);
    expect(defaultFitWeights.sharedAudience).toBe(max);
    expect(Object.isFrozen(defaultFitWeights)).toBe(true);
  });
});

describe('partner fit verdict at the boundaries a user meets', () => {
  it('gives no-go to all 1s and go to all 5s, with the default weights', () => {
    expect(computeFit({ scores: allScored(1) })).toMatchObject({ score: 0, verdict: 'no-go' });
    expect(computeFit({ scores: allScored(5) })).toMatchObject({ score: 100, verdict: 'go' });
  });

  it('is conditional at exactly 50 and no-go just below it', () => {
    expect(computeFit({ scores: allScored(3) })).toMatchObject({
      score: 50,
      verdict: 'conditional',
    });
    // Weighted (s−1) with default weights: 3·2 + 3·2 + 2·2 + 2·2 + 2·2 + 1·2 + 1·1 = 27 of 56.
    const below = computeFit({ scores: { ...allScored(3), channelConflictRisk: 4 } });
    expect(below.score).toBeCloseTo((27 / 56) * 100, 10);
    expect(below.verdict).toBe('no-go');
  });

  it('turns conditional into go when the weights change, with the same scores', () => {
    const scores: FitScores = { complementary: 5, sharedAudience: 3, customerIntent: 3 };
    // Default weights 3, 3, 2: (3·4 + 3·2 + 2·2) ÷ (4·8) = 68.75 %.
    expect(computeFit({ scores })).toMatchObject({ score: 68.75, verdict: 'conditional' });
    // Complementary weighted 5: (5·4 + 3·2 + 2·2) ÷ (4·10) = 75 %.
    expect(computeFit({ scores, weights: { complementary: 5 } })).toMatchObject({
      score: 75,
      verdict: 'go',
    });
  });

  it('keeps a red flag in charge over a perfect score, whichever weights are used', () => {
    const result = computeFit({
      scores: allScored(5),
      weights: { ...defaultFitWeights, brandValues: 10 },
      redFlags: ['valuesConflict'],
    });
    expect(result).toMatchObject({ score: 100, scoreVerdict: 'go', verdict: 'no-go' });
    expect(result.reasons).toEqual([
      `${fitRedFlagText.valuesConflict.label}: ${fitRedFlagText.valuesConflict.reason}`,
    ]);
  });
});
