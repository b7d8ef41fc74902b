import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessRisk,
  compareTopRisks,
  heatMap,
  isReviewOverdue,
  rankingScore,
  residualRiskScore,
  riskBand,
  riskBandRanges,
  riskBands,
  riskCategories,
  riskCategoryLabels,
  riskScore,
  riskStatuses,
  riskStatusLabels,
  riskTreatments,
  riskTreatmentLabels,
  topRisks,
  type RiskLike,
} from '../../shared/domain/risk.ts';

const risk = (overrides: Partial<RiskLike> & { id: number }): RiskLike => ({
  likelihood: 3,
  impact: 3,
  status: 'open',
  nextReviewDate: null,
  residualLikelihood: null,
  residualImpact: null,
  ...overrides,
});

const scale = fc.integer({ min: 1, max: 5 });

describe('risk score and band', () => {
  it('multiplies likelihood by impact', () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(4, 3)).toBe(12);
    expect(riskScore(5, 5)).toBe(25);
  });

  it.each([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [9, 'medium'],
    [10, 'high'],
    [15, 'high'],
    [16, 'critical'],
    [25, 'critical'],
  ] as const)('bands a score of %i as %s', (score, band) => {
    expect(riskBand(score)).toBe(band);
  });

  it('covers every score 1..25 with exactly one band and no gaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), (score) => {
        const containing = riskBands.filter(
          (band) => score >= riskBandRanges[band].min && score <= riskBandRanges[band].max,
        );
        expect(containing).toEqual([riskBand(score)]);
      }),
    );
    const ordered = riskBands.map((band) => riskBandRanges[band]);
    expect(ordered[0]?.min).toBe(1);
    expect(ordered.at(-1)?.max).toBe(25);
    ordered.slice(1).forEach((range, i) => expect(range.min).toBe((ordered[i]?.max ?? 0) + 1));
  });

  it('never lowers the band when likelihood or impact rises', () => {
    fc.assert(
      fc.property(scale, scale, (likelihood, impact) => {
        const band = riskBands.indexOf(riskBand(riskScore(likelihood, impact)));
        const up = riskBands.indexOf(riskBand(riskScore(Math.min(5, likelihood + 1), impact)));
        expect(up).toBeGreaterThanOrEqual(band);
      }),
    );
  });

  it('refuses values outside the scales', () => {
    expect(() => riskScore(0, 3)).toThrow(RangeError);
    expect(() => riskScore(3, 6)).toThrow(RangeError);
    expect(() => riskScore(2.5, 3)).toThrow(RangeError);
    expect(() => riskBand(0)).toThrow(RangeError);
    expect(() => riskBand(26)).toThrow(RangeError);
    expect(() => riskBand(7.5)).toThrow(RangeError);
  });

  it('gives a residual score only when both residual values are set', () => {
    expect(residualRiskScore({ residualLikelihood: 2, residualImpact: 3 })).toBe(6);
    expect(residualRiskScore({ residualLikelihood: 2, residualImpact: null })).toBeNull();
    expect(residualRiskScore({})).toBeNull();
    expect(
      assessRisk(
        risk({ id: 1, likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: 2 }),
      ),
    ).toEqual({
      score: 20,
      band: 'critical',
      residualScore: 4,
      residualBand: 'low',
    });
    expect(assessRisk(risk({ id: 2, likelihood: 2, impact: 5 }))).toMatchObject({
      score: 10,
      band: 'high',
      residualScore: null,
      residualBand: null,
    });
  });
});

describe('heat map', () => {
  const risks = [
    risk({ id: 1, likelihood: 5, impact: 4, residualLikelihood: 2, residualImpact: 4 }),
    risk({ id: 2, likelihood: 5, impact: 4 }),
    risk({ id: 3, likelihood: 1, impact: 1, residualLikelihood: 1, residualImpact: 1 }),
    risk({ id: 4, likelihood: 2, impact: 5, status: 'closed' }),
  ];

  it('counts inherent positions with likelihood rows and impact columns', () => {
    const map = heatMap(risks, 'inherent');
    expect(map.counts).toEqual([
      [1, 0, 0, 0, 0],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 2, 0],
    ]);
    expect(map.cells[4]?.[3]).toMatchObject({
      likelihood: 5,
      impact: 4,
      score: 20,
      band: 'critical',
      riskIds: [1, 2],
    });
    expect(map.placed).toBe(4);
    expect(map.unplacedIds).toEqual([]);
  });

  it('places risks by residual values and lists those without a residual assessment', () => {
    const map = heatMap(risks, 'residual');
    expect(map.cells[1]?.[3]?.riskIds).toEqual([1]);
    expect(map.cells[0]?.[0]?.riskIds).toEqual([3]);
    expect(map.placed).toBe(2);
    expect(map.unplacedIds).toEqual([2, 4]);
  });

  it('bands every cell by its own score', () => {
    const map = heatMap([], 'inherent');
    expect(map.cells).toHaveLength(5);
    for (const row of map.cells) {
      expect(row).toHaveLength(5);
      for (const cell of row) {
        expect(cell.score).toBe(cell.likelihood * cell.impact);
        expect(cell.band).toBe(riskBand(cell.score));
        expect(cell.count).toBe(0);
      }
    }
  });

  it('puts every risk in exactly one cell', () => {
    const anyRisks = fc.array(fc.record({ likelihood: scale, impact: scale }), { maxLength: 60 });
    fc.assert(
      fc.property(anyRisks, (values) => {
        const map = heatMap(
          values.map((value, id) => risk({ id, ...value })),
          'inherent',
        );
        const total = map.counts.flat().reduce((a, b) => a + b, 0);
        expect(total).toBe(values.length);
        const ids = map.cells.flat().flatMap((cell) => cell.riskIds);
        expect(ids.sort((a, b) => a - b)).toEqual(values.map((_, id) => id));
      }),
    );
  });

  it('colours the cells on each side of the band boundaries (4/5, 9/10, 15/16)', () => {
    const band = (likelihood: number, impact: number) =>
      heatMap([], 'inherent').cells[likelihood - 1]?.[impact - 1]?.band;
    expect([band(2, 2), band(1, 5)]).toEqual(['low', 'medium']);
    expect([band(3, 3), band(2, 5)]).toEqual(['medium', 'high']);
    expect([band(3, 5), band(4, 4)]).toEqual(['high', 'critical']);
    expect(band(5, 5)).toBe('critical');
    expect(band(1, 1)).toBe('low');
  });

  it('refuses a risk with values off the scale', () => {
    expect(() => heatMap([risk({ id: 1, likelihood: 6 })], 'inherent')).toThrow(RangeError);
  });
});

describe('review dates', () => {
  const today = '2026-03-10';

  it('is overdue only when the next review is strictly before today and the risk is not closed', () => {
    expect(isReviewOverdue({ nextReviewDate: '2026-03-09', status: 'open' }, today)).toBe(true);
    expect(isReviewOverdue({ nextReviewDate: '2025-12-31', status: 'monitoring' }, today)).toBe(
      true,
    );
    expect(isReviewOverdue({ nextReviewDate: '2026-03-10', status: 'open' }, today)).toBe(false);
    expect(isReviewOverdue({ nextReviewDate: '2026-04-01', status: 'open' }, today)).toBe(false);
    expect(isReviewOverdue({ nextReviewDate: '2026-01-01', status: 'closed' }, today)).toBe(false);
    expect(isReviewOverdue({ nextReviewDate: null, status: 'open' }, today)).toBe(false);
  });
});

describe('top risks', () => {
  const today = '2026-03-10';
  const register = [
    risk({ id: 1, likelihood: 3, impact: 3 }),
    risk({ id: 2, likelihood: 4, impact: 5, status: 'closed' }),
    risk({ id: 3, likelihood: 3, impact: 3, nextReviewDate: '2026-03-01' }),
    risk({ id: 4, likelihood: 5, impact: 4, residualLikelihood: 1, residualImpact: 2 }),
    risk({ id: 5, likelihood: 3, impact: 4 }),
    risk({ id: 6, likelihood: 4, impact: 3 }),
  ];

  it('orders by score, then overdue reviews first, and leaves closed risks out', () => {
    expect(topRisks(register, today).map((r) => r.id)).toEqual([4, 5, 6, 3, 1]);
  });

  it('prefers the higher impact between equal scores that are both on time', () => {
    expect(compareTopRisks(register[4] as RiskLike, register[5] as RiskLike, today)).toBeLessThan(
      0,
    );
  });

  it('can rank by the current (residual where known) score and limit the list', () => {
    expect(rankingScore(register[3] as RiskLike, 'current')).toBe(2);
    expect(rankingScore(register[0] as RiskLike, 'current')).toBe(9);
    expect(topRisks(register, today, { basis: 'current', limit: 3 }).map((r) => r.id)).toEqual([
      5, 6, 3,
    ]);
    expect(topRisks(register, today, { limit: 0 })).toEqual([]);
  });

  it('does not reorder the array it is given', () => {
    const copy = [...register];
    topRisks(register, today);
    expect(register).toEqual(copy);
  });
});

describe('risk vocabularies', () => {
  it('labels every category, treatment and status', () => {
    expect(riskCategories).toHaveLength(8);
    for (const c of riskCategories) expect(riskCategoryLabels[c]).toBeTruthy();
    expect(riskCategoryLabels.reputational).toBe('Reputational / brand dilution');
    expect(riskTreatments).toEqual(['mitigate', 'accept', 'transfer', 'avoid']);
    for (const t of riskTreatments) expect(riskTreatmentLabels[t]).toBeTruthy();
    expect(riskStatuses).toEqual(['open', 'monitoring', 'closed']);
    for (const s of riskStatuses) expect(riskStatusLabels[s]).toBeTruthy();
  });
});
