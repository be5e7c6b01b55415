// Node entry of a lab worker (worker_threads): the same logic as lab.worker.ts, over parentPort.
import { parentPort } from 'node:worker_threads';
import { handleMessage } from '../worker-main.ts';

parentPort?.on('message', (msg) => handleMessage(msg, (m) => parentPort!.postMessage(m)));
