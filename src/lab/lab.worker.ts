// Browser entry of a lab worker: forwards messages to the shared worker logic.
import { handleMessage } from './worker-main.ts';

self.onmessage = (e: MessageEvent) => handleMessage(e.data, (m) => self.postMessage(m));
