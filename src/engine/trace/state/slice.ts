// The player's state is folded from trace events by slices: each owns one part (goroutines, output,
// maps, locks and channels…) and can apply an event forwards and revert it backwards.
import type { TraceEvent } from '../events.ts';

/**
 * One part of the state at a trace position. The cursor (cursor.ts) applies events in index order
 * from `init()`, reverts them in reverse order when stepping back, and keeps `clone`d keyframes so
 * a far seek folds at most one keyframe interval of events.
 *
 * Rules: `apply` and `revert` use only the event and the state (the events carry their before-values,
 * see events.ts), ignore kinds they do not own, never throw on a well-formed trace, and are exact
 * inverses: revert(apply(s, e), e) equals s. `clone` shares nothing mutable with its argument.
 */
export interface StateSlice<S> {
  readonly name: string;
  /** The state before the first event. */
  init(): S;
  apply(state: S, e: TraceEvent): void;
  /** Undoes `e`, which must be the last event applied to `state`. */
  revert(state: S, e: TraceEvent): void;
  clone(state: S): S;
}
