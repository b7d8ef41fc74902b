import { create } from 'zustand';
import type { SimulationJob } from '../../../../shared/contract/index.ts';

export type EconomicsView = 'forecast' | 'revenue-share' | 'unit-economics';

interface EconomicsState {
  /** The latest simulation per scope ('program' or a partner id), so a tab switch keeps the band. */
  jobs: Record<string, string>;
  /** The latest finished run per scope: its band stays drawn while a new run is under way. */
  done: Record<string, SimulationJob>;
  /** The partner tab's section last chosen. */
  partnerView: EconomicsView;
  setJob: (scope: string, jobId: string) => void;
  setDone: (scope: string, job: SimulationJob) => void;
  setPartnerView: (view: EconomicsView) => void;
}

export const initialEconomicsState = {
  jobs: {},
  done: {},
  partnerView: 'forecast' as EconomicsView,
};

/** View state only: job ids live as long as the window; figures stay in the backend. */
export const useEconomicsStore = create<EconomicsState>()((set) => ({
  ...initialEconomicsState,
  setJob: (scope, jobId) => set((s) => ({ jobs: { ...s.jobs, [scope]: jobId } })),
  setDone: (scope, job) => set((s) => ({ done: { ...s.done, [scope]: job } })),
  setPartnerView: (partnerView) => set({ partnerView }),
}));

export const scopeKey = (partnerId: number | null): string =>
  partnerId === null ? 'program' : String(partnerId);
