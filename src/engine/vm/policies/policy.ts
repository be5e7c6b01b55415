// What a scheduling policy decides: which running goroutine advances next, and for how long.
import type { Rand } from '../rand.ts';

export interface Decision {
  /** Goroutine id to advance (must be one of the candidates). */
  g: number;
  /** Preemption points it runs before the next decision (≥ 1). */
  quantum: number;
}

export interface SchedulePolicy {
  readonly name: string;
  /**
   * Chooses among goroutines currently on a P (sorted by P index). Returns null only for the
   * manual policy when the learner has not chosen yet: the run pauses until they do.
   */
  decide(candidates: readonly number[], rand: Rand, procs: number): Decision | null;
}
