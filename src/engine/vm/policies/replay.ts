// Replays an explicit schedule: the decisions a previous run recorded (explorer, share links).
import type { Decision, SchedulePolicy } from './policy.ts';
import type { Rand } from '../rand.ts';

export class ReplayPolicy implements SchedulePolicy {
  readonly name = 'replay';
  private i = 0;
  /** Set when the schedule named a goroutine that was not running at that point. */
  diverged = false;

  constructor(
    /** Flat pairs [g, quantum, g, quantum, …] as recorded in Machine.schedule. */
    readonly schedule: readonly number[],
    /** What decides once the schedule is used up (e.g. round-robin, or random for the explorer's tails). */
    readonly then: SchedulePolicy,
  ) {}

  decide(candidates: readonly number[], rand: Rand, procs: number): Decision | null {
    if (this.i + 1 < this.schedule.length) {
      const g = this.schedule[this.i], quantum = this.schedule[this.i + 1];
      this.i += 2;
      if (candidates.includes(g)) return { g, quantum: Math.max(1, quantum) };
      this.diverged = true;
    }
    return this.then.decide(candidates, rand, procs);
  }
}
