import { useCallback } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

type Choice = string | boolean;

interface ViewChoicesState {
  /** By key ("<page>.<control>"): the tab, view or toggle last chosen there. */
  choices: Record<string, Choice>;
  choose: (key: string, value: Choice) => void;
}

export const useViewChoices = create<ViewChoicesState>()(
  persist(
    (set) => ({
      choices: {},
      choose: (key, value) => set((s) => ({ choices: { ...s.choices, [key]: value } })),
    }),
    { name: 'pwb.view-choices', version: 1 },
  ),
);

/**
 * A tab, view or toggle remembered between visits and sessions (view state only). A remembered
 * value no longer among `allowed` (a tab since removed) falls back to `initial`.
 */
export function useRememberedChoice<T extends Choice>(
  key: string,
  initial: T,
  allowed: readonly T[],
): [T, (value: T) => void] {
  const stored = useViewChoices((s) => s.choices[key]);
  const choose = useViewChoices((s) => s.choose);
  const value = allowed.find((a) => a === stored) ?? initial;
  const set = useCallback((next: T) => choose(key, next), [choose, key]);
  return [value, set];
}

export const onOff = [true, false] as const;
