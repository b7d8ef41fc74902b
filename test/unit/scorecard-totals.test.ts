import { describe, expect, it } from 'vitest';
import {
  computeScorecard,
  defaultScorecardCriteria,
  scorecardTotals,
  type ScorecardCriterion,
} from '../../shared/domain/scorecard.ts';
import {
  computeHealth,
  openRiskSeverity,
  riskExposureScore,
  type HealthInputs,
  type RiskExposureInput,
} from '../../shared/domain/health.ts';

/** A small deterministic generator, so a failure names the same case every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('scorecardTotals', () => {
  it('gives computeScorecard’s score, missing keys and weights, edge cases included', () => {
    const next = random(42);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const actualsPool = [null, undefined, Number.NaN, Infinity, -5, 0, 0.5, 3, 4.5, 12, 80, 250];
    let compared = 0;
    for (let round = 0; round < 2000; round += 1) {
      const criteria: ScorecardCriterion[] = defaultScorecardCriteria.map((c) => ({
        ...c,
        weight: pick([0, -3, 1, 15, 25, 30, 0.1]),
        target: pick([c.target, 0, -2, 7.5]),
        direction: pick(['higher', 'lower'] as const),
      }));
      const values = criteria.map(() => pick(actualsPool));
      const byKey = Object.fromEntries(criteria.map((c, i) => [c.key, values[i]]));
      const { criteria: _results, ...expected } = computeScorecard(criteria, byKey);
      expect(scorecardTotals(criteria, values)).toEqual(expected);
      compared += 1;
    }
    expect(compared).toBe(2000);
  });
});

describe('computeHealth with the open risks already summed', () => {
  it('scores risk exposure as from the list of risks', () => {
    const next = random(7);
    const statuses = ['open', 'monitoring', 'closed'] as const;
    const base: Omit<HealthInputs, 'risks'> = {
      governance: null,
      scorecardScore: 55,
      lastActivityDate: '2026-05-01',
      openDeliverables: { ours: 2, theirs: 1 },
      today: '2026-06-15',
    };
    for (let round = 0; round < 300; round += 1) {
      const risks: RiskExposureInput[] = Array.from({ length: Math.floor(next() * 6) }, () => {
        const residual = next() < 0.4;
        return {
          likelihood: 1 + Math.floor(next() * 5),
          impact: 1 + Math.floor(next() * 5),
          residualLikelihood: residual ? 1 + Math.floor(next() * 5) : null,
          residualImpact: residual ? 1 + Math.floor(next() * 5) : null,
          status: statuses[Math.floor(next() * 3)] as string,
        };
      });
      const summed = computeHealth({ ...base, risks: { openSeverity: openRiskSeverity(risks) } });
      expect(summed).toEqual(computeHealth({ ...base, risks }));
      expect(summed.components.find((c) => c.key === 'riskExposure')?.score).toBe(
        riskExposureScore(risks),
      );
    }
  });
});
