// Carries out Run and Stop: watches the store's requests, sends the program to the run worker,
// and puts the answer (or the reason there is none) back in the store.
import type { RunProgress, RunSettings } from '../../worker/api.ts';
import type { RunOutcome } from '../../worker/client.ts';
import type { AppState } from '../store/index.ts';
import { manualRunSettings } from '../player/manual/manual-slice.ts';
import { replayRunSettings } from '../explore/replay.ts';
import { playerTraceLimit } from '../store/player-slice.ts';

/**
 * The step budget of a run in the browser, after which the engine stops the program itself. Big, so
 * any program a learner means to finish does: an empty `for {}` runs ~350 M steps/s in Chromium
 * here, so it stops itself after ~30 s, a loop with a body later. Stop ends a run at once.
 */
export const browserStepBudget = 10_000_000_000;

export interface RunControllerStore {
  getState(): AppState;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
}

/** What the controller needs from the worker client (EngineClient has both). */
export interface Runner {
  run(source: string, settings: RunSettings, onProgress?: (p: RunProgress) => void): Promise<RunOutcome>;
  stop(): boolean;
}

/** The settings a run uses, read from the store's settings slice. */
export function runSettingsOf(state: Pick<AppState, 'seed' | 'procs' | 'policy'> & Partial<Pick<AppState, 'manualSchedule' | 'race' | 'goVersion' | 'replay' | 'code'>>): RunSettings {
  // Every run is traced for the player (its memory bounded by the trace limit). Manual mode also
  // replays the learner's choices so far (player/manual/manual-slice.ts); other policies replay
  // the explorer's failing schedule first while it still fits (explore/replay.ts).
  const manual = manualRunSettings({ policy: state.policy, manualSchedule: state.manualSchedule ?? [] });
  return { seed: state.seed, procs: state.procs, policy: state.policy, maxSteps: browserStepBudget, trace: true, traceLimit: playerTraceLimit, ...manual, ...replayRunSettings(state), ...(state.race ? { race: true } : {}), ...(state.goVersion ? { goVersion: state.goVersion } : {}) };
}

/**
 * Starts watching for Run and Stop requests. Returns a function that stops watching.
 * @example const stop = startRunController(appStore, new EngineClient({ spawn: () => spawnEngineWorker('go-map-lab-runner'), name: 'runner' }));
 */
export function startRunController(store: RunControllerStore, runner: Runner, now: () => number = () => performance.now()): () => void {
  let disposed = false;

  const start = () => {
    const state = store.getState();
    const settings = runSettingsOf(state);
    const started = now();
    state.runStarted(settings);
    // A run still going is stopped by the client; its promise then settles `stale` and is ignored.
    const onProgress = (p: RunProgress) => {
      if (!disposed) store.getState().runProgress(p);
    };
    runner.run(state.code, settings, onProgress).then((outcome) => {
      if (disposed) return;
      const s = store.getState();
      const elapsed = now() - started;
      if (outcome.kind === 'reply') s.runFinished(outcome.reply, elapsed);
      else if (outcome.kind === 'stopped') s.runStopped(elapsed);
      else if (outcome.kind === 'timeout' || outcome.kind === 'failed') s.runFailed(outcome.message, elapsed);
    });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.runRequest !== previous.runRequest) start();
    if (state.stopRequest !== previous.stopRequest) runner.stop();
  });

  return () => {
    disposed = true;
    unsubscribe();
  };
}
