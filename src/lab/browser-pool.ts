// Lab workers as browser Web Workers.
import { WorkerPool, type LabPort } from './pool.ts';
import type { FromWorker } from './protocol.ts';
import { MAX_WORKERS } from './workload.ts';

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

/** navigator.hardwareConcurrency, or 0 when the browser does not say. */
export function reportedThreads(): number {
  const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Most workers the lab offers: what the browser reports, at least 2 (the owner strategy needs two). */
export function hardwareThreads(): number {
  return Math.min(MAX_WORKERS, Math.max(2, reportedThreads()));
}
