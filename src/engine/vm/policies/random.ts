// Seeded random scheduling, tuned to look like a multi-core machine.
//
// With one P a goroutine keeps the CPU until it blocks (or its 10 ms time slice ends; see
// scheduler.ts), as in Go. With several Ps, the running goroutines' preemption points
// interleave: each decision picks a P uniformly and lets it run a short geometric burst, so
// runtime phases of different goroutines overlap as they do on parallel CPUs.
import type { Rand } from '../rand.ts';
import type { Decision, SchedulePolicy } from './policy.ts';

export class RandomPolicy implements SchedulePolicy {
  readonly name = 'random';
  constructor(
    /** Mean burst length in preemption points when several goroutines run in parallel. */
    readonly meanBurst = 4,
  ) {}

  decide(candidates: readonly number[], rand: Rand, _procs: number): Decision {
    const g = candidates[rand.intn(candidates.length)];
    // Geometric burst: P(stop after each point) = 1/meanBurst.
    let quantum = 1;
    while (quantum < 64 && rand.intn(this.meanBurst) !== 0) quantum++;
    return { g, quantum };
  }
}
