// Starts the engine Web Worker in the browser and wraps it with Comlink.
import * as Comlink from 'comlink';
import type { EngineApi } from './api.ts';
import type { WorkerHandle } from './client.ts';

/**
 * Starts one engine worker. Checks and runs use separate instances of the same script (the
 * name tells them apart in the browser's tools), so a long run never delays a check.
 */
export function spawnEngineWorker(name = 'go-map-lab-engine'): WorkerHandle {
  // Vite recognises this exact `new Worker(new URL(...), { type: 'module' })` shape and bundles the worker.
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name });
  const remote = Comlink.wrap<EngineApi>(worker);
  return {
    remote,
    // No releaseProxy: it waits for an answer a hung worker never sends.
    terminate: () => worker.terminate(),
    onCrash(callback) {
      worker.addEventListener('error', (event) => callback(event.message || 'the worker failed to load or crashed'));
    },
  };
}
