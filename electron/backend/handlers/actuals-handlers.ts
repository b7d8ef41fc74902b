import { AppError } from '../../../shared/contract/index.ts';
import type { actualsMethods } from '../../../shared/contract/actuals.ts';
import type { HandlerMap } from '../handler-types.ts';
import type { OpenWorkbook } from '../state.ts';
import { readActualsCsv } from '../services/actuals-csv.ts';

function readCsv(open: OpenWorkbook, csvText: string, partnerId: number | null) {
  const { repos } = open;
  const partners = repos.scorecards.partners({ partnerId: null, includeArchived: true });
  if (partnerId !== null && !partners.some((p) => p.id === partnerId)) {
    throw new AppError('not_found', 'That partner no longer exists.');
  }
  return readActualsCsv(csvText, {
    partnerId,
    partners,
    kpis: repos.kpis.list(),
    currency: repos.settings.get().currency,
  });
}

export const actualsHandlers: HandlerMap<keyof typeof actualsMethods> = {
  'actuals.grid': ({ partnerId, from, to }, { state }) => {
    const { repos } = state.require();
    if (repos.scorecards.partners({ partnerId, includeArchived: true }).length === 0) {
      throw new AppError('not_found', 'That partner no longer exists.');
    }
    return {
      actuals: repos.actuals.range(partnerId, from, to),
      kpiValues: repos.kpis.values(partnerId, from, to),
      scorecardInputs: repos.scorecards.inputs(partnerId, from, to),
    };
  },
  'actuals.set': ({ partnerId, period, measure, value }, { state }) =>
    state.require().repos.actuals.set(partnerId, period, measure, value),
  'actuals.checkCsv': ({ csvText, partnerId }, { state }) =>
    readCsv(state.require(), csvText, partnerId).report,
  'actuals.importCsv': ({ csvText, partnerId, mode }, { state }) => {
    const open = state.require();
    const { report, rows } = readCsv(open, csvText, partnerId);
    if (rows.length === 0 || (mode === 'all-or-nothing' && report.errors.length > 0)) {
      return { ...report, imported: 0 };
    }
    for (const row of rows) {
      if (Object.keys(row.measures).length > 0) {
        open.repos.actuals.merge(row.partnerId, row.period, row.measures);
      }
      for (const { kpiId, value } of row.kpiValues) {
        open.repos.kpis.setValue(kpiId, row.partnerId, row.period, value);
      }
    }
    return { ...report, imported: rows.length };
  },
};
