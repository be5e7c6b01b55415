// Takes the player to a shared link's cursor once the link's run has loaded its trace.
//
// Opening a link starts a run; the cursor can only be reached when that run's trace is in the
// player. So the cursor waits in the share store until the player holds a new trace, then it is
// applied once (after the player has opened the run at its crash or end) and forgotten.
import type { AppState } from '../store/index.ts';
import { seekPlayer } from './player-extras.ts';
import type { ShareStore } from './share-store.ts';

interface AppStoreLike {
  getState(): AppState;
  subscribe(listener: (s: AppState, prev: AppState) => void): () => void;
}

export function followPendingCursor(app: AppStoreLike, share: ShareStore): () => void {
  return app.subscribe((s, prev) => {
    // The cursor belongs to the link's run: an edit, or a run that ended without a trace, drops it,
    // so it can never land on a different run later.
    if (share.getState().pendingCursor && (s.code !== prev.code || ((s.runStatus === 'stopped' || s.runStatus === 'failed') && s.runStatus !== prev.runStatus))) {
      share.getState().setPendingCursor(null);
      return;
    }
    const loaded = (s as { playerCursor?: unknown }).playerCursor;
    if (!loaded || loaded === (prev as { playerCursor?: unknown }).playerCursor) return;
    const cursor = share.getState().pendingCursor;
    if (!cursor) return;
    share.getState().setPendingCursor(null);
    // After this store update: the player finishes its own positioning (the crash) first.
    queueMicrotask(() => seekPlayer(app.getState(), cursor));
  });
}
