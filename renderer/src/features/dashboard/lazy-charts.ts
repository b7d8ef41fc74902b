import { lazy } from 'react';

/**
 * The charts library (recharts under Mantine charts) is the largest part of the dashboard; it is
 * loaded when the first chart is drawn, not before the dashboard's first screen.
 */
export const BarChart = lazy(() =>
  import('@mantine/charts').then((m) => ({ default: m.BarChart })),
);
export const LineChart = lazy(() =>
  import('@mantine/charts').then((m) => ({ default: m.LineChart })),
);
