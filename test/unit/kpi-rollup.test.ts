import { describe, expect, it } from 'vitest';
import { flattenKpiTree, rollupKpis } from '../../shared/domain/kpi-rollup.ts';
import type { KpiInput, KpiNode } from '../../shared/domain/kpi-rollup.ts';

const kpi = (id: number, parentId: number | null, overrides: Partial<KpiInput> = {}): KpiInput => ({
  id,
  parentId,
  name: `KPI ${id}`,
  level: parentId === null ? 'strategic' : 'tactical',
  category: 'revenue',
  direction: 'higher',
  weight: 1,
  target: 100,
  actual: null,
  ...overrides,
});

function node(roots: readonly KpiNode[], id: number): KpiNode {
  const found = flattenKpiTree(roots).find((row) => row.node.id === id);
  if (!found) throw new Error(`node ${id} not in tree`);
  return found.node;
}

describe('rollupKpis', () => {
  it('computes a leaf from its actual and target with the scorecard cap', () => {
    const { roots } = rollupKpis([
      kpi(1, null, { actual: 80 }),
      kpi(2, null, { actual: 400 }),
      kpi(3, null, { actual: 20, target: 10, direction: 'lower' }),
    ]);
    expect(roots.map((r) => r.attainment)).toEqual([0.8, 1.5, 0.5]);
    expect(roots.every((r) => r.source === 'own_actual')).toBe(true);
  });

  it('rolls strategic ← tactical ← operational up by weighted mean', () => {
    const { roots } = rollupKpis([
      kpi(1, null),
      kpi(2, 1, { weight: 3 }),
      kpi(3, 1, { weight: 1, actual: 50 }),
      kpi(4, 2, { level: 'operational', weight: 1, actual: 100 }),
      kpi(5, 2, { level: 'operational', weight: 1, actual: 60 }),
    ]);
    expect(node(roots, 2).attainment).toBe(0.8);
    expect(node(roots, 2).source).toBe('children');
    expect(node(roots, 1).attainment).toBeCloseTo((3 * 0.8 + 1 * 0.5) / 4, 10);
  });

  it('leaves children without data out of the weights and lists them as missing', () => {
    const { roots } = rollupKpis([
      kpi(1, null),
      kpi(2, 1, { weight: 5 }),
      kpi(3, 1, { weight: 1, actual: 90 }),
      kpi(4, 1, { weight: 2, actual: 10, target: null }),
    ]);
    const root = node(roots, 1);
    expect(root.attainment).toBe(0.9);
    expect(root.missingChildIds).toEqual([2, 4]);
    expect(node(roots, 2).source).toBe('missing');
  });

  it("uses a parent's own actual when none of its children has data", () => {
    const { roots } = rollupKpis([kpi(1, null, { actual: 120 }), kpi(2, 1)]);
    expect(node(roots, 1)).toMatchObject({
      attainment: 1.2,
      source: 'own_actual',
      missingChildIds: [2],
    });
  });

  it("prefers the children over the parent's own actual when they have data", () => {
    const { roots } = rollupKpis([kpi(1, null, { actual: 120 }), kpi(2, 1, { actual: 50 })]);
    expect(node(roots, 1)).toMatchObject({ attainment: 0.5, source: 'children' });
  });

  it('is missing when neither children nor the node itself have data', () => {
    const { roots } = rollupKpis([kpi(1, null), kpi(2, 1)]);
    expect(node(roots, 1)).toMatchObject({ attainment: null, source: 'missing' });
  });

  it('ignores children with zero weight in the mean', () => {
    const { roots } = rollupKpis([
      kpi(1, null),
      kpi(2, 1, { weight: 0, actual: 10 }),
      kpi(3, 1, { weight: 1, actual: 70 }),
    ]);
    expect(node(roots, 1).attainment).toBe(0.7);
  });

  it('rejects a loop and everything under it, keeping the rest of the tree', () => {
    const result = rollupKpis([
      kpi(1, null, { actual: 100 }),
      kpi(2, 3),
      kpi(3, 2),
      kpi(4, 2, { actual: 10 }),
      kpi(5, 5),
    ]);
    expect(result.roots.map((r) => r.id)).toEqual([1]);
    expect(result.rejected).toEqual([
      { id: 2, reason: 'cycle' },
      { id: 3, reason: 'cycle' },
      { id: 4, reason: 'cycle' },
      { id: 5, reason: 'cycle' },
    ]);
  });

  it('shows a KPI whose parent does not exist as a root', () => {
    const result = rollupKpis([kpi(1, 99, { actual: 50 })]);
    expect(result.orphanIds).toEqual([1]);
    expect(result.roots[0]?.attainment).toBe(0.5);
  });

  it('rejects a repeated id instead of building it twice', () => {
    const result = rollupKpis([kpi(1, null, { actual: 50 }), kpi(1, null, { actual: 90 })]);
    expect(result.roots).toHaveLength(1);
    expect(result.roots[0]?.attainment).toBe(0.5);
    expect(result.rejected).toEqual([{ id: 1, reason: 'duplicate_id' }]);
  });

  it('accepts string ids and handles an empty list', () => {
    expect(rollupKpis([]).roots).toEqual([]);
    const { roots } = rollupKpis([
      { ...kpi(0, null), id: 'a', parentId: null },
      { ...kpi(0, null, { actual: 30 }), id: 'b', parentId: 'a' },
    ]);
    expect(roots[0]?.attainment).toBe(0.3);
  });

  it('handles a deep chain without recursion trouble', () => {
    const chain = Array.from({ length: 2_000 }, (_, i) =>
      kpi(i + 1, i === 0 ? null : i, { actual: i === 1_999 ? 75 : null }),
    );
    const { roots } = rollupKpis(chain);
    expect(roots[0]?.attainment).toBe(0.75);
  });
});

describe('flattenKpiTree', () => {
  it('lists parents before children with their depth', () => {
    const { roots } = rollupKpis([kpi(1, null), kpi(2, 1), kpi(3, 2), kpi(4, null)]);
    expect(flattenKpiTree(roots).map((r) => [r.node.id, r.depth])).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 0],
    ]);
  });
});
