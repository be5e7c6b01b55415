// The schedule explorer: find a failing interleaving of a Go program, or say exactly how far none was found.
//
// Strategy: the systematic search (bounded-search.ts) covers all schedules with 0, 1, … K
// preemptions, as long as the next level fits in what is left of the schedule budget. When a
// level is too large (long programs, many goroutines), the rest of the budget goes to PCT
// (pct.ts), whose runs carry a known probability guarantee. The first failing run is shrunk
// (shrink.ts) and its schedule is replayed once through ReplayPolicy to confirm it reproduces
// the failure before it is returned. Plain data in, plain data out: the result crosses a worker.
import type { Program } from '../vm/machine.ts';
import { BoundedSearch } from './bounded-search.ts';
import { compileProgram } from './compile-program.ts';
import { pctChooser, pctProbability } from './pct.ts';
import { runSchedule, type RunRecord, type RunSettings } from './run-schedule.ts';
import { shrink } from './shrink.ts';
import { replaySchedule } from './replay-check.ts';
import { summarize } from './summary.ts';
import type { Claim, FailureKind } from './outcome.ts';

export interface ExploreOptions {
  /** 'find' keeps searching with PCT after the bounded space is covered; 'check' stops there. */
  mode?: 'find' | 'check';
  /** Preemption bound K of the systematic search (default 2). */
  preemptions?: number;
  /** Most schedules to run in all (default 10,000). */
  maxSchedules?: number;
  /** Step budget of one schedule (default 50,000 to find, 1,000,000 to check). */
  maxSteps?: number;
  /** Seed of the program's own randomness, the same in every schedule (default 1). */
  seed?: number;
  /** GOMAXPROCS (default 8). */
  procs?: number;
  /** PCT bug depth (default 3). */
  pctDepth?: number;
  /** A claim about every run (e.g. stdoutEquals): breaking it is a failure. */
  claim?: Claim | null;
  /** Asked before every schedule; false stops the search (a time limit, a cancel flag). */
  shouldContinue?: () => boolean;
  /** Called every `progressEvery` schedules and once at the end. */
  onProgress?: (p: ExploreProgress) => void;
  progressEvery?: number;
}

export interface ExploreProgress {
  schedules: number;
  cut: number;
  strategy: 'systematic' | 'pct';
  /** Preemption level the systematic search is on. */
  level: number;
  /** Schedules the systematic search has waiting. */
  queued: number;
}

export interface FoundFailure {
  kind: FailureKind;
  message: string;
  /** Flat [g, quantum] pairs: RunSettings.schedule with policy 'replay' reproduces the failure. */
  schedule: number[];
  preemptions: number;
  /** Preemptions of the schedule as found, before shrinking. */
  foundPreemptions: number;
  via: 'systematic' | 'pct';
  /** Runs spent shrinking. */
  shrinkRuns: number;
  /** True when replaying `schedule` with ReplayPolicy ended in the same failure. */
  replayed: boolean;
  stdout: string;
  stderr: string;
  steps: number;
}

export interface ExploreResult {
  status: 'failed' | 'passed' | 'stopped' | 'compile-error';
  /** Schedules run (shrinking and the replay check not counted). */
  schedules: number;
  /** Runs that hit the step budget before ending. */
  cut: number;
  maxSteps: number;
  seed: number;
  procs: number;
  systematic: {
    bound: number;
    /** Highest preemption count whose schedules were all covered, or -1. */
    completedBound: number;
    schedules: number;
    /** Schedules per preemption count, and branches skipped by the sleep sets. */
    levels: { schedules: number; pruned: number }[];
    /** The next level did not fit into the schedule budget. */
    tooLarge: boolean;
  };
  pct?: { depth: number; runs: number; goroutines: number; steps: number; probability: number };
  failure?: FoundFailure;
  /** Compile errors, as `go run` prints them. */
  stderr?: string;
  summary: string;
}

/** Compiles once and explores. Never throws. */
export function exploreSource(text: string, options: ExploreOptions = {}, fileName = 'prog.go'): ExploreResult {
  const c = compileProgram(text, fileName);
  if (!c.ok) {
    const r: Omit<ExploreResult, 'summary'> = {
      status: 'compile-error', schedules: 0, cut: 0, maxSteps: 0, seed: options.seed ?? 1, procs: options.procs ?? 8,
      systematic: { bound: options.preemptions ?? 2, completedBound: -1, schedules: 0, levels: [], tooLarge: false }, stderr: c.stderr,
    };
    return { ...r, summary: summarize(r) };
  }
  return explore(c.program, options);
}

export function explore(program: Program, options: ExploreOptions = {}): ExploreResult {
  const mode = options.mode ?? 'find';
  const bound = Math.max(0, Math.min(10, Math.floor(options.preemptions ?? 2)));
  const maxSchedules = Math.max(1, Math.floor(options.maxSchedules ?? 10_000));
  const settings: RunSettings = {
    seed: options.seed ?? 1,
    procs: Math.max(1, Math.floor(options.procs ?? 8)),
    maxSteps: Math.max(1000, Math.floor(options.maxSteps ?? (mode === 'find' ? 50_000 : 1_000_000))),
    claim: options.claim ?? null,
  };
  const depth = Math.max(1, Math.floor(options.pctDepth ?? 3));
  const every = Math.max(1, Math.floor(options.progressEvery ?? 25));
  const keepGoing = options.shouldContinue ?? (() => true);

  let schedules = 0, cut = 0, stopped = false;
  let strategy: 'systematic' | 'pct' = 'systematic';
  let failing: RunRecord | null = null;
  let goroutines = 1, longest = 1;
  const search = new BoundedSearch(program, settings, bound, maxSchedules);
  let tooLarge = false;

  const progress = (): void => options.onProgress?.({ schedules, cut, strategy, level: search.level, queued: search.queued() });
  const account = (r: RunRecord): boolean => {
    schedules++;
    if (r.outcome.kind === 'cut') cut++;
    longest = Math.max(longest, r.chosen.length);
    for (const cs of r.candidates) for (const g of cs) if (g > goroutines) goroutines = g;
    if (schedules % every === 0) progress();
    if (r.outcome.kind === 'failed') failing = r;
    return failing !== null;
  };

  // Systematic levels, while the next one fits in the budget.
  while (!search.done && schedules < maxSchedules) {
    if (!keepGoing()) { stopped = true; break; }
    const level = search.level;
    if (level > 0 && search.pendingAt(level) > maxSchedules - schedules) { tooLarge = true; break; }
    if (search.lowestDropped <= level) { tooLarge = true; break; }
    const r = search.next();
    if (r === null) break;
    if (account(r)) break;
  }
  // Levels fully run: all below the one in progress (all of them when the search is done).
  const completedBound = search.completedBound;
  if (search.overflowed) tooLarge = true;
  const sysSchedules = schedules;

  // PCT for the rest of the budget, when the bounded space was too large (or, to find, after it).
  let pctRuns = 0;
  const steps = (): number => longest;
  if (!failing && !stopped && (tooLarge || mode === 'find' || schedules >= maxSchedules)) {
    strategy = 'pct';
    while (schedules < maxSchedules) {
      if (!keepGoing()) { stopped = true; break; }
      const r = runSchedule(program, settings, pctChooser((settings.seed * 1_000_003 + pctRuns) >>> 0, { depth, goroutines, steps: steps() }));
      pctRuns++;
      if (account(r)) break;
    }
  }
  progress();

  const base: Omit<ExploreResult, 'summary'> = {
    status: failing ? 'failed' : stopped ? 'stopped' : 'passed',
    schedules, cut, maxSteps: settings.maxSteps, seed: settings.seed, procs: settings.procs,
    systematic: { bound, completedBound: Math.max(-1, completedBound), schedules: sysSchedules, levels: search.levels.map((l) => ({ ...l })), tooLarge },
  };
  if (pctRuns > 0) {
    const params = { depth, goroutines, steps: longest };
    base.pct = { depth, runs: pctRuns, goroutines, steps: longest, probability: pctProbability(params) };
  }
  if (failing) base.failure = finish(program, settings, failing, pctRuns > 0 ? 'pct' : 'systematic');
  return { ...base, summary: summarize(base) };
}

/** Shrinks the failing run and checks that its schedule replays to the same failure. */
function finish(program: Program, settings: RunSettings, found: RunRecord, via: 'systematic' | 'pct'): FoundFailure {
  const { run, runs } = shrink(program, settings, found);
  const o = run.outcome.kind === 'failed' ? run.outcome : (found.outcome as Extract<RunRecord['outcome'], { kind: 'failed' }>);
  const replay = replaySchedule(program, run.schedule, settings);
  const replayed = !replay.diverged && replay.outcome.kind === 'failed' && replay.outcome.failure === o.failure && replay.outcome.message === o.message;
  return {
    kind: o.failure, message: o.message, schedule: run.schedule, preemptions: run.preemptions, foundPreemptions: found.preemptions,
    via, shrinkRuns: runs, replayed, stdout: run.view.stdout, stderr: run.view.stderr, steps: run.steps,
  };
}
