import { create } from 'zustand';

interface FirstProgramIntent {
  /** The next new workbook opens on the guided start. */
  wanted: boolean;
  setWanted: (wanted: boolean) => void;
}

/** Carries "I'm starting my first program" from the start screen into the new-workbook dialog. */
export const useFirstProgramIntent = create<FirstProgramIntent>()((set) => ({
  wanted: false,
  setWanted: (wanted) => set({ wanted }),
}));
