// Runs one schedule search in a fresh explorer worker; Cancel terminates that worker at once.
//
// A Comlink call cannot be cancelled, so each search gets its own worker, thrown away when the
// search ends or is cancelled (start-up costs ~100 ms, a search is a deliberate act).
import * as Comlink from 'comlink';
import type { ExploreProgressReport, ExploreReply, ExploreRequest, ExploreWorkerApi } from '../../worker/explore-api.ts';

export type ExploreOutcome = { kind: 'done'; reply: ExploreReply } | { kind: 'failed'; message: string } | { kind: 'cancelled' };

export interface ExploreSearch {
  result: Promise<ExploreOutcome>;
  cancel(): void;
}

export function startExplore(request: ExploreRequest, onProgress: (p: ExploreProgressReport) => void): ExploreSearch {
  let settle: (o: ExploreOutcome) => void = () => {};
  const result = new Promise<ExploreOutcome>((resolve) => (settle = resolve));
  let worker: Worker | null = null;
  let settled = false;
  const end = (o: ExploreOutcome) => {
    if (settled) return;
    settled = true;
    worker?.terminate();
    worker = null;
    settle(o);
  };
  try {
    worker = new Worker(new URL('../../worker/explore.worker.ts', import.meta.url), { type: 'module', name: 'go-map-lab-explorer' });
    worker.addEventListener('error', (e) => end({ kind: 'failed', message: `The explorer failed: ${e.message || 'the worker crashed'}` }));
    const remote = Comlink.wrap<ExploreWorkerApi>(worker);
    remote.explore(request, Comlink.proxy((p: ExploreProgressReport) => {
      if (!settled) onProgress(p);
    })).then(
      (reply) => end({ kind: 'done', reply }),
      (e: unknown) => end({ kind: 'failed', message: `The explorer failed: ${e instanceof Error ? e.message : String(e)}` }),
    );
  } catch (e) {
    end({ kind: 'failed', message: `The explorer could not start: ${e instanceof Error ? e.message : String(e)}` });
  }
  return { result, cancel: () => end({ kind: 'cancelled' }) };
}
