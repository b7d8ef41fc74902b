import { attainment, weightedMeanOfPresent } from './scorecard.ts';
import type { Direction } from './scorecard.ts';

export const kpiLevels = ['strategic', 'tactical', 'operational'] as const;
export type KpiLevel = (typeof kpiLevels)[number];

export const kpiCategories = [
  'reach',
  'engagement',
  'leads_conversion',
  'revenue',
  'operational',
] as const;
export type KpiCategory = (typeof kpiCategories)[number];

export type KpiId = number | string;

/** One KPI with its target and actual for the period being rolled up. */
export interface KpiInput {
  id: KpiId;
  parentId: KpiId | null;
  name: string;
  level: KpiLevel;
  category: KpiCategory;
  direction: Direction;
  weight: number;
  target: number | null;
  actual: number | null;
}

/** Where a node's attainment came from. */
export type AttainmentSource = 'children' | 'own_actual' | 'missing';

export interface KpiNode extends KpiInput {
  /** Fraction 0..1.5 (same capping as the scorecard), null when missing. */
  attainment: number | null;
  source: AttainmentSource;
  /** Children left out of this node's mean because they have no data. */
  missingChildIds: KpiId[];
  children: KpiNode[];
}

export type RejectionReason = 'cycle' | 'duplicate_id';

export interface KpiRollup {
  roots: KpiNode[];
  /** KPIs kept out of the tree: in or under a parent loop, or a repeated id. */
  rejected: { id: KpiId; reason: RejectionReason }[];
  /** KPIs whose parent does not exist; shown as roots. */
  orphanIds: KpiId[];
}

/**
 * Rolls attainment up the hierarchy (strategic → tactical → operational).
 *
 * - A leaf's attainment is its actual against its target (null without both).
 * - A parent's attainment is the weighted mean of its children that have data; children without
 *   data are left out of the weights and listed in `missingChildIds`.
 * - When no child has data, a parent's own actual against its own target is used, so a
 *   strategic KPI measured directly (e.g. revenue) still shows before its tactical KPIs report.
 *   When children have data they win: the roll-up is then the documented view of the tree.
 * - A loop in the parent links cannot be rolled up; every KPI in or under it is rejected and
 *   reported rather than thrown, so the rest of the tree still shows.
 */
export function rollupKpis(kpis: readonly KpiInput[]): KpiRollup {
  const rejected: KpiRollup['rejected'] = [];
  const byId = new Map<KpiId, KpiInput>();
  for (const kpi of kpis) {
    if (byId.has(kpi.id)) rejected.push({ id: kpi.id, reason: 'duplicate_id' });
    else byId.set(kpi.id, kpi);
  }

  const inLoop = findKpisInOrUnderLoops(byId);
  const childrenOf = new Map<KpiId, KpiInput[]>();
  const rootInputs: KpiInput[] = [];
  const orphanIds: KpiId[] = [];
  for (const kpi of byId.values()) {
    if (inLoop.has(kpi.id)) {
      rejected.push({ id: kpi.id, reason: 'cycle' });
      continue;
    }
    if (kpi.parentId === null) {
      rootInputs.push(kpi);
    } else if (!byId.has(kpi.parentId)) {
      orphanIds.push(kpi.id);
      rootInputs.push(kpi);
    } else {
      const siblings = childrenOf.get(kpi.parentId) ?? [];
      siblings.push(kpi);
      childrenOf.set(kpi.parentId, siblings);
    }
  }

  const build = (kpi: KpiInput): KpiNode => {
    const children = (childrenOf.get(kpi.id) ?? []).map(build);
    const withData = children.filter((c) => c.attainment !== null);
    const fromChildren = weightedMeanOfPresent(
      withData.map((c) => ({ weight: c.weight, value: c.attainment })),
    );
    const missingChildIds = children.filter((c) => c.attainment === null).map((c) => c.id);
    if (fromChildren !== null) {
      return { ...kpi, attainment: fromChildren, source: 'children', missingChildIds, children };
    }
    const own = ownAttainment(kpi);
    return {
      ...kpi,
      attainment: own,
      source: own === null ? 'missing' : 'own_actual',
      missingChildIds,
      children,
    };
  };

  return { roots: rootInputs.map(build), rejected, orphanIds };
}

function ownAttainment(kpi: KpiInput): number | null {
  if (kpi.actual === null || kpi.target === null) return null;
  return attainment(kpi.actual, kpi.target, kpi.direction);
}

function findKpisInOrUnderLoops(byId: ReadonlyMap<KpiId, KpiInput>): Set<KpiId> {
  const state = new Map<KpiId, 'ok' | 'loop'>();
  for (const start of byId.keys()) {
    if (state.has(start)) continue;
    const path: KpiId[] = [];
    const onPath = new Set<KpiId>();
    let current: KpiId | null = start;
    let verdict: 'ok' | 'loop' = 'ok';
    while (current !== null) {
      const known = state.get(current);
      if (known) {
        verdict = known;
        break;
      }
      if (onPath.has(current)) {
        verdict = 'loop';
        break;
      }
      onPath.add(current);
      path.push(current);
      const parent: KpiId | null = byId.get(current)?.parentId ?? null;
      current = parent !== null && byId.has(parent) ? parent : null;
    }
    for (const id of path) state.set(id, verdict);
  }
  return new Set([...state].filter(([, v]) => v === 'loop').map(([id]) => id));
}

/** Depth-first list of nodes, parents before children, for tables and the PDF pack. */
export function flattenKpiTree(roots: readonly KpiNode[]): { node: KpiNode; depth: number }[] {
  const rows: { node: KpiNode; depth: number }[] = [];
  const visit = (node: KpiNode, depth: number) => {
    rows.push({ node, depth });
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return rows;
}
