// Runs a TypeScript worker from source (tests, the browser host, `pwb`). Worker threads do not
// inherit the parent's tsx loader, and on Node 20 `execArgv: ['--import', 'tsx']` does not reach
// a worker's entry module, so the worker registers tsx itself before importing its real entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
