// Hooks views use to read the player's state at the cursor.
//
// The folded state is mutated in place as the cursor moves (see store/player-slice.ts), so these
// hooks subscribe to `playerVersion` and hand out the state with the version: views memoise on the
// version (or, for one goroutine, on its record, which is replaced whenever it changes).
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PlayerState } from '../../engine/trace/state/player-state.ts';
import type { TraceReader } from '../../engine/trace/reader.ts';
import { useAppStore, type AppState } from '../store/index.ts';

export interface PlayerView {
  /** The state at the cursor. Read it during render; do not keep parts of it across renders (records excepted). */
  state: PlayerState;
  /** Events applied (0 … length). */
  position: number;
  length: number;
  /** Scheduler step of the last applied event. */
  step: number;
  /** Changes on every move: the dependency for useMemo over `state`. */
  version: number;
  /** The trace, for views that scan it (a timeline, "next map change"). */
  reader: TraceReader;
}

/**
 * The player's state at the cursor, or null before a traced run has finished.
 * @example const view = usePlayerState(); const g7 = view?.state.goroutines.byId.get(7);
 */
export function usePlayerState(): PlayerView | null {
  const [cursor, version, position, length, step] = useAppStore(
    useShallow((s: AppState) => [s.playerCursor, s.playerVersion, s.playerPosition, s.playerLength, s.playerStep] as const),
  );
  return useMemo(
    () => (cursor === null ? null : { state: cursor.state, position, length, step, version, reader: cursor.reader }),
    // `version` changes whenever cursor.state does; position and step change with it.
    [cursor, version, position, length, step],
  );
}

/**
 * One value derived from the state at the cursor; the component re-renders only when it changes
 * (compared with Object.is, or shallowly when `shallow` is set, for arrays and plain objects).
 * @example const line = usePlayerSelector((s) => s.goroutines.byId.get(7)?.line ?? 0);
 */
export function usePlayerSelector<T>(select: (state: PlayerState) => T, fallback: T): T {
  // Every move is a store update (the version bump), which re-runs this selector on the moved state.
  return useAppStore((s: AppState) => (s.playerCursor === null ? fallback : select(s.playerCursor.state)));
}

/** The same, for selectors that build a new array or object each time (compared shallowly). */
export function usePlayerSelectorShallow<T extends object>(select: (state: PlayerState) => T, fallback: T): T {
  return useAppStore(useShallow((s: AppState) => (s.playerCursor === null ? fallback : select(s.playerCursor.state))));
}
