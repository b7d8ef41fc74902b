import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ActivityKind, ActivityStatus } from '../../../../shared/contract/index.ts';

export type CalendarView = 'month' | 'timeline';
export type TimelineGrouping = 'partner' | 'channel';
export type CalendarTab = 'schedule' | 'budgets';

interface CalendarViewState {
  tab: CalendarTab;
  view: CalendarView;
  grouping: TimelineGrouping;
  /** Months shown by the timeline, starting at the anchor month. */
  timelineMonths: number;
  partnerFilter: number[];
  kindFilter: ActivityKind[];
  statusFilter: ActivityStatus[];
  /** 'YYYY-MM' shown by the month view and first month of the timeline; not remembered. */
  anchorMonth: string | null;
}

interface CalendarViewActions {
  setTab: (tab: CalendarTab) => void;
  setView: (view: CalendarView) => void;
  setGrouping: (grouping: TimelineGrouping) => void;
  setTimelineMonths: (months: number) => void;
  setPartnerFilter: (ids: number[]) => void;
  setKindFilter: (kinds: ActivityKind[]) => void;
  setStatusFilter: (statuses: ActivityStatus[]) => void;
  clearFilters: () => void;
  setAnchorMonth: (month: string | null) => void;
}

export const initialCalendarViewState: CalendarViewState = {
  tab: 'schedule',
  view: 'month',
  grouping: 'partner',
  timelineMonths: 3,
  partnerFilter: [],
  kindFilter: [],
  statusFilter: [],
  anchorMonth: null,
};

/** The calendar's view, grouping and filters, remembered between sessions (view state only). */
export const useCalendarStore = create<CalendarViewState & CalendarViewActions>()(
  persist(
    (set) => ({
      ...initialCalendarViewState,
      setTab: (tab) => set({ tab }),
      setView: (view) => set({ view }),
      setGrouping: (grouping) => set({ grouping }),
      setTimelineMonths: (timelineMonths) => set({ timelineMonths }),
      setPartnerFilter: (partnerFilter) => set({ partnerFilter }),
      setKindFilter: (kindFilter) => set({ kindFilter }),
      setStatusFilter: (statusFilter) => set({ statusFilter }),
      clearFilters: () => set({ partnerFilter: [], kindFilter: [], statusFilter: [] }),
      setAnchorMonth: (anchorMonth) => set({ anchorMonth }),
    }),
    {
      name: 'pwb.calendar',
      version: 1,
      partialize: ({ anchorMonth: _anchor, ...remembered }) => remembered,
    },
  ),
);
