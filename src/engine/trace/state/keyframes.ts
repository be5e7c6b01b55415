// Keyframes: clones of the player state every K events, so a seek folds at most K events.
//
// Taken lazily, as the cursor folds forwards past a multiple of K (the first pass over a trace
// pays for them once). K grows with the trace so there are never more than `maxKeyframes`: a longer
// trace has sparser keyframes and a seek folds more events, but memory stays bounded by
// maxKeyframes × (size of one state), whatever the trace's length (tldraw's HistoryBuffer answers
// "changes since N, or rebuild" the same way).
import type { StateSlice } from './slice.ts';

export interface KeyframeOptions {
  /** Events between keyframes for short traces. */
  minInterval?: number;
  /** Most keyframes kept for any trace. */
  maxKeyframes?: number;
}

/** Chosen in cursor.bench.ts: at 1M events a seek folds ≤ 4,096 events (a few ms in Node). */
export const defaultKeyframeOptions: Required<KeyframeOptions> = { minInterval: 2048, maxKeyframes: 512 };

/**
 * Swiss-table maps (Go 1.24+) copy a whole table (up to 1,024 slots) the first time a keyframe's
 * shared copy is written, so a keyframe of a big Swiss map costs up to a few MB, not a few KB as a
 * bucket map's does (measured on the player bench program, 1M events, 128 tables: +646 MB with 489
 * keyframes against +72 MB for the bucket map). Fewer keyframes bound that; a seek then folds up to
 * 16k events (about 10 ms).
 */
export const swissKeyframeOptions: Required<KeyframeOptions> = { minInterval: 16_384, maxKeyframes: 64 };

/** The keyframe policy for a run of Go `goVersion` (its trace header's). */
export function keyframeOptionsFor(goVersion: string | undefined): Required<KeyframeOptions> {
  const m = /^1\.(\d+)/.exec(goVersion ?? '');
  return m !== null && Number(m[1]) >= 24 ? swissKeyframeOptions : defaultKeyframeOptions;
}

export class Keyframes<S> {
  /** Events between keyframes. */
  readonly interval: number;
  /** frames[k] is the state at position k × interval, once folded past. */
  private readonly frames: Array<S | undefined> = [];

  constructor(
    private readonly slice: StateSlice<S>,
    traceLength: number,
    options: KeyframeOptions = {},
  ) {
    const min = Math.max(1, Math.floor(options.minInterval ?? defaultKeyframeOptions.minInterval));
    const most = Math.max(1, Math.floor(options.maxKeyframes ?? defaultKeyframeOptions.maxKeyframes));
    this.interval = Math.max(min, Math.ceil(Math.max(0, traceLength) / most));
  }

  /** Records `state` as the keyframe at `position` if that is a keyframe position without one. */
  offer(position: number, state: S): void {
    if (position % this.interval !== 0) return;
    const k = position / this.interval;
    if (this.frames[k] === undefined) this.frames[k] = this.slice.clone(state);
  }

  /** The nearest keyframe at or before `position`: its position and a fresh copy of its state. */
  nearest(position: number): { position: number; state: S } | undefined {
    for (let k = Math.floor(position / this.interval); k >= 0; k--) {
      const f = this.frames[k];
      if (f !== undefined) return { position: k * this.interval, state: this.slice.clone(f) };
    }
    return undefined;
  }

  /** Position of the nearest keyframe at or before `position` (-1 none), without copying it. */
  nearestPosition(position: number): number {
    for (let k = Math.floor(position / this.interval); k >= 0; k--) if (this.frames[k] !== undefined) return k * this.interval;
    return -1;
  }

  get count(): number {
    let n = 0;
    for (const f of this.frames) if (f !== undefined) n++;
    return n;
  }
}
