// One explored run: a fresh Machine over the compiled program, driven decision by decision by a chooser.
//
// Every decision among two or more goroutines on Ps gets a quantum of one preemption point, so a
// schedule is fully described by the goroutine chosen at each decision — and the machine records
// exactly those as [g, 1] pairs in Machine.schedule, which ReplayPolicy replays. The run also
// logs, per decision, who could run, who ran last and whether the choice was a preemption
// (switching away from a goroutine that could have continued; switching after a block is free),
// and the footprint of every step for the sleep sets (footprint.ts).
import { finishRun } from './finish-run.ts';
import { Machine, type Program } from '../vm/machine.ts';
import type { Goroutine } from '../vm/goroutine.ts';
import type { Decision, SchedulePolicy } from '../vm/policies/policy.ts';
import type { Rand } from '../vm/rand.ts';
import { type Claim, type Outcome, type RunView } from './outcome.ts';
import { ANY, stepFootprint, stepStart, type Footprint, type StepStart } from './footprint.ts';

/** What a chooser sees at decision `index`: the goroutines on Ps (by P index) and who ran last. */
export interface ChoicePoint {
  index: number;
  candidates: readonly number[];
  /** The goroutine that ran the previous step, or -1. */
  lastRan: number;
  /** Preemptions taken so far in this run. */
  preemptions: number;
}

/** Picks the goroutine to advance one preemption point; must return one of `candidates`. */
export type Chooser = (p: ChoicePoint) => number;

/** Observes every executed step in order (decided or not): who ran and what it touched. */
export type StepListener = (g: number, fp: Footprint, decision: number) => void;

export interface RunSettings {
  /** Seed of the program's own randomness (map hash seeds, math/rand): fixed across schedules. */
  seed: number;
  procs: number;
  /** Step budget of one schedule; a run that reaches it is `cut`. */
  maxSteps: number;
  claim: Claim | null;
  /** The Go minor version modelled (../compile-source.ts); the map design follows it. */
  goMinor?: number;
  /** Attach a race detector (the program must have been compiled with `race`); a report is a failure. */
  race?: boolean;
  fileName?: string;
}

export interface RunRecord {
  outcome: Outcome;
  view: RunView;
  steps: number;
  /** Flat [g, quantum] pairs as Machine.schedule recorded them (ReplayPolicy input). */
  schedule: number[];
  candidates: number[][];
  lastRan: number[];
  chosen: number[];
  /** Preemptions taken before decision i. */
  preemptionsBefore: number[];
  preemptions: number;
}

/** The choice that costs nothing: keep running the goroutine that ran last, else the first on a P. */
export function defaultChoice(candidates: readonly number[], lastRan: number): number {
  return candidates.includes(lastRan) ? lastRan : candidates[0];
}

class ChooserPolicy implements SchedulePolicy {
  readonly name = 'explore';
  lastRan = -1;
  preemptions = 0;
  /** The step in progress: its goroutine and the runtime op it was inside when it began. */
  private running: Goroutine | null = null;
  private start: StepStart | null = null;
  readonly rec: Omit<RunRecord, 'outcome' | 'view' | 'steps' | 'schedule' | 'preemptions'> = {
    candidates: [], lastRan: [], chosen: [], preemptionsBefore: [],
  };

  constructor(
    private readonly choose: Chooser,
    private readonly listener: StepListener | null,
  ) {}

  decide(candidates: readonly number[], _rand: Rand, _procs: number): Decision {
    this.closeStep();
    const index = this.rec.chosen.length;
    let g = this.choose({ index, candidates, lastRan: this.lastRan, preemptions: this.preemptions });
    if (!candidates.includes(g)) g = defaultChoice(candidates, this.lastRan);
    this.rec.candidates.push(candidates.slice());
    this.rec.lastRan.push(this.lastRan);
    this.rec.chosen.push(g);
    this.rec.preemptionsBefore.push(this.preemptions);
    if (g !== this.lastRan && candidates.includes(this.lastRan)) this.preemptions++;
    return { g, quantum: 1 };
  }

  /** The machine hands a P's goroutine the next step (after every decision, and for lone runners). */
  started(g: Goroutine): void {
    this.closeStep();
    this.running = g;
    // Footprints are only needed when someone listens (the systematic search's sleep sets).
    if (this.listener) this.start = stepStart(g);
    this.statements = 0;
    this.lastRan = g.id;
  }

  /** Statement boundaries passed in the step in progress (the machine's statement hook counts them). */
  statements = 0;

  /** Ends the step in progress: reports its footprint. */
  closeStep(): void {
    const g = this.running;
    if (g === null) return;
    this.running = null;
    if (!this.listener || !this.start) return;
    // A step is at most one statement (quantum 1 ends at the first boundary). A lone goroutine's
    // long burst passes many: the footprint scan covers one statement, so such a step is `any`.
    const fp = this.statements > 1 ? ANY : stepFootprint(this.start, g);
    this.listener(g.id, fp, this.rec.chosen.length);
  }
}

/**
 * Runs the program once under `choose`. Never throws: an engine fault inside the run is reported
 * as a cut run with the fault in stderr.
 */
export function runSchedule(program: Program, settings: RunSettings, choose: Chooser, listener: StepListener | null = null): RunRecord {
  const policy = new ChooserPolicy(choose, listener);
  const m = new Machine(program, { seed: settings.seed, procs: settings.procs, policy, maxSteps: settings.maxSteps, ...(settings.goMinor !== undefined ? { goMinor: settings.goMinor } : {}) });
  // The switched hook fires whenever the scheduler hands out a step; nothing else is observed.
  m.hooks = listener
    ? { switched: (_from, to) => policy.started(to), statement: () => void policy.statements++ }
    : { switched: (_from, to) => policy.started(to) };
  const { outcome, view } = finishRun(m, settings);
  policy.closeStep();
  return { outcome, view, steps: m.steps, schedule: m.schedule.slice(), preemptions: policy.preemptions, ...policy.rec };
}
