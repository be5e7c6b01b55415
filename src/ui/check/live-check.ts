// Checks the program as the learner types: wait for a short pause, send the text to the worker,
// store the answer. The UI thread never runs the checker itself.
import type { CheckOutcome } from '../../worker/client.ts';
import type { AppState } from '../store/index.ts';

export interface LiveCheckStore {
  getState(): AppState;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
}

export interface Checker {
  check(source: string, goVersion?: string): Promise<CheckOutcome>;
}

/**
 * Starts checking: once now, then `checkDelayMs` after each change to the code.
 * Returns a function that stops it.
 * @example const stop = startLiveCheck(appStore, new EngineClient({ spawn: spawnEngineWorker }));
 */
export function startLiveCheck(store: LiveCheckStore, checker: Checker): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const send = () => {
    timer = undefined;
    const state = store.getState();
    state.checkStarted();
    checker.check(state.code, state.goVersion).then((outcome) => {
      if (stopped) return;
      const s = store.getState();
      if (outcome.kind === 'reply') s.checkFinished(outcome.reply);
      else if (outcome.kind === 'timeout') s.checkInterrupted('restarted', outcome.message);
      else if (outcome.kind === 'failed') s.checkInterrupted('failed', outcome.message);
      // 'stale': a newer check is on its way; its answer will land.
    });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    // A new Go version changes which features exist: check again at once.
    if (state.goVersion !== previous.goVersion) {
      if (timer !== undefined) clearTimeout(timer);
      send();
      return;
    }
    if (state.code === previous.code) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(send, state.checkDelayMs);
  });
  send();

  return () => {
    stopped = true;
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
