// Manual scheduling: the learner is the scheduler. The run pauses at every decision until a choice is made.
import type { Decision, SchedulePolicy } from './policy.ts';

export class ManualPolicy implements SchedulePolicy {
  readonly name = 'manual';
  private readonly queued: number[];
  /** The candidates offered at the last pause (for the UI's buttons). */
  offered: readonly number[] = [];
  /** Set when a queued choice named a goroutine that could not run at that point. */
  diverged = false;

  /**
   * @param choices earlier choices to replay first, as flat [g, quantum] pairs (Machine.schedule of a
   *   manual run): re-running with them rebuilds the same paused state, so a UI can add one choice
   *   at a time without keeping a machine alive.
   */
  constructor(choices: readonly number[] = []) {
    this.queued = [...choices];
  }

  /** Runs goroutine `g` for one preemption point at the next decision. */
  choose(g: number): void {
    this.queued.push(g, 1);
  }

  decide(candidates: readonly number[]): Decision | null {
    this.offered = candidates;
    while (this.queued.length >= 2) {
      const g = this.queued.shift()!, quantum = this.queued.shift()!;
      if (candidates.includes(g)) return { g, quantum: Math.max(1, quantum) };
      this.diverged = true;
    }
    return null;
  }
}
