import { create } from 'zustand';

export type DialogName = 'newWorkbook' | 'openWorkbook' | 'saveAs' | 'importJson';

interface DialogState {
  open: DialogName | null;
  show: (name: DialogName) => void;
  hide: () => void;
}

/** Which workbook dialog is showing: started from buttons, shortcuts or the desktop menu alike. */
export const useDialogStore = create<DialogState>()((set) => ({
  open: null,
  show: (name) => set({ open: name }),
  hide: () => set({ open: null }),
}));
