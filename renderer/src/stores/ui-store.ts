import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface UiState {
  /** The partner page tab last chosen, reopened on the next partner. */
  partnerTab: string;
  setPartnerTab: (tab: string) => void;
}

export const initialUiState = { partnerTab: 'overview' };

/** Remembered UI choices (view state only; workbook data lives in SQLite). */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      ...initialUiState,
      setPartnerTab: (partnerTab) => set({ partnerTab }),
    }),
    { name: 'pwb.ui', version: 1 },
  ),
);
