import { useQueryClient } from '@tanstack/react-query';
import {
  moneyMeasures,
  type ActualMeasure,
  type ActualsGrid,
  type MethodInput,
} from '../../../../shared/contract/index.ts';
import { toMinor } from '../../../../shared/domain/money.ts';
import { call } from '../../api/client.ts';
import { apiKey } from '../../api/hooks.ts';
import type { CellRef } from './actuals-columns.ts';

/**
 * Saves one grid cell through the method that owns it, then patches the cached grid with what
 * the backend stored (so the cell shows it at once) and refreshes the scorecards and roll-ups.
 */
export function useSaveActualsCell(partnerId: number, gridInput: MethodInput<'actuals.grid'>) {
  const client = useQueryClient();
  const patch = (update: (grid: ActualsGrid) => ActualsGrid) =>
    client.setQueryData<ActualsGrid>(apiKey('actuals.grid', gridInput), (old) =>
      old ? update(old) : old,
    );

  return async (period: string, ref: CellRef, value: number | null, currency: string) => {
    const id = ref.slice(2);
    if (ref.startsWith('m:')) {
      const measure = id as ActualMeasure;
      const stored =
        value !== null && moneyMeasures.has(measure) ? toMinor(value, currency) : value;
      const row = await call('actuals.set', { partnerId, period, measure, value: stored });
      const empty = Object.entries(row).every(
        ([k, v]) => k === 'partnerId' || k === 'period' || v === null,
      );
      patch((g) => ({
        ...g,
        actuals: [...g.actuals.filter((a) => a.period !== period), ...(empty ? [] : [row])],
      }));
    } else if (ref.startsWith('k:')) {
      const kpiId = Number(id);
      const stored = await call('kpis.setValue', { kpiId, partnerId, period, value });
      patch((g) => ({
        ...g,
        kpiValues: [
          ...g.kpiValues.filter((v) => !(v.kpiId === kpiId && v.period === period)),
          ...(stored ? [stored] : []),
        ],
      }));
    } else {
      await call('scorecards.setInput', { partnerId, period, criterionKey: id, value });
      patch((g) => ({
        ...g,
        scorecardInputs: [
          ...g.scorecardInputs.filter((i) => !(i.criterionKey === id && i.period === period)),
          ...(value === null ? [] : [{ partnerId, period, criterionKey: id, value }]),
        ],
      }));
    }
    void client.invalidateQueries({ queryKey: ['scorecards'] });
    void client.invalidateQueries({ queryKey: ['kpis', 'rollup'] });
    void client.invalidateQueries({ queryKey: ['kpis', 'values'] });
  };
}
