// Lab workers as browser Web Workers.
import { WorkerPool, type LabPort } from './pool.ts';
import type { FromWorker } from './protocol.ts';

function spawnBrowserWorker(): LabPort {
  const w = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module', name: 'go-map-lab' });
  return {
    post: (msg) => w.postMessage(msg),
    listen(onMessage, onError) {
      w.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
      w.onerror = (e) => onError(e.message || 'worker failed to start');
    },
    terminate: () => w.terminate(),
  };
}

export function createBrowserPool(): WorkerPool {
  return new WorkerPool(spawnBrowserWorker);
}

/** Whether this page may use SharedArrayBuffer (it needs COOP/COEP, i.e. cross-origin isolation). */
export function sharedMemoryAvailable(): boolean {
  return typeof SharedArrayBuffer === 'function' && globalThis.crossOriginIsolated === true;
}

/** Threads worth starting: what the browser reports, at least 2. */
export function hardwareThreads(): number {
  const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Number.isFinite(n) && n > 0 ? Math.max(2, n) : 2;
}
