// The Web Worker that hosts the engine, so the UI thread never runs the checker.
import * as Comlink from 'comlink';
import type { EngineApi } from './api.ts';
import { createEngineApi } from './engine-api.ts';

// The root tsconfig types `self` as a Window (DOM lib); here it is a DedicatedWorkerGlobalScope,
// which is a Comlink endpoint. The explicit endpoint is what Comlink needs in a dedicated worker.
const api = createEngineApi();
const exposed: EngineApi = {
  check: (source, runId, goVersion) => api.check(source, runId, goVersion),
  inspect: (source, settings, at, runId) => api.inspect(source, settings, at, runId),
  run(source, settings, runId, onProgress) {
    const reply = api.run(source, settings, runId, onProgress);
    // A trace can be hundreds of megabytes: hand its buffers over instead of copying them.
    const t = reply.trace;
    return t ? Comlink.transfer(reply, [t.data.buffer, t.offsets.buffer, t.nums.buffer]) : reply;
  },
};
Comlink.expose(exposed, self as unknown as Comlink.Endpoint);
