// The forecast worker: runs Monte Carlo simulations off the backend's thread, so the UI and every
// other call keep answering. Built as a second entry of the Electron main bundle; from source it
// is loaded through tsx-bootstrap.mjs.
import { parentPort } from 'node:worker_threads';
import { runMonteCarlo } from '../../../shared/domain/monte-carlo.ts';
import type { SimulationReply, SimulationRequest } from './forecast-worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('The forecast worker must run in a worker thread.');

const reply = (message: SimulationReply) => port.postMessage(message);

port.on('message', (request: SimulationRequest) => {
  const { jobId, trials } = request;
  const cancel = new Int32Array(request.cancelFlag);
  const pause = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  try {
    const result = runMonteCarlo(request.inputs, request.uncertain, {
      trials,
      seed: request.seed,
      // About a hundred progress reports per run, and as many chances to stop.
      progressEvery: Math.max(100, Math.ceil(trials / 100)),
      onProgress: (completedTrials, totalTrials) => {
        reply({ type: 'progress', jobId, completedTrials, totalTrials });
        if (request.paceMs > 0) Atomics.wait(pause, 0, 0, request.paceMs);
      },
      shouldCancel: () => Atomics.load(cancel, 0) === 1,
    });
    reply({ type: 'finished', jobId, result });
  } catch (error) {
    reply({
      type: 'failed',
      jobId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
