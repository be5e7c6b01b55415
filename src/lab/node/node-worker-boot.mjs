// Boots a lab worker_thread: registers tsx so the TypeScript entry can be imported.
// (Passing `--import tsx` in a worker's execArgv does not register the loader on Node 20.)
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
