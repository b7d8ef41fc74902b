import type { ComponentType } from 'react';
import type { Dashboard } from '../../../../shared/contract/index.ts';

export interface DashboardCardProps {
  /** Everything `dashboard.get` returned; a card may also fetch what only it needs. */
  data: Dashboard;
  /** The user's local date the dashboard was computed for. */
  today: string;
}

export interface DashboardCard {
  id: string;
  /** Columns out of 12 on a wide screen (a projector); cards stack on narrow ones. */
  span: 4 | 6 | 8 | 12;
  component: ComponentType<DashboardCardProps>;
  /** Also shown under the welcome of a workbook without partners (e.g. a guided start). */
  showOnEmptyWorkbook?: boolean;
}
