// `window.__gomaplabPlayer`: the player's handle for browser tests and the bench (beside the app's
// `window.__gomaplab`), exposing only what the controls already do.
import type { AppState } from '../store/index.ts';

export interface PlayerTestHook {
  /** Events applied, and the trace's length (0 without a trace). */
  position(): number;
  length(): number;
  /** Scheduler step at the cursor. */
  step(): number;
  stepBy(direction: 1 | -1): void;
  seek(position: number): void;
  /** Changes on every move: lets a caller wait for a re-render. */
  version(): number;
}

declare global {
  interface Window {
    __gomaplabPlayer?: PlayerTestHook;
  }
}

export function installPlayerTestHook(store: { getState(): AppState }): () => void {
  if (typeof window === 'undefined') return () => {};
  const hook: PlayerTestHook = {
    position: () => store.getState().playerPosition,
    length: () => store.getState().playerLength,
    step: () => store.getState().playerStep,
    stepBy: (d) => store.getState().playerStepBy(d < 0 ? -1 : 1),
    seek: (p) => store.getState().playerSeek(Number(p)),
    version: () => store.getState().playerVersion,
  };
  window.__gomaplabPlayer = hook;
  return () => {
    if (window.__gomaplabPlayer === hook) delete window.__gomaplabPlayer;
  };
}
