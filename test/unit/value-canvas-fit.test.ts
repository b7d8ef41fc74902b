import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  topRanked,
  valueCanvasFit,
  type RankedCanvasItem,
} from '../../shared/domain/value-canvas-fit.ts';

const ranked = (...ids: number[]): RankedCanvasItem[] => ids.map((id, i) => ({ id, rank: i + 1 }));

describe('value proposition canvas fit', () => {
  it('three pains, relievers linked to two of them, no gains: 2/3 (67 %)', () => {
    const result = valueCanvasFit({
      pains: ranked(11, 12, 13),
      gains: [],
      relievers: [
        { id: 1, painIds: [11] },
        { id: 2, painIds: [13] },
      ],
      creators: [],
    });
    expect(result.fit).toBeCloseTo(2 / 3, 12);
    expect(result.percent).toBe(67);
    expect(result.addressedCount).toBe(2);
    expect(result.topCount).toBe(3);
    expect(result.unaddressedPainIds).toEqual([12]);
    expect(result.unaddressedGainIds).toEqual([]);
  });

  it('is null when there are no pains and no gains', () => {
    const result = valueCanvasFit({
      pains: [],
      gains: [],
      relievers: [{ id: 1, painIds: [5] }],
      creators: [],
    });
    expect(result.fit).toBeNull();
    expect(result.percent).toBeNull();
    expect(result.topCount).toBe(0);
  });

  it('counts only the three most important pains and the three most important gains', () => {
    const result = valueCanvasFit({
      pains: [
        { id: 1, rank: 5 },
        { id: 2, rank: 1 },
        { id: 3, rank: 4 },
        { id: 4, rank: 2 },
        { id: 5, rank: 3 },
      ],
      gains: ranked(21, 22, 23, 24),
      relievers: [{ id: 100, painIds: [1, 3, 2] }],
      creators: [{ id: 200, gainIds: [24, 21] }],
    });
    expect(result.topPainIds).toEqual([2, 4, 5]);
    expect(result.topGainIds).toEqual([21, 22, 23]);
    expect(result.unaddressedPainIds).toEqual([4, 5]);
    expect(result.unaddressedGainIds).toEqual([22, 23]);
    expect(result.fit).toBeCloseTo(2 / 6, 12);
    expect(result.percent).toBe(33);
  });

  it('breaks equal ranks by id so the result does not depend on input order', () => {
    const pains = [
      { id: 9, rank: 1 },
      { id: 3, rank: 2 },
      { id: 7, rank: 2 },
      { id: 5, rank: 2 },
    ];
    expect(topRanked(pains).map((p) => p.id)).toEqual([9, 3, 5]);
    expect(topRanked([...pains].reverse()).map((p) => p.id)).toEqual([9, 3, 5]);
  });

  it('takes all items when a side has fewer than three', () => {
    const result = valueCanvasFit({
      pains: ranked(1),
      gains: ranked(2, 3),
      relievers: [{ id: 10, painIds: [1] }],
      creators: [{ id: 20, gainIds: [3] }],
    });
    expect(result.topCount).toBe(3);
    expect(result.fit).toBeCloseTo(2 / 3, 12);
    expect(result.unaddressedGainIds).toEqual([2]);
  });

  it('reaches 100 % when every top item is addressed, and ignores links to missing items', () => {
    const result = valueCanvasFit({
      pains: ranked(1, 2),
      gains: ranked(3),
      relievers: [{ id: 10, painIds: [1, 2, 999] }],
      creators: [
        { id: 20, gainIds: [3] },
        { id: 21, gainIds: [] },
      ],
    });
    expect(result.fit).toBe(1);
    expect(result.percent).toBe(100);
  });

  it('does not let a reliever address a gain or a creator address a pain', () => {
    const result = valueCanvasFit({
      pains: [{ id: 1, rank: 1 }],
      gains: [{ id: 2, rank: 1 }],
      relievers: [{ id: 10, painIds: [2] }],
      creators: [{ id: 20, gainIds: [1] }],
    });
    expect(result.fit).toBe(0);
  });

  it('measures gains alone when there are no pains', () => {
    const result = valueCanvasFit({
      pains: [],
      gains: ranked(1, 2, 3, 4),
      relievers: [],
      creators: [{ id: 10, gainIds: [1, 4] }],
    });
    expect(result.topCount).toBe(3);
    expect(result.addressedCount).toBe(1);
    expect(result.percent).toBe(33);
    expect(result.unaddressedGainIds).toEqual([2, 3]);
  });

  it('counts a pain once however many relievers address it', () => {
    const result = valueCanvasFit({
      pains: ranked(1, 2),
      gains: [],
      relievers: [
        { id: 10, painIds: [1, 1] },
        { id: 11, painIds: [1] },
      ],
      creators: [],
    });
    expect(result.addressedCount).toBe(1);
    expect(result.percent).toBe(50);
  });

  it('rounds to whole percentages: 1 of 6 is 17 %, 5 of 6 is 83 %', () => {
    const six = { pains: ranked(1, 2, 3), gains: ranked(4, 5, 6) };
    const one = valueCanvasFit({ ...six, relievers: [{ id: 9, painIds: [1] }], creators: [] });
    expect(one.percent).toBe(17);
    const five = valueCanvasFit({
      ...six,
      relievers: [{ id: 9, painIds: [1, 2, 3] }],
      creators: [{ id: 10, gainIds: [4, 5] }],
    });
    expect(five.percent).toBe(83);
  });

  it('follows a re-ranking: a pain moved out of the top three no longer counts', () => {
    const relievers = [{ id: 9, painIds: [4] }];
    const before = valueCanvasFit({
      pains: ranked(1, 2, 3, 4),
      gains: [],
      relievers,
      creators: [],
    });
    expect(before.percent).toBe(0);
    const after = valueCanvasFit({ pains: ranked(4, 1, 2, 3), gains: [], relievers, creators: [] });
    expect(after.percent).toBe(33);
    expect(after.unaddressedPainIds).toEqual([1, 2]);
  });

  it('leaves its input untouched and takes nothing for a count of zero', () => {
    const pains = [
      { id: 2, rank: 2 },
      { id: 1, rank: 1 },
    ];
    const copy = structuredClone(pains);
    valueCanvasFit({ pains, gains: [], relievers: [], creators: [] });
    expect(pains).toEqual(copy);
    expect(topRanked(pains, 0)).toEqual([]);
    expect(topRanked(pains, -1)).toEqual([]);
  });

  it('stays within 0..1 and agrees with its own lists for any canvas', () => {
    const items = fc.uniqueArray(
      fc.record({ id: fc.integer({ min: 1, max: 30 }), rank: fc.integer({ min: 1, max: 10 }) }),
      {
        selector: (item) => item.id,
        maxLength: 8,
      },
    );
    const links = fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 6 });
    fc.assert(
      fc.property(items, items, links, links, (pains, gains, painIds, gainIds) => {
        const result = valueCanvasFit({
          pains,
          gains,
          relievers: [{ id: 1, painIds }],
          creators: [{ id: 2, gainIds }],
        });
        expect(result.topPainIds).toHaveLength(Math.min(3, pains.length));
        expect(result.topGainIds).toHaveLength(Math.min(3, gains.length));
        if (pains.length + gains.length === 0) {
          expect(result.fit).toBeNull();
          return;
        }
        const unaddressed = result.unaddressedPainIds.length + result.unaddressedGainIds.length;
        expect(result.fit).toBeCloseTo(1 - unaddressed / result.topCount, 12);
        expect(result.fit).toBeGreaterThanOrEqual(0);
        expect(result.fit).toBeLessThanOrEqual(1);
        for (const id of result.unaddressedPainIds) expect(painIds).not.toContain(id);
      }),
    );
  });
});
