// A found schedule in the form manual mode replays: every decision, single-candidate ones included.
//
// The scheduler asks ManualPolicy even when only one goroutine can run (so a learner can step it),
// and records that decision too; Machine.schedule of an ordinary run skips those. Re-running the
// failing schedule under a policy that calls itself 'manual', answering lone candidates with the
// burst the scheduler would have given them and the rest from the schedule, records the same run
// in manual form; ManualPolicy then replays it decision for decision (checked before use).
import { finishRun } from './finish-run.ts';
import { Machine, type Program } from '../vm/machine.ts';
import { ManualPolicy } from '../vm/policies/manual.ts';
import type { Decision, SchedulePolicy } from '../vm/policies/policy.ts';
import { type Outcome } from './outcome.ts';
import type { RunSettings } from './run-schedule.ts';

/** The scheduler's burst for a lone goroutine (vm/scheduler.ts SOLO_BURST). */
const SOLO_BURST = 1 << 14;

class ManualForm implements SchedulePolicy {
  readonly name = 'manual';
  private i = 0;
  constructor(
    private readonly schedule: readonly number[],
    private readonly machine: () => Machine,
  ) {}

  decide(candidates: readonly number[]): Decision | null {
    if (candidates.length === 1) {
      const m = this.machine();
      const waiting = m.runq.length > 0 || m.runnext.some((g) => g !== null);
      return { g: candidates[0], quantum: m.procs > 1 && waiting ? 1 : SOLO_BURST };
    }
    if (this.i + 1 >= this.schedule.length) return { g: candidates[0], quantum: 1 };
    const g = this.schedule[this.i], quantum = this.schedule[this.i + 1];
    this.i += 2;
    return { g: candidates.includes(g) ? g : candidates[0], quantum: Math.max(1, quantum) };
  }
}

function run(program: Program, settings: RunSettings, policy: (m: () => Machine) => SchedulePolicy): { m: Machine; outcome: Outcome } {
  let machine: Machine | null = null;
  const m = new Machine(program, { seed: settings.seed, procs: settings.procs, policy: policy(() => machine!), maxSteps: settings.maxSteps, ...(settings.goMinor !== undefined ? { goMinor: settings.goMinor } : {}) });
  machine = m;
  return { m, outcome: finishRun(m, settings).outcome };
}

/**
 * The manual-mode form of `schedule`, or null when replaying it with ManualPolicy does not end in
 * `expected` (then only the ordinary form can be offered).
 */
export function manualSchedule(program: Program, settings: RunSettings, schedule: readonly number[], expected: Outcome): number[] | null {
  const recorded = run(program, settings, (m) => new ManualForm(schedule, m));
  const manual = recorded.m.schedule.slice();
  const check = run(program, settings, () => new ManualPolicy(manual));
  const same = (o: Outcome) => o.kind === 'failed' && expected.kind === 'failed' && o.failure === expected.failure && o.message === expected.message;
  return same(recorded.outcome) && same(check.outcome) ? manual : null;
}
