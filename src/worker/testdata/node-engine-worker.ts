// A Node worker_threads host for the engine API, to prove the API survives Comlink's serialisation
// outside a browser (see engine-api.test.ts). Started by node-engine-worker.mjs.
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink/dist/esm/comlink.mjs';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createEngineApi } from '../engine-api.ts';

expose(createEngineApi(), nodeEndpoint(parentPort!));
