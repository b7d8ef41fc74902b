import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface DashboardViewState {
  /** Every chart shows its figures as a table instead (for reading aloud or copying). */
  tablesOnly: boolean;
  setTablesOnly: (tablesOnly: boolean) => void;
}

export const initialDashboardViewState = { tablesOnly: false };

/** View choices of the dashboard and the Health tab; workbook data stays in SQLite. */
export const useDashboardView = create<DashboardViewState>()(
  persist(
    (set) => ({
      ...initialDashboardViewState,
      setTablesOnly: (tablesOnly) => set({ tablesOnly }),
    }),
    { name: 'pwb.dashboard-view', version: 1 },
  ),
);
