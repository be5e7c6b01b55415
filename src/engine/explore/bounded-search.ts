// Systematic schedule search: every schedule with at most K preemptions, fewest preemptions first (CHESS's iterative bound).
//
// The search is stateless: a schedule is a prefix of choices replayed on a fresh Machine, then
// the free default (keep running the goroutine that ran last). Each executed run offers, at
// every decision after its prefix, the other goroutines as branches; a branch costs one
// preemption when it switches away from a goroutine that could have continued. Branches wait in
// one FIFO queue per preemption count, so all schedules with b preemptions run before any with
// b + 1 — the iterative deepening of Musuvathi & Qadeer's CHESS without re-running the
// shallower levels — and earlier decisions are branched on first.
//
// Partial-order reduction: sleep sets (sleep-set.ts) over the footprints in footprint.ts. A
// branch is not taken for a goroutine asleep at that decision. Combining sleep sets with a
// preemption bound can drop a schedule whose only equivalent needs more preemptions than the
// bound; with the conservative footprints used here (only map phases commute) that is rare, and
// the README says so.
import type { Program } from '../vm/machine.ts';
import { defaultChoice, runSchedule, type RunRecord, type RunSettings } from './run-schedule.ts';
import { afterStep, asleep, EMPTY, withSleeper, type SleepSet } from './sleep-set.ts';
import { ANY, type Footprint } from './footprint.ts';

/** A branch still to run: follow the choices of the run it came from before decision `at`, choose `choice` there. */
interface Branch {
  /** The choices of the run it branches from (shared by all its siblings). */
  prefix: Int32Array;
  at: number;
  choice: number;
  sleep: SleepSet;
}

/** Most decisions that queued branches may hold on to in all (each branch counts its prefix): about 64 MB. */
const MAX_RETAINED = 16_000_000;

export interface LevelStats {
  /** Schedules run with exactly this many preemptions. */
  schedules: number;
  /** Branches skipped because the goroutine was asleep (equivalent to a schedule already covered). */
  pruned: number;
}

export class BoundedSearch {
  private readonly queues: Branch[][];
  readonly levels: LevelStats[];
  /** The level being run; equal to bound + 1 once every level is exhausted. */
  level = 0;
  /** Lowest preemption count of a branch dropped because the queues were full (Infinity: none). */
  lowestDropped = Infinity;
  /** Sum of the prefix lengths of queued branches (see MAX_RETAINED). */
  private retained = 0;

  constructor(
    private readonly program: Program,
    private readonly settings: RunSettings,
    readonly bound: number,
    /** Most branches kept waiting in all queues together. */
    private readonly queueCap: number,
    /** Use sleep sets (false runs every schedule within the bound; tests compare the two). */
    private readonly reduce = true,
  ) {
    this.queues = Array.from({ length: bound + 1 }, () => []);
    this.levels = Array.from({ length: bound + 1 }, () => ({ schedules: 0, pruned: 0 }));
    this.queues[0].push({ prefix: new Int32Array(0), at: -1, choice: -1, sleep: EMPTY });
  }

  /** Moves past levels with nothing left to run; `level` is then the level the next schedule has. */
  skipEmpty(): void {
    while (this.level <= this.bound && this.queues[this.level].length === 0) this.level++;
  }

  /** Branches waiting at the current level (what it would still cost to finish it). */
  pendingAt(level: number): number {
    return level <= this.bound ? this.queues[level].length : 0;
  }

  queued(): number {
    let n = 0;
    for (const q of this.queues) n += q.length;
    return n;
  }

  get overflowed(): boolean {
    return this.lowestDropped !== Infinity;
  }

  /** Highest preemption count whose schedules have all run (or were pruned as equivalent), or -1. */
  get completedBound(): number {
    return Math.min(this.done ? this.bound + 1 : this.level, this.lowestDropped) - 1;
  }

  /** True when every schedule within the bound has run (or been pruned as equivalent). */
  get done(): boolean {
    return this.level > this.bound;
  }

  /** Runs the next schedule, fewest preemptions first. Null when the search is done. */
  next(): RunRecord | null {
    this.skipEmpty();
    if (this.level > this.bound) return null;
    const b = this.queues[this.level].shift()!;
    this.retained -= Math.max(0, b.at);
    const run = this.execute(b);
    this.levels[run.preemptions <= this.bound ? run.preemptions : this.bound].schedules++;
    return run;
  }

  private execute(b: Branch): RunRecord {
    const parentChosen = b.prefix;
    let sleep = b.sleep;
    const sleepAt: SleepSet[] = [];
    const fpAt: Footprint[] = [];
    const run = runSchedule(
      this.program,
      this.settings,
      (p) => {
        if (p.index < b.at) return parentChosen[p.index];
        if (p.index === b.at) return b.choice;
        sleepAt[p.index] = sleep;
        return defaultChoice(p.candidates, p.lastRan);
      },
      (g, fp, decisions) => {
        // The first step closed after decision j is the one decision j chose.
        if (decisions > 0 && fpAt[decisions - 1] === undefined) fpAt[decisions - 1] = fp;
        // Steps from decision `at` on move the branch's sleep set along.
        if (decisions > b.at) sleep = afterStep(sleep, g, fp);
      },
    );
    this.branchFrom(run, b.at, sleepAt, fpAt);
    return run;
  }

  /** Queues every other choice at every decision after the prefix. */
  private branchFrom(run: RunRecord, after: number, sleepAt: SleepSet[], fpAt: Footprint[]): void {
    let chosen: Int32Array | null = null;
    for (let j = Math.max(0, after + 1); j < run.chosen.length; j++) {
      const cands = run.candidates[j];
      const last = run.lastRan[j];
      const lastCanRun = cands.includes(last);
      const s = sleepAt[j] ?? EMPTY;
      let siblingSleep: SleepSet | null = null;
      chosen ??= Int32Array.from(run.chosen);
      for (const c of cands) {
        if (c === run.chosen[j]) continue;
        const level = run.preemptionsBefore[j] + (lastCanRun && c !== last ? 1 : 0);
        if (level > this.bound) continue;
        if (this.reduce && asleep(s, c)) {
          this.levels[level].pruned++;
          continue;
        }
        if (this.queued() >= this.queueCap || this.retained + j > MAX_RETAINED) {
          this.lowestDropped = Math.min(this.lowestDropped, level);
          continue;
        }
        siblingSleep ??= withSleeper(s, run.chosen[j], fpAt[j] ?? ANY);
        this.queues[level].push({ prefix: chosen, at: j, choice: c, sleep: siblingSleep });
        this.retained += j;
      }
    }
  }
}
