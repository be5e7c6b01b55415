// Starts the run controller for the app's lifetime, with its own engine worker.
//
// Runs get a worker of their own, separate from the live checker's: a run may take seconds (its
// budget is large), and a check queued behind it would leave the Problems panel stale; stopping a
// run terminates its worker, which must not cost the checker its state either.
import { useEffect } from 'react';
import { EngineClient } from '../../worker/client.ts';
import { spawnEngineWorker } from '../../worker/spawn-engine-worker.ts';
import { appStore } from '../store/index.ts';
import { startRunController } from './run-controller.ts';

export function useRunController(): void {
  useEffect(() => {
    // The worker starts on the first Run, not on page load.
    const client = new EngineClient({ spawn: () => spawnEngineWorker('go-map-lab-runner'), name: 'runner' });
    const stop = startRunController(appStore, client);
    return () => {
      stop();
      client.dispose();
    };
  }, []);
}
