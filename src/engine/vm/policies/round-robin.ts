// Round-robin over the running goroutines with a fixed quantum of preemption points.
import type { Decision, SchedulePolicy } from './policy.ts';

export class RoundRobinPolicy implements SchedulePolicy {
  readonly name = 'round-robin';
  private last = -1;
  constructor(readonly quantum = 1) {}

  decide(candidates: readonly number[]): Decision {
    // Next id after the last one chosen, wrapping around.
    let g = candidates[0];
    for (const c of candidates) if (c > this.last) { g = c; break; }
    this.last = g;
    return { g, quantum: Math.max(1, this.quantum) };
  }
}
