import type { dashboardMethods } from '../../../shared/contract/dashboard.ts';
import { localIsoDate } from '../../../db/repositories/governance-scope.ts';
import type { HandlerMap } from '../handler-types.ts';
import { buildDashboard } from '../services/dashboard.ts';

export const dashboardHandlers: HandlerMap<keyof typeof dashboardMethods> = {
  'dashboard.get': ({ today: asked, period }, { state }) => {
    const { repos } = state.require();
    const today = asked ?? localIsoDate();
    return repos.dashboardReads.cached(`${today}|${period ?? ''}`, () =>
      buildDashboard(repos, { today, period }),
    );
  },
};
