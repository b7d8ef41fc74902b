import { ChartWithTable, type ChartWithTableProps } from '../../components/ChartWithTable.tsx';
import { useDashboardView } from './dashboard-store.ts';
import './dashboard.css';

export { FiguresTableView, type FiguresTable } from '../../components/ChartWithTable.tsx';

/** A dashboard card: chart or table as the dashboard's "Tables" switch says, filling its cell. */
export function ChartCard(props: Omit<ChartWithTableProps, 'defaultView' | 'fill'>) {
  const tablesOnly = useDashboardView((s) => s.tablesOnly);
  return <ChartWithTable {...props} defaultView={tablesOnly ? 'table' : 'chart'} fill />;
}
