// The Web Worker that hosts the engine, so the UI thread never runs the checker.
import * as Comlink from 'comlink';
import { createEngineApi } from './engine-api.ts';

// The root tsconfig types `self` as a Window (DOM lib); here it is a DedicatedWorkerGlobalScope,
// which is a Comlink endpoint. The explicit endpoint is what Comlink needs in a dedicated worker.
Comlink.expose(createEngineApi(), self as unknown as Comlink.Endpoint);
