import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { LifecycleStage, PartnerType } from '../../../../shared/contract/index.ts';

export type PartnerSortColumn = 'name' | 'type' | 'stage' | 'tier' | 'ownerOurs' | 'ownerTheirs';
export type PartnerView = 'list' | 'board';

export interface PartnerFilters {
  types: PartnerType[];
  stages: LifecycleStage[];
  tiers: string[];
  owners: string[];
  tags: string[];
}

interface PartnerListState {
  view: PartnerView;
  sort: { column: PartnerSortColumn; direction: 'asc' | 'desc' };
  filters: PartnerFilters;
  showArchived: boolean;
  setView: (view: PartnerView) => void;
  /** A click on the sorted column flips its direction; on another column sorts ascending. */
  sortBy: (column: PartnerSortColumn) => void;
  setFilter: <K extends keyof PartnerFilters>(key: K, value: PartnerFilters[K]) => void;
  clearFilters: () => void;
  setShowArchived: (show: boolean) => void;
}

export const noFilters: PartnerFilters = { types: [], stages: [], tiers: [], owners: [], tags: [] };

export const initialPartnerListState = {
  view: 'list' as PartnerView,
  sort: { column: 'name' as PartnerSortColumn, direction: 'asc' as const },
  filters: noFilters,
  showArchived: false,
};

/** The partners page's remembered view, sort and filters (view state only). */
export const usePartnerListStore = create<PartnerListState>()(
  persist(
    (set) => ({
      ...initialPartnerListState,
      setView: (view) => set({ view }),
      sortBy: (column) =>
        set(({ sort }) => ({
          sort: {
            column,
            direction: sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc',
          },
        })),
      setFilter: (key, value) => set(({ filters }) => ({ filters: { ...filters, [key]: value } })),
      clearFilters: () => set({ filters: noFilters }),
      setShowArchived: (showArchived) => set({ showArchived }),
    }),
    { name: 'pwb.partner-list', version: 1 },
  ),
);

export const activeFilterCount = (filters: PartnerFilters): number =>
  Object.values(filters).filter((values: readonly string[]) => values.length > 0).length;
