// Manual scheduling: the learner is the scheduler. The run pauses at every decision until a choice is made.
import type { Decision, SchedulePolicy } from './policy.ts';

export class ManualPolicy implements SchedulePolicy {
  readonly name = 'manual';
  private choice: number | null = null;
  /** The candidates offered at the last pause (for the UI's buttons). */
  offered: readonly number[] = [];

  /** Runs goroutine `g` for one preemption point at the next decision. */
  choose(g: number): void {
    this.choice = g;
  }

  decide(candidates: readonly number[]): Decision | null {
    this.offered = candidates;
    if (this.choice !== null && candidates.includes(this.choice)) {
      const g = this.choice;
      this.choice = null;
      return { g, quantum: 1 };
    }
    return null;
  }
}
