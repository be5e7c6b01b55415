// Replaying a found schedule the way the player will: ReplayPolicy over Machine.schedule pairs.
import { Machine, type MachineState, type Program } from '../vm/machine.ts';
import { runToEnd } from '../vm/scheduler.ts';
import { ReplayPolicy } from '../vm/policies/replay.ts';
import { RoundRobinPolicy } from '../vm/policies/round-robin.ts';
import { classify, type Outcome } from './outcome.ts';
import type { RunSettings } from './run-schedule.ts';
import { attachRaceDetector, finishRace } from '../race/attach.ts';

export interface Replayed {
  outcome: Outcome;
  /** The schedule named a goroutine that could not run at some decision. */
  diverged: boolean;
}

/** Runs `schedule` with ReplayPolicy (round-robin after it ends) and says how the run ended. */
export function replaySchedule(program: Program, schedule: readonly number[], opts: RunSettings): Replayed {
  const policy = new ReplayPolicy(schedule, new RoundRobinPolicy(1));
  const m = new Machine(program, { seed: opts.seed, procs: opts.procs, policy, maxSteps: opts.maxSteps, ...(opts.mapDesign ? { mapDesign: opts.mapDesign } : {}) });
  const race = opts.race ? attachRaceDetector(m, { fileName: opts.fileName ?? 'prog.go' }) : null;
  let end: MachineState;
  try {
    end = runToEnd(m);
    if (race && end.kind === 'exited') end = { kind: 'exited', code: finishRace(m, race, end.code) };
  } catch {
    end = { kind: 'budget', message: 'internal error' };
  }
  return { outcome: classify(m, end, opts.claim, race?.count ?? 0).outcome, diverged: policy.diverged };
}
