// The Web Worker that hosts the schedule explorer (one per search; Cancel terminates it).
import * as Comlink from 'comlink';
import { createExploreApi } from './explore-api.ts';

// As in engine.worker.ts: in a dedicated worker `self` is the Comlink endpoint.
Comlink.expose(createExploreApi(), self as unknown as Comlink.Endpoint);
