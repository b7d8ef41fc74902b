import type { Kpi, KpiLevel } from '../../../../shared/contract/index.ts';

/** A new KPI under a parent sits one level below it (operational stays operational). */
export function childLevel(parent: KpiLevel | null): KpiLevel {
  if (parent === null) return 'strategic';
  return parent === 'strategic' ? 'tactical' : 'operational';
}

/** KPIs depth-first, parents before children, in creation order among siblings. */
export function treeOrder(kpis: readonly Kpi[]): { kpi: Kpi; depth: number }[] {
  const ids = new Set(kpis.map((k) => k.id));
  const children = new Map<number | null, Kpi[]>();
  for (const kpi of kpis) {
    const parent = kpi.parentId !== null && ids.has(kpi.parentId) ? kpi.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), kpi]);
  }
  const rows: { kpi: Kpi; depth: number }[] = [];
  const seen = new Set<number>();
  const visit = (kpi: Kpi, depth: number) => {
    if (seen.has(kpi.id)) return;
    seen.add(kpi.id);
    rows.push({ kpi, depth });
    for (const child of children.get(kpi.id) ?? []) visit(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  return rows;
}

/** The KPI itself and every KPI under it. */
export function subtreeIds(kpis: readonly Kpi[], id: number): Set<number> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const kpi of kpis) {
      if (kpi.parentId !== null && found.has(kpi.parentId) && !found.has(kpi.id)) {
        found.add(kpi.id);
        grew = true;
      }
    }
  }
  return found;
}

/** Where a KPI may sit: anywhere except under itself or one of its own sub-KPIs. */
export function parentOptions(kpis: readonly Kpi[], editingId: number | null) {
  const excluded = editingId === null ? new Set<number>() : subtreeIds(kpis, editingId);
  return treeOrder(kpis)
    .filter(({ kpi }) => !excluded.has(kpi.id))
    .map(({ kpi, depth }) => ({
      value: String(kpi.id),
      label: `${'\u2003'.repeat(depth)}${kpi.name}`,
    }));
}
