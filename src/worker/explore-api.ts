// The explorer worker's remote interface: search a program's schedules, report progress, answer with plain data.
//
// The explorer has its own worker (explore.worker.ts), apart from the run worker, so Cancel can
// terminate it at once without touching a run in the player; the UI starts one per search
// (src/ui/explore/explore-client.ts). Everything here survives structured cloning.
import { exploreSource, stdoutEquals, type ExploreOptions, type ExploreProgress, type ExploreResult } from '../engine/index.ts';

export type { ExploreResult, ExploreProgress };

/** What to explore, as plain data (a claim travels as the exact output it expects). */
export interface ExploreRequest {
  source: string;
  /** 'find' stops at the first failure and keeps looking with PCT; 'check' reports what it covered. */
  mode: 'find' | 'check';
  preemptions?: number;
  maxSchedules?: number;
  maxSteps?: number;
  seed?: number;
  procs?: number;
  goVersion?: string;
  race?: boolean;
  /** Claim: the program prints exactly this on standard output. */
  stdout?: string;
}

/** A progress report with the worker's clock: schedules per second so far. */
export interface ExploreProgressReport extends ExploreProgress {
  ms: number;
  perSecond: number;
  maxSchedules: number;
}

export interface ExploreReply {
  result: ExploreResult;
  /** Worker time spent, in milliseconds. */
  ms: number;
  perSecond: number;
}

export interface ExploreWorkerApi {
  /**
   * Runs the search to its end (synchronous in the worker; Cancel terminates the worker).
   * @example await remote.explore({ source, mode: 'find' }) // { result: { status: 'failed', failure: { schedule: [2, 1, …] } }, ms: 180, … }
   */
  explore(request: ExploreRequest, onProgress?: (p: ExploreProgressReport) => void): ExploreReply;
}

/** Reports at most this often (ms): a callback per schedule would flood the UI thread. */
const PROGRESS_EVERY_MS = 100;

/** Builds the worker's implementation; `now` is the worker's clock (tests pass their own). */
export function createExploreApi(now: () => number = () => performance.now()): ExploreWorkerApi {
  return {
    explore(request, onProgress) {
      const started = now();
      const maxSchedules = Math.max(1, Math.floor(Number(request.maxSchedules) || 10_000));
      let lastReport = -Infinity;
      const options: ExploreOptions = {
        mode: request.mode === 'check' ? 'check' : 'find',
        maxSchedules,
        progressEvery: 1,
        ...(typeof request.preemptions === 'number' ? { preemptions: request.preemptions } : {}),
        ...(typeof request.maxSteps === 'number' ? { maxSteps: request.maxSteps } : {}),
        ...(typeof request.seed === 'number' ? { seed: request.seed } : {}),
        ...(typeof request.procs === 'number' ? { procs: request.procs } : {}),
        ...(typeof request.goVersion === 'string' ? { goVersion: request.goVersion } : {}),
        ...(request.race === true ? { race: true } : {}),
        ...(typeof request.stdout === 'string' ? { claim: stdoutEquals(request.stdout) } : {}),
        onProgress: onProgress
          ? (p) => {
              const t = now();
              if (t - lastReport < PROGRESS_EVERY_MS) return;
              lastReport = t;
              const ms = t - started;
              onProgress({ ...p, ms, perSecond: ms > 0 ? (p.schedules * 1000) / ms : 0, maxSchedules });
            }
          : undefined,
      };
      const result = exploreSource(typeof request.source === 'string' ? request.source : '', options);
      const ms = now() - started;
      return { result, ms, perSecond: ms > 0 ? (result.schedules * 1000) / ms : 0 };
    },
  };
}
