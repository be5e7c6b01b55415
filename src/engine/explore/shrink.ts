// Shrinking a failing schedule to as few preemptions as the failure needs (greedy, one removal at a time).
//
// A schedule is read as its forced choices — decisions where it did not take the free default
// (run-schedule.ts defaultChoice) — keyed by decision index; all other decisions take the
// default. Removing a preemption means letting that decision take the default. Each removal is
// kept only when the re-run still fails the same way (same kind, same first line of Go's
// report), so the result reproduces the original failure; it is a local minimum, not
// necessarily the global one.
import type { Program } from '../vm/machine.ts';
import type { Outcome } from './outcome.ts';
import { defaultChoice, runSchedule, type RunRecord, type RunSettings } from './run-schedule.ts';

export interface Shrunk {
  run: RunRecord;
  /** Re-runs spent shrinking, and the VM steps they took. */
  runs: number;
  steps: number;
}

/** Decision index → goroutine, for every decision that did not take the default. */
function forcedChoices(run: RunRecord): Map<number, number> {
  const forced = new Map<number, number>();
  for (let i = 0; i < run.chosen.length; i++) {
    if (run.chosen[i] !== defaultChoice(run.candidates[i], run.lastRan[i])) forced.set(i, run.chosen[i]);
  }
  return forced;
}

function isPreemption(run: RunRecord, i: number): boolean {
  return run.chosen[i] !== run.lastRan[i] && run.candidates[i].includes(run.lastRan[i]);
}

export function sameFailure(a: Outcome, b: Outcome): boolean {
  return a.kind === 'failed' && b.kind === 'failed' && a.failure === b.failure && a.message === b.message;
}

/** Re-runs with only the given forced choices. */
export function runForced(program: Program, settings: RunSettings, forced: ReadonlyMap<number, number>): RunRecord {
  return runSchedule(program, settings, (p) => forced.get(p.index) ?? defaultChoice(p.candidates, p.lastRan));
}

/** Removes preemptions while the failure stays the same; the budgets cap the re-runs and their steps. */
export function shrink(program: Program, settings: RunSettings, failing: RunRecord, budget = 200, stepBudget = Infinity): Shrunk {
  let best = failing;
  let runs = 0;
  let steps = 0;
  let progress = true;
  while (progress && runs < budget && steps < stepBudget) {
    progress = false;
    const forced = forcedChoices(best);
    // Latest preemptions first: removing a late one leaves the earlier decisions intact.
    const preemptions = [...forced.keys()].filter((i) => isPreemption(best, i)).reverse();
    for (const i of preemptions) {
      if (runs >= budget || steps >= stepBudget) break;
      const without = new Map(forced);
      without.delete(i);
      const r = runForced(program, settings, without);
      runs++;
      steps += r.steps;
      if (sameFailure(r.outcome, failing.outcome) && r.preemptions < best.preemptions) {
        best = r;
        progress = true;
        break;
      }
    }
  }
  return { run: best, runs, steps };
}
