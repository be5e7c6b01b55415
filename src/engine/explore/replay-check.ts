// Replaying a found schedule the way the player will: ReplayPolicy over Machine.schedule pairs.
import { finishRun } from './finish-run.ts';
import { Machine, type Program } from '../vm/machine.ts';
import { ReplayPolicy } from '../vm/policies/replay.ts';
import { RoundRobinPolicy } from '../vm/policies/round-robin.ts';
import { type Outcome } from './outcome.ts';
import type { RunSettings } from './run-schedule.ts';

export interface Replayed {
  outcome: Outcome;
  /** The schedule named a goroutine that could not run at some decision. */
  diverged: boolean;
}

/** Runs `schedule` with ReplayPolicy (round-robin after it ends) and says how the run ended. */
export function replaySchedule(program: Program, schedule: readonly number[], opts: RunSettings): Replayed {
  const policy = new ReplayPolicy(schedule, new RoundRobinPolicy(1));
  const m = new Machine(program, { seed: opts.seed, procs: opts.procs, policy, maxSteps: opts.maxSteps, ...(opts.goMinor !== undefined ? { goMinor: opts.goMinor } : {}) });
  return { outcome: finishRun(m, opts).outcome, diverged: policy.diverged };
}
