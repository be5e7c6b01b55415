// Starts node-engine-worker.ts in a worker thread: Node 20 workers do not honour `--import tsx`
// in execArgv, so the TypeScript entry is loaded through tsx's API instead.
import { tsImport } from 'tsx/esm/api';

await tsImport('./node-engine-worker.ts', import.meta.url);
