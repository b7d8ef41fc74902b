import { create } from 'zustand';

interface PaletteState {
  /** Whether the palette's code has been asked for; it loads on first use, then stays. */
  wanted: boolean;
  palette: boolean;
  shortcuts: boolean;
  setPalette: (open: boolean) => void;
  setShortcuts: (open: boolean) => void;
}

/** Which of the command palette and the shortcuts sheet is showing. */
export const usePaletteStore = create<PaletteState>()((set) => ({
  wanted: false,
  palette: false,
  shortcuts: false,
  setPalette: (palette) =>
    set((s) => ({
      palette,
      wanted: s.wanted || palette,
      shortcuts: palette ? false : s.shortcuts,
    })),
  setShortcuts: (shortcuts) =>
    set((s) => ({
      shortcuts,
      wanted: s.wanted || shortcuts,
      palette: shortcuts ? false : s.palette,
    })),
}));
