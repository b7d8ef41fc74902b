import { create } from 'zustand';
import type { ActivityFields } from '../../../../shared/contract/index.ts';

export type EditorTarget =
  { mode: 'new'; defaults: Partial<ActivityFields> } | { mode: 'edit'; id: number };

interface EditorState {
  target: EditorTarget | null;
  openNew: (defaults?: Partial<ActivityFields>) => void;
  openEdit: (id: number) => void;
  close: () => void;
}

/** Which activity the editor shows; opened from the calendar, the conflicts list or a partner tab. */
export const useActivityEditor = create<EditorState>()((set) => ({
  target: null,
  openNew: (defaults = {}) => set({ target: { mode: 'new', defaults } }),
  openEdit: (id) => set({ target: { mode: 'edit', id } }),
  close: () => set({ target: null }),
}));
