// Lab workers as Node worker_threads, for Vitest and the bench: the same worker logic as the browser's.
import { Worker } from 'node:worker_threads';
import { WorkerPool, type LabPort } from '../pool.ts';
import type { FromWorker } from '../protocol.ts';

function spawnNodeWorker(): LabPort {
  const w = new Worker(new URL('./node-worker-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./node-worker-entry.ts', import.meta.url).href },
  });
  w.unref(); // an idle pool must not keep the process alive
  return {
    post: (msg) => w.postMessage(msg),
    listen(onMessage, onError) {
      w.on('message', (m: FromWorker) => onMessage(m));
      w.on('error', onError);
    },
    terminate: () => void w.terminate(),
  };
}

export function createNodePool(): WorkerPool {
  return new WorkerPool(spawnNodeWorker);
}
