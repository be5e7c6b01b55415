// TraceCursor: a trace and the player state at one position in it, moved by applying events forwards,
// reverting them backwards, and restoring keyframes for far seeks.
//
// Position p means events [0, p) are applied: 0 is before the run, `length` is its end. The state
// object is mutated in place by moves (and replaced by a keyframe copy on a far seek), so readers
// take `cursor.state` again after each move; callers that render it bump a version of their own.
import { TraceReader } from '../reader.ts';
import type { TraceData } from '../writer.ts';
import { Keyframes, keyframeOptionsFor, type KeyframeOptions } from './keyframes.ts';
import { playerStateSlice, type PlayerState } from './player-state.ts';
import type { StateSlice } from './slice.ts';
import { nextLineOf, nextStop, positionOfStep, previousStop, type Granularity } from './step-boundaries.ts';

export class TraceCursor<S = PlayerState> {
  readonly reader: TraceReader;
  private readonly slice: StateSlice<S>;
  private readonly keyframes: Keyframes<S>;
  private current: S;
  private pos = 0;

  /**
   * @example const c = new TraceCursor(run.trace); c.seek(c.length); c.state.output.stdout
   */
  constructor(trace: TraceData, options: KeyframeOptions & { slice?: StateSlice<S> } = {}) {
    this.reader = new TraceReader(trace);
    this.slice = options.slice ?? (playerStateSlice(trace) as unknown as StateSlice<S>);
    this.keyframes = new Keyframes(this.slice, trace.count, { ...keyframeOptionsFor(trace.header.goVersion), ...options });
    this.current = this.slice.init();
    this.keyframes.offer(0, this.current);
  }

  get length(): number {
    return this.reader.length;
  }

  get position(): number {
    return this.pos;
  }

  /** The state at the position. Mutated by the next move: do not keep parts of it across moves unless the slice says they are immutable. */
  get state(): S {
    return this.current;
  }

  /** Scheduler step of the last applied event (0 at the start). */
  get step(): number {
    return this.pos === 0 ? 0 : this.reader.stepAt(this.pos - 1);
  }

  /** Events between keyframes for this trace. */
  get keyframeInterval(): number {
    return this.keyframes.interval;
  }

  get keyframeCount(): number {
    return this.keyframes.count;
  }

  /** Applies the next event; false at the end. */
  forward(): boolean {
    if (this.pos >= this.reader.length) return false;
    this.slice.apply(this.current, this.reader.get(this.pos)!);
    this.pos++;
    this.keyframes.offer(this.pos, this.current);
    return true;
  }

  /** Reverts the last applied event; false at the start. */
  back(): boolean {
    if (this.pos <= 0) return false;
    this.pos--;
    this.slice.revert(this.current, this.reader.get(this.pos)!);
    return true;
  }

  /** Moves to `position` (clamped to [0, length]; a non-number means 0), folding at most one keyframe interval plus the distance already walked. */
  seek(position: number): void {
    const target = clampPosition(position, this.reader.length);
    const direct = Math.abs(target - this.pos);
    const kf = this.keyframes.nearestPosition(target);
    if (kf >= 0 && target - kf < direct) {
      const restored = this.keyframes.nearest(target)!;
      this.current = restored.state;
      this.pos = restored.position;
    }
    while (this.pos < target) this.forward();
    while (this.pos > target) this.back();
  }

  /** Step forwards to the next stop of the granularity; returns the new position. */
  stepForward(granularity: Granularity): number {
    this.seek(nextStop(this.reader, this.pos, granularity));
    return this.pos;
  }

  /** Step back to the previous stop of the granularity; returns the new position. */
  stepBack(granularity: Granularity): number {
    this.seek(previousStop(this.reader, this.pos, granularity));
    return this.pos;
  }

  /** Runs goroutine g to its next statement (or its end); false, without moving, when it has none. */
  stepGoroutine(g: number): boolean {
    const to = nextLineOf(this.reader, this.pos, g);
    if (to < 0) return false;
    this.seek(to);
    return true;
  }

  /** Moves to the start of scheduler step `step`. */
  seekStep(step: number): void {
    this.seek(positionOfStep(this.reader, Number.isFinite(step) ? step : 0));
  }
}

function clampPosition(p: number, length: number): number {
  if (!Number.isFinite(p)) return p === Infinity ? length : 0;
  return Math.min(length, Math.max(0, Math.round(p)));
}
