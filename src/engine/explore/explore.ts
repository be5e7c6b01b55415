// The schedule explorer: find a failing interleaving of a Go program, or say exactly how far none was found.
//
// Strategy: the systematic search (bounded-search.ts) covers all schedules with 0, 1, … K
// preemptions, as long as the next level fits in what is left of the schedule budget. When a
// level is too large (long programs, many goroutines), the rest of the budget goes to PCT
// (pct.ts), whose runs carry a known probability guarantee. To find a bug (mode 'find'), PCT
// runs also take turns with the systematic ones from the start, because on long programs they
// reach a deep interleaving long before the bounded search does. The first failing run is shrunk
// (shrink.ts) and its schedule is replayed once through ReplayPolicy to confirm it reproduces
// the failure before it is returned. Plain data in, plain data out: the result crosses a worker.
import type { Program } from '../vm/machine.ts';
import { BoundedSearch } from './bounded-search.ts';
import { compileSource } from '../compile-source.ts';
import { pctChooser, pctProbability } from './pct.ts';
import { runSchedule, type RunRecord, type RunSettings } from './run-schedule.ts';
import { sameFailure, shrink } from './shrink.ts';

/** Schedules a found failure's shrinking may spend on a bounded search below its preemptions. */
const SHRINK_SEARCH = 500;
/** VM steps shrinking may spend in all (a fraction of a second; shrinking never holds up a found bug for long). */
const SHRINK_STEPS = 300_000;
/**
 * Schedules after which a search whose every run was cut stops: more of the same proves nothing.
 * To find, ten times the most a crash program of the corpus needed before its crash (18 schedules,
 * every one before it cut); to check, where each run may take 50 times the steps, 10 (an endless loop: ~3 s to find, ~5 s to
 * check, in Node here).
 */
export const ALL_CUT_LIMIT: Readonly<Record<'find' | 'check', number>> = { find: 200, check: 10 };
import { replaySchedule } from './replay-check.ts';
import { manualSchedule } from './manual-schedule.ts';
import { summarize } from './summary.ts';
import type { Claim, CutReason, FailureKind } from './outcome.ts';
import { goMinor } from '../compile-source.ts';

export interface ExploreOptions {
  /** 'find' keeps searching with PCT after the bounded space is covered; 'check' stops there. */
  mode?: 'find' | 'check';
  /** Preemption bound K of the systematic search (default 2). */
  preemptions?: number;
  /** Most schedules to run in all (default 10,000). */
  maxSchedules?: number;
  /** Step budget of one schedule (default 20,000 to find, 1,000,000 to check). */
  maxSteps?: number;
  /** Seed of the program's own randomness, the same in every schedule (default 1). */
  seed?: number;
  /** GOMAXPROCS (default 8). */
  procs?: number;
  /** The Go version modelled (default "1.23"): loop variables and the map design follow it. */
  goVersion?: string;
  /**
   * Run every schedule under the race detector: a `WARNING: DATA RACE` report is a failure.
   * With explore(), the program must have been compiled with race instrumentation.
   */
  race?: boolean;
  /** File name in reports (default prog.go). */
  fileName?: string;
  /** Sleep-set reduction (default true; false runs every schedule within the bound). */
  reduce?: boolean;
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
  /**
   * The same run as manual mode replays it (RunSettings.schedule with policy 'manual': every
   * decision, lone goroutines included), checked to end in the same failure; null if it did not.
   */
  manualSchedule: number[] | null;
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
  /**
   * PCT runs: `fullRuns` of them drew change points over the whole run and each finds a bug of
   * depth ≤ `depth` with probability ≥ `probability` = 1/(n·k^(d−1)) (n goroutines, k decisions).
   */
  pct?: { depth: number; runs: number; fullRuns: number; goroutines: number; steps: number; probability: number };
  failure?: FoundFailure;
  /**
   * Set when every run was cut (the status is then 'stopped', never 'passed'): why the first one
   * was, and the lab's message for it (the step budget's, an unsupported operation's).
   */
  allCut?: {
    why: CutReason;
    detail: string;
    /** The search gave up for it before its schedule budget was spent. */
    gaveUp: boolean;
    /** The caller stopped the search (shouldContinue: a time limit, a cancel) before that. */
    asked: boolean;
  };
  /** Compile errors, as `go run` prints them. */
  stderr?: string;
  summary: string;
}

/** Compiles once and explores. Never throws. */
export function exploreSource(text: string, options: ExploreOptions = {}): ExploreResult {
  const c = compileSource(text, options.fileName ?? 'prog.go', { goVersion: options.goVersion, race: options.race });
  if (!c.ok) {
    const r: Omit<ExploreResult, 'summary'> = {
      status: 'compile-error', schedules: 0, cut: 0, maxSteps: 0, seed: options.seed ?? 1, procs: options.procs ?? 8,
      systematic: { bound: options.preemptions ?? 2, completedBound: -1, schedules: 0, levels: [], tooLarge: false }, stderr: c.stderr,
    };
    return { ...r, summary: summarize(r) };
  }
  try {
    return explore(c.program, options);
  } catch (e) {
    // An engine bug must not cross the worker as an exception: it ends the search, said plainly.
    const message = e instanceof Error ? e.message : String(e);
    const r: Omit<ExploreResult, 'summary'> = {
      status: 'stopped', schedules: 0, cut: 0, maxSteps: 0, seed: options.seed ?? 1, procs: options.procs ?? 8,
      systematic: { bound: options.preemptions ?? 2, completedBound: -1, schedules: 0, levels: [], tooLarge: false },
      stderr: `internal error in Go Map Lab: ${message}\n`,
    };
    return { ...r, summary: `the explorer stopped on an internal error (${message}); nothing is claimed` };
  }
}

export function explore(program: Program, options: ExploreOptions = {}): ExploreResult {
  const mode = options.mode ?? 'find';
  const bound = Math.max(0, Math.min(10, Math.floor(options.preemptions ?? 2)));
  const maxSchedules = Math.max(1, Math.floor(options.maxSchedules ?? 10_000));
  const settings: RunSettings = {
    seed: options.seed ?? 1,
    procs: Math.max(1, Math.floor(options.procs ?? 8)),
    maxSteps: Math.max(1000, Math.floor(options.maxSteps ?? (mode === 'find' ? 20_000 : 1_000_000))),
    claim: options.claim ?? null,
    goMinor: goMinor(options.goVersion),
    race: options.race === true,
    fileName: options.fileName ?? 'prog.go',
  };
  const depth = Math.max(1, Math.floor(options.pctDepth ?? 3));
  const every = Math.max(1, Math.floor(options.progressEvery ?? 25));
  const keepGoing = options.shouldContinue ?? (() => true);

  let schedules = 0, cut = 0, stopped = false, gaveUp = false;
  // A holder, not a `let`: assigned inside account(), which TypeScript's narrowing does not see.
  const firstCut: { value: { why: CutReason; detail: string } | null } = { value: null };
  const allCutLimit = ALL_CUT_LIMIT[mode];
  let strategy: 'systematic' | 'pct' = 'systematic';
  let failing: RunRecord | null = null;
  let via: 'systematic' | 'pct' = 'systematic';
  let goroutines = 1, longest = 1, sysSchedules = 0, pctRuns = 0, pctFullRuns = 0;
  const search = new BoundedSearch(program, settings, bound, maxSchedules, options.reduce ?? true);
  let tooLarge = false;

  const progress = (): void => options.onProgress?.({ schedules, cut, strategy, level: search.level, queued: search.queued() });
  const account = (r: RunRecord, by: 'systematic' | 'pct'): boolean => {
    schedules++;
    if (r.outcome.kind === 'cut') {
      cut++;
      firstCut.value ??= { why: r.outcome.why, detail: r.outcome.detail };
    }
    longest = Math.max(longest, r.chosen.length);
    for (const cs of r.candidates) for (const g of cs) if (g > goroutines) goroutines = g;
    if (schedules % every === 0) progress();
    if (r.outcome.kind === 'failed') {
      failing = r;
      via = by;
    }
    return failing !== null;
  };

  /** Whether the systematic search may run its next schedule. */
  const systematicMayRun = (): boolean => {
    if (tooLarge) return false;
    search.skipEmpty();
    if (search.done) return false;
    const level = search.level;
    if (search.lowestDropped <= level) tooLarge = true;
    // A level that cannot be finished in the budget is left to PCT.
    else if (level > 0 && search.pendingAt(level) > maxSchedules - schedules) tooLarge = true;
    return !tooLarge;
  };

  const pctRun = (): RunRecord => {
    // To find a bug fast, early PCT runs put their change points in a short window at the start
    // (doubling every 4 runs up to the whole run); only whole-window runs carry PCT's guarantee.
    const window = mode === 'find' ? Math.min(longest, 64 * 2 ** Math.floor(pctRuns / 4)) : longest;
    if (window >= longest) pctFullRuns++;
    const choose = pctChooser((settings.seed * 1_000_003 + pctRuns) >>> 0, { depth, goroutines, steps: window });
    pctRuns++;
    return runSchedule(program, settings, choose);
  };

  while (schedules < maxSchedules) {
    if (!keepGoing()) { stopped = true; break; }
    // Every run so far ended at the lab's limit, not the program's end: the rest would too.
    if (schedules >= allCutLimit && cut === schedules) { stopped = gaveUp = true; break; }
    // Systematic first. To find, PCT runs take turns with it after the first schedule: they reach
    // deep bugs of long programs far sooner. To check, PCT only gets what the systematic search
    // could not cover.
    const pctTurn = mode === 'find' && sysSchedules > pctRuns;
    if (!pctTurn && systematicMayRun()) {
      const r = search.next();
      if (r === null) continue;
      sysSchedules++;
      strategy = 'systematic';
      if (account(r, 'systematic')) break;
      continue;
    }
    if (mode === 'check' && !tooLarge && search.done) break;
    strategy = 'pct';
    if (account(pctRun(), 'pct')) break;
  }
  if (search.overflowed) tooLarge = true;
  progress();

  // A search whose every run was cut concluded nothing: it did not pass.
  const allCut = !failing && firstCut.value !== null && cut === schedules;
  const base: Omit<ExploreResult, 'summary'> = {
    status: failing ? 'failed' : stopped || allCut ? 'stopped' : 'passed',
    schedules, cut, maxSteps: settings.maxSteps, seed: settings.seed, procs: settings.procs,
    systematic: { bound, completedBound: search.completedBound, schedules: sysSchedules, levels: search.levels.map((l) => ({ ...l })), tooLarge },
  };
  if (allCut && firstCut.value !== null) base.allCut = { ...firstCut.value, gaveUp, asked: stopped && !gaveUp };
  if (pctRuns > 0) {
    const params = { depth, goroutines, steps: longest };
    base.pct = { depth, runs: pctRuns, fullRuns: pctFullRuns, goroutines, steps: longest, probability: pctProbability(params) };
  }
  if (failing) base.failure = finish(program, settings, failing, via, search.completedBound);
  return { ...base, summary: summarize(base) };
}

/** Shrinks the failing run and checks that its schedule replays to the same failure. */
function finish(program: Program, settings: RunSettings, found: RunRecord, via: 'systematic' | 'pct', covered: number): FoundFailure {
  const shrunk = shrink(program, settings, found, 200, SHRINK_STEPS);
  let { run, runs } = shrunk;
  // Greedy removal stops at a local minimum. When levels below it were not searched yet (PCT
  // found it), a short bounded search for the same failure may find one with fewer preemptions.
  if (run.preemptions > covered + 1) {
    const search = new BoundedSearch(program, settings, run.preemptions - 1, SHRINK_SEARCH);
    let steps = shrunk.steps;
    for (let i = 0; i < SHRINK_SEARCH && steps < SHRINK_STEPS; i++) {
      const r = search.next();
      if (r === null) break;
      runs++;
      steps += r.steps;
      if (sameFailure(r.outcome, found.outcome)) {
        run = r;
        break;
      }
    }
  }
  const o = run.outcome.kind === 'failed' ? run.outcome : (found.outcome as Extract<RunRecord['outcome'], { kind: 'failed' }>);
  const replay = replaySchedule(program, run.schedule, settings);
  const replayed = !replay.diverged && replay.outcome.kind === 'failed' && replay.outcome.failure === o.failure && replay.outcome.message === o.message;
  return {
    kind: o.failure, message: o.message, schedule: run.schedule, preemptions: run.preemptions, foundPreemptions: found.preemptions,
    via, shrinkRuns: runs, replayed, manualSchedule: manualSchedule(program, settings, run.schedule, run.outcome), stdout: run.view.stdout, stderr: run.view.stderr, steps: run.steps,
  };
}
