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
  const wrapped = Comlink.wrap<EngineApi>(worker);
  const remote: WorkerHandle['remote'] = {
    check: (source, runId) => wrapped.check(source, runId),
    inspect: (source, settings, at, runId) => wrapped.inspect(source, settings, at, runId),
    // A callback crosses to the worker only as a Comlink proxy (a MessagePort it calls back through).
    run: (source, settings, runId, onProgress) => wrapped.run(source, settings, runId, onProgress ? Comlink.proxy(onProgress) : undefined),
  };
  return {
    remote,
    // No releaseProxy: it waits for an answer a hung worker never sends.
    terminate: () => worker.terminate(),
    onCrash(callback) {
      worker.addEventListener('error', (event) => callback(event.message || 'the worker failed to load or crashed'));
    },
  };
}
