import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PackSectionId } from '../../../../shared/contract/index.ts';

export interface PackChoices {
  sections: PackSectionId[];
  partnerScope: 'all' | 'selected';
  partnerIds: number[];
  /** null: the last full month at the time of export. */
  period: string | null;
  paper: 'a4' | 'letter';
}

interface PackChoicesState {
  byWorkbook: Record<string, PackChoices>;
  save: (workbookId: string, choices: PackChoices) => void;
}

/** The pack builder's choices, remembered per workbook. */
export const usePackChoicesStore = create<PackChoicesState>()(
  persist(
    (set) => ({
      byWorkbook: {},
      save: (workbookId, choices) =>
        set((s) => ({ byWorkbook: { ...s.byWorkbook, [workbookId]: choices } })),
    }),
    { name: 'pwb.pack-choices', version: 1 },
  ),
);
