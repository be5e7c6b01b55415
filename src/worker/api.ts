// The engine worker's remote interface: what the UI may ask the engine, and what comes back.
//
// Plain data only. Every argument and result must survive structured cloning (no classes,
// functions or engine objects), because it crosses a Web Worker boundary through Comlink.
// Failures are values in the result, never thrown: Comlink keeps only message/name/stack
// of a thrown value. Every reply carries the runId it answers, so the client can drop
// answers to requests that are no longer current.
import type { InspectedGoroutine, PositionedDiagnostic, Severity } from '../engine/index.ts';
import type { TraceData } from '../engine/trace/index.ts';

export type { InspectedGoroutine, PositionedDiagnostic, Severity };

/** The answer to `inspect`: every goroutine's frames and locals just after a trace event. */
export interface InspectReply {
  runId: number;
  /** The event asked for. */
  at: number;
  /** Events that had happened when the re-run stopped (at least at + 1 unless the run ended first). */
  events: number;
  /** Goroutines by id, innermost frame first; empty when the program did not run. */
  goroutines: InspectedGoroutine[];
  ms: number;
}

/** The answer to one `check` request. */
export interface CheckReply {
  /** The id the caller passed in; replies for older ids are stale. */
  runId: number;
  /** Errors in gc's order (at most 10, then "too many errors"), then vet warnings. */
  diagnostics: PositionedDiagnostic[];
  /** True when there is no error; warnings alone leave a program runnable. */
  ok: boolean;
  /** Time the engine spent on scan + parse + check, in milliseconds (worker clock). */
  ms: number;
}

/** Scheduler policies a run may use (the engine's RunOptions.policy). */
export type SchedulerPolicy = 'random' | 'round-robin' | 'manual';

/** How to run a program: the run settings, as plain data. Out-of-range values are clamped by the worker. */
export interface RunSettings {
  /** Seed of the scheduler and the runtime's randomness; the engine uses it as a uint32. */
  seed: number;
  /** GOMAXPROCS. */
  procs: number;
  policy: SchedulerPolicy;
  /** The step budget after which the engine stops the program itself. */
  maxSteps: number;
  /** The Go version to model ("1.21", "1.23" …; default "1.23"): before 1.22 loop variables are shared. */
  goVersion?: string;
  /** Record the event trace for the player (RunReply.trace). */
  trace?: boolean;
  /** Run with Go's race detector (`go run -race`): reports races on stderr, exit status 66 after any. */
  race?: boolean;
  /** Events a trace keeps at most (the run goes on; RunReply.trace.truncatedAt says where it was cut). */
  traceLimit?: number;
  /**
   * Scheduler decisions to follow first, flat [g, quantum] pairs (a RunReply.schedule). With policy
   * 'manual' the run then pauses at the next decision (RunReply.paused); with any other policy the
   * run replays them and then goes on deciding by that policy.
   */
  schedule?: number[];
}

/** Output written since the last progress report of a run (whole UTF-8 characters). */
export interface RunProgress {
  runId: number;
  stdout: string;
  stderr: string;
  steps: number;
}

/** The answer to one `run` request: what `go run` would have printed, and how it ended. */
export interface RunReply {
  runId: number;
  /** The program's standard output. */
  stdout: string;
  /** The runtime's messages (panics, fatal errors with their goroutine dumps, compile errors), as Go prints them. */
  stderr: string;
  /** Go's exit status: 0, 1 for compile errors, 2 for panics and fatal errors, n for os.Exit(n). */
  exitCode: number;
  /** VM steps executed; 0 when the program did not compile. */
  steps: number;
  /** Time the engine spent on the run, in milliseconds (worker clock). */
  ms: number;
  /** Set when the engine stopped the program itself (step budget), with the reason. */
  stopped?: string;
  /** The event trace, when RunSettings.trace was set (its typed arrays are transferred, not copied). */
  trace?: TraceData;
  /** The run's scheduler decisions, flat [g, quantum] pairs: RunSettings.schedule replays them. */
  schedule: number[];
  /** Data races the race detector reported (race runs only). */
  races?: number;
  /** Manual policy: the run waits for one of these goroutines to be chosen (append [g, 1] to the schedule and run again). */
  paused?: { candidates: number[] };
  /** A decision in RunSettings.schedule named a goroutine that could not run at that point. */
  diverged?: boolean;
}

/**
 * The worker's methods. Implemented by `createEngineApi` (engine-api.ts), exposed by
 * engine.worker.ts, and called through `EngineClient` (client.ts).
 * @example await remote.check('package main\nfunc main() {}\n', 1) // { runId: 1, diagnostics: [], ok: true, ms: 0.4 }
 */
export interface EngineApi {
  /** `goVersion` ("1.21", "1.26"; default 1.23) decides which language features and std members exist. */
  check(source: string, runId: number, goVersion?: string): CheckReply;
  /**
   * Runs a program to its end (or its step budget). Synchronous inside the worker: a run that must
   * end sooner is ended by terminating the worker (client.ts `stop`).
   * @example await remote.run('package main\nfunc main() { println("hi") }\n', { seed: 1, procs: 8, policy: 'random', maxSteps: 1e9 }, 2) // { runId: 2, stdout: '', stderr: 'hi\n', exitCode: 0, … }
   */
  run(source: string, settings: RunSettings, runId: number, onProgress?: (p: RunProgress) => void): RunReply;
  /**
   * Re-runs a traced run (same source and settings) to just after event `at` and returns the
   * goroutines' frames with their locals at that point (DESIGN.md rule 4: deep inspection re-executes).
   */
  inspect(source: string, settings: RunSettings, at: number, runId: number): InspectReply;
}
