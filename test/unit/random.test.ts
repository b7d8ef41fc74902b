import { describe, expect, it } from 'vitest';
import {
  checkRangeEstimate,
  mulberry32,
  sampleBeta,
  sampleGamma,
  samplePert,
  sampleStandardNormal,
  sampleTriangular,
} from '../../shared/domain/random.ts';
import type { Random } from '../../shared/domain/random.ts';

function stats(draw: () => number, n = 50_000) {
  let sum = 0;
  let sumSq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = draw();
    sum += x;
    sumSq += x * x;
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean, min, max };
}

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(first[0]).toBe(mulberry32(42)());
  });

  it('gives a different sequence for a different seed', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });

  it('draws uniformly in [0, 1)', () => {
    const random = mulberry32(7);
    const buckets = new Array<number>(10).fill(0);
    const s = stats(() => {
      const x = random();
      const i = Math.floor(x * 10);
      buckets[i] = (buckets[i] ?? 0) + 1;
      return x;
    }, 100_000);
    expect(s.min).toBeGreaterThanOrEqual(0);
    expect(s.max).toBeLessThan(1);
    expect(s.mean).toBeCloseTo(0.5, 2);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('samplers', () => {
  const random: Random = mulberry32(2026);

  it('triangular stays in range with mean (min + mode + max) ÷ 3', () => {
    const s = stats(() => sampleTriangular(random, { min: 10, mode: 20, max: 60 }));
    expect(s.min).toBeGreaterThanOrEqual(10);
    expect(s.max).toBeLessThanOrEqual(60);
    expect(s.mean).toBeCloseTo(30, 0);
  });

  it('triangular handles a mode at either end and a zero-width range', () => {
    expect(stats(() => sampleTriangular(random, { min: 0, mode: 0, max: 3 })).mean).toBeCloseTo(
      1,
      1,
    );
    expect(stats(() => sampleTriangular(random, { min: 0, mode: 3, max: 3 })).mean).toBeCloseTo(
      2,
      1,
    );
    expect(sampleTriangular(random, { min: 5, mode: 5, max: 5 })).toBe(5);
  });

  it('PERT stays in range with mean (min + 4·mode + max) ÷ 6', () => {
    const s = stats(() => samplePert(random, { min: 100, mode: 200, max: 600 }));
    expect(s.min).toBeGreaterThanOrEqual(100);
    expect(s.max).toBeLessThanOrEqual(600);
    expect(Math.abs(s.mean - (100 + 4 * 200 + 600) / 6)).toBeLessThan(2);
    expect(samplePert(random, { min: 3, mode: 3, max: 3 })).toBe(3);
  });

  it('PERT is tighter around the mode than the triangular for the same estimate', () => {
    const estimate = { min: 0, mode: 5, max: 10 };
    const pert = stats(() => samplePert(random, estimate));
    const triangular = stats(() => sampleTriangular(random, estimate));
    expect(pert.variance).toBeLessThan(triangular.variance);
    expect(pert.variance).toBeCloseTo(25 / 7, 1);
    expect(triangular.variance).toBeCloseTo(75 / 18, 1);
  });

  it('normal, gamma and beta have their textbook moments', () => {
    const normal = stats(() => sampleStandardNormal(random));
    expect(normal.mean).toBeCloseTo(0, 1);
    expect(normal.variance).toBeCloseTo(1, 1);
    expect(stats(() => sampleGamma(random, 3)).mean).toBeCloseTo(3, 1);
    expect(stats(() => sampleGamma(random, 0.5)).mean).toBeCloseTo(0.5, 1);
    expect(stats(() => sampleBeta(random, 2, 6)).mean).toBeCloseTo(0.25, 2);
  });

  it('refuses estimates whose minimum, mode and maximum are out of order', () => {
    expect(() => checkRangeEstimate('Deal value', { min: 5, mode: 3, max: 10 })).toThrow(
      /Deal value/,
    );
    expect(() => checkRangeEstimate('Leads', { min: 0, mode: Number.NaN, max: 1 })).toThrow(
      RangeError,
    );
    expect(() => checkRangeEstimate('Leads', { min: 0, mode: 0, max: 0 })).not.toThrow();
  });
});
