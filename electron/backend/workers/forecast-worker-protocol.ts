import type { ForecastInputs } from '../../../shared/domain/forecast.ts';
import type { MonteCarloResult, UncertainInputs } from '../../../shared/domain/monte-carlo.ts';

/** What the backend asks of the forecast worker: one Monte Carlo run at a time. */
export interface SimulationRequest {
  type: 'run';
  jobId: string;
  inputs: ForecastInputs;
  uncertain: UncertainInputs;
  trials: number;
  seed: number;
  /** Int32Array(1) over shared memory: the backend stores 1 to stop the run between batches. */
  cancelFlag: SharedArrayBuffer;
  /**
   * A pause after each batch, in milliseconds: 0 in use. Tests of cancelling through the UI set
   * PWB_SIMULATION_PACE_MS so a run lasts long enough to be caught while it runs.
   */
  paceMs: number;
}

export type SimulationReply =
  | { type: 'progress'; jobId: string; completedTrials: number; totalTrials: number }
  | { type: 'finished'; jobId: string; result: MonteCarloResult }
  | { type: 'failed'; jobId: string; message: string };
