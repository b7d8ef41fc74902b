import type { KpiRollupRow } from '../../../shared/contract/index.ts';
import type { kpiMethods } from '../../../shared/contract/kpis.ts';
import { flattenKpiTree, rollupKpis, type KpiInput } from '../../../shared/domain/kpi-rollup.ts';
import { weightedMeanOfPresent } from '../../../shared/domain/scorecard.ts';
import type { HandlerMap } from '../handler-types.ts';

export const kpiHandlers: HandlerMap<keyof typeof kpiMethods> = {
  'kpis.list': (_input, { state }) => state.require().repos.kpis.list(),
  'kpis.create': (input, { state }) => state.require().repos.kpis.create(input),
  'kpis.update': (input, { state }) => state.require().repos.kpis.update(input.id, input.fields),
  'kpis.delete': (input, { state }) => ({ deleted: state.require().repos.kpis.delete(input.id) }),
  'kpis.setTarget': (input, { state }) =>
    state.require().repos.kpis.setTarget(input.kpiId, input.period, input.target),
  'kpis.values': (input, { state }) =>
    state.require().repos.kpis.values(input.scope, input.from, input.to),
  'kpis.setValue': (input, { state }) =>
    state.require().repos.kpis.setValue(input.kpiId, input.partnerId, input.period, input.value),
  /**
   * The program view rolls every KPI up; a partner's view rolls up the program KPIs and the KPIs
   * linked to that partner, with that partner's figures.
   */
  'kpis.rollup': ({ period, scope }, { state }) => {
    const { repos } = state.require();
    const kpis = repos.kpis
      .list()
      .filter((k) => scope === null || k.partnerId === null || k.partnerId === scope);
    const actualOf = new Map(
      repos.kpis.values(scope, period, period).map((v) => [v.kpiId, v.value]),
    );
    const inputs: KpiInput[] = kpis.map((k) => ({
      id: k.id,
      parentId: k.parentId,
      name: k.name,
      level: k.level,
      category: k.category,
      direction: k.direction,
      weight: k.weight,
      target: k.targets.find((t) => t.period === period)?.target ?? k.defaultTarget,
      actual: actualOf.get(k.id) ?? null,
    }));
    const byId = new Map(kpis.map((k) => [k.id, k]));
    const { roots } = rollupKpis(inputs);
    const rows: KpiRollupRow[] = flattenKpiTree(roots).flatMap(({ node, depth }) => {
      const kpi = byId.get(Number(node.id));
      if (!kpi) return [];
      return [
        {
          id: kpi.id,
          parentId: depth === 0 ? null : kpi.parentId,
          partnerId: kpi.partnerId,
          name: kpi.name,
          level: kpi.level,
          category: kpi.category,
          unit: kpi.unit,
          direction: kpi.direction,
          weight: kpi.weight,
          depth,
          target: node.target,
          actual: node.actual,
          attainment: node.attainment,
          source: node.source,
          missingChildIds: node.missingChildIds.map(Number),
        },
      ];
    });
    const overall = weightedMeanOfPresent(
      roots.map((r) => ({ weight: r.weight, value: r.attainment })),
    );
    return { period, scope, rows, overall };
  },
};
