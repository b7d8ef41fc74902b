import { ChartWithTable, type ChartWithTableProps } from '../../components/ChartWithTable.tsx';
import { DeferredChart } from './DeferredChart.tsx';
import { useDashboardView } from './dashboard-store.ts';
import './dashboard.css';

export { FiguresTableView, type FiguresTable } from '../../components/ChartWithTable.tsx';

export interface ChartCardProps extends Omit<ChartWithTableProps, 'defaultView' | 'fill'> {
  /** The chart's height, kept by its placeholder until it is drawn (see DeferredChart). */
  chartHeight?: number;
}

/**
 * A dashboard card: chart or table as the dashboard's "Tables" switch says, filling its cell. The
 * chart is drawn when it is on screen or the browser is idle, so the first screen comes first.
 */
export function ChartCard({ chartHeight = 240, children, ...props }: ChartCardProps) {
  const tablesOnly = useDashboardView((s) => s.tablesOnly);
  return (
    <ChartWithTable {...props} defaultView={tablesOnly ? 'table' : 'chart'} fill>
      <DeferredChart height={chartHeight}>{children}</DeferredChart>
    </ChartWithTable>
  );
}
