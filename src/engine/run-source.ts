// Runs a Go program: check, compile, execute on the VM; the result as `go run` would show it.
import { Machine, type MachineState } from './vm/machine.ts';
import { runToEnd } from './vm/scheduler.ts';
import { RandomPolicy } from './vm/policies/random.ts';
import { RoundRobinPolicy } from './vm/policies/round-robin.ts';
import { ManualPolicy } from './vm/policies/manual.ts';
import { ReplayPolicy } from './vm/policies/replay.ts';
import type { SchedulePolicy } from './vm/policies/policy.ts';
import { step } from './vm/scheduler.ts';
import { compileSource } from './compile-source.ts';
import { inspectGoroutines, type InspectedGoroutine } from './runtime/inspect-frames.ts';
import { fromByteString } from './runtime/values/bytes.ts';
import { TraceWriter, type TraceData } from './trace/writer.ts';
import { TraceRecorder } from './trace/recorder.ts';
import { attachRaceDetector, finishRace } from './race/attach.ts';
import type { RaceDetector } from './race/detector.ts';

export interface RunOptions {
  seed?: number;
  /** GOMAXPROCS (default 8, like a laptop). */
  procs?: number;
  /**
   * random (default) and round-robin decide by themselves; replay follows `schedule` and then decides
   * at random; manual follows `schedule` and pauses at the first decision beyond it (RunResult.paused).
   */
  policy?: 'random' | 'round-robin' | 'replay' | 'manual';
  /** Scheduler decisions to follow first, as flat [g, quantum] pairs (RunResult.schedule of an earlier run). */
  schedule?: readonly number[];
  maxSteps?: number;
  /** Words (8 bytes) the run may allocate in total before the lab stops it (vm/heap-budget.ts). */
  maxHeapWords?: number;
  /**
   * Called every `progressEvery` instructions (default 20 M) with the output written since the last
   * call, so a long run can show its output as it goes (and keep it when stopped).
   */
  onProgress?: (p: RunProgress) => void;
  progressEvery?: number;
  fileName?: string;
  /**
   * The Go version to model ("1.21", "1.23", "1.26"): before 1.22 a for loop's variables are shared
   * by all iterations; from 1.24 maps are Swiss tables instead of bucket maps. Default "1.23".
   */
  goVersion?: string;
  /** Record the event trace (trace/events.ts) and return it in RunResult.trace. */
  trace?: boolean;
  /**
   * Run with Go's race detector (`go run -race`, src/engine/race/): reports data races as they
   * happen and, when the program exits with status 0 after any, `Found N data race(s)` and status 66.
   */
  race?: boolean;
  /**
   * Re-run to just after trace event `inspectAt` (with the settings of the run that made the trace)
   * and stop there, returning every goroutine's frames and locals in RunResult.inspection.
   */
  inspectAt?: number;
  /** Events a trace keeps at most (TraceData.truncatedAt tells when more happened); unlimited by default. */
  traceLimit?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** Go's exit status: 0, 1 for compile errors, 2 for panics and fatal errors, n for os.Exit(n). */
  exitCode: number;
  steps: number;
  /** Set when the lab stopped the run itself (step budget). */
  stopped?: string;
  /** The event trace, when RunOptions.trace was set. */
  trace?: TraceData;
  /** The run's scheduler decisions as flat [g, quantum] pairs: replaying them gives the same run. */
  schedule: number[];
  /** With RunOptions.inspectAt: the goroutines where the run was stopped, and how many events had happened. */
  inspection?: { events: number; goroutines: InspectedGoroutine[] };
  /** Data races reported (race runs only). */
  races?: number;
  /** Manual policy: the run is waiting for the learner to pick one of these goroutines next. */
  paused?: { candidates: number[] };
  /** Replay or manual: a decision of `schedule` named a goroutine that could not run then. */
  diverged?: boolean;
}

/** Output written since the previous report, decoded up to the last whole UTF-8 character. */
export interface RunProgress {
  stdout: string;
  stderr: string;
  steps: number;
}

/**
 * Runs a program to its end. Never throws: engine bugs become an internal error result.
 * @example runSource('package main\nfunc main() { println("hi") }').stderr // "hi\n"
 */
export function runSource(text: string, options: RunOptions = {}): RunResult {
  const fileName = options.fileName ?? 'prog.go';
  let writer: TraceWriter | null = null;
  try {
    const c = compileSource(text, fileName, { goVersion: options.goVersion, race: options.race });
    // A program that does not build exits 1 as go run's does; an engine bug while compiling, 3.
    if (!c.ok) return withCompileTrace({ stdout: '', stderr: c.stderr, exitCode: c.internal ? 3 : 1, steps: 0, schedule: [] }, options);
    const program = c.program;
    // A traced run records through the machine's hooks; an untraced one leaves them null (no cost).
    // Inspection counts events exactly as the traced run did, so it traces too (and is stopped early).
    writer = options.trace || options.inspectAt !== undefined ? new TraceWriter(traceHeader(options), options.traceLimit) : null;
    const recorder = writer ? new TraceRecorder(writer, text) : null;
    const m = new Machine(recorder ? { ...program, runtime: recorder.wrapServices(program.runtime) } : program, {
      seed: options.seed ?? 1,
      procs: options.procs ?? 8,
      policy: makePolicy(options),
      goMinor: c.goMinor,
      ...(options.maxSteps ? { maxSteps: options.maxSteps } : {}),
      ...(options.maxHeapWords ? { maxHeapWords: options.maxHeapWords } : {}),
    });
    if (recorder) recorder.attach(m);
    // The program was instrumented when compiled (compile-source.ts); the detector is this run's.
    const race: RaceDetector | null = c.race
      ? attachRaceDetector(m, { fileName, ...(recorder ? { position: () => recorder.position(), onReport: (r) => recorder.raceReported(r) } : {}) })
      : null;
    if (options.inspectAt !== undefined && writer) {
      runUntilEvent(m, writer, Math.max(0, Math.floor(options.inspectAt)));
      return { stdout: fromByteString(m.stdout), stderr: fromByteString(m.stderr), exitCode: 0, steps: m.steps, schedule: [...m.schedule], inspection: { events: writer.count, goroutines: inspectGoroutines(m) } };
    }
    const end: MachineState = options.onProgress ? runReporting(m, options.onProgress, options.progressEvery ?? 20_000_000) : runToEnd(m);
    const raceExit = race && end.kind === 'exited' ? finishRace(m, race, end.code) : null;
    const result: RunResult = { stdout: fromByteString(m.stdout), stderr: fromByteString(m.stderr), exitCode: 0, steps: m.steps, schedule: [...m.schedule] };
    const policy = m.opts.policy;
    if ((policy instanceof ManualPolicy || policy instanceof ReplayPolicy) && policy.diverged) result.diverged = true;
    if (end.kind === 'exited') result.exitCode = raceExit ?? end.code;
    else if (end.kind === 'paused') result.paused = { candidates: [...end.offered] };
    else if (end.kind === 'budget') {
      result.stopped = end.message;
      result.stderr += `Go Map Lab: ${end.message}\n`;
      result.exitCode = 2;
    }
    if (race) result.races = race.count;
    if (recorder && writer) {
      recorder.ended(result.exitCode, result.stopped ?? '');
      result.trace = writer.finish();
    }
    return result;
  } catch (e) {
    const r: RunResult = { stdout: '', stderr: `internal error in Go Map Lab: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`, exitCode: 3, steps: 0, schedule: [] };
    // The events up to an engine bug help reproduce it.
    if (writer) {
      writer.close();
      writer.append('run.ended', 0, 0, { exitCode: 3, instructions: 0, stopped: 'internal error' });
      r.trace = writer.finish();
    }
    return r;
  }
}

function makePolicy(options: RunOptions): SchedulePolicy {
  const schedule = options.schedule ?? [];
  switch (options.policy) {
    case 'round-robin':
      return new RoundRobinPolicy(1);
    case 'manual':
      return new ManualPolicy(schedule);
    case 'replay':
      return new ReplayPolicy(schedule, new RandomPolicy());
    default:
      return new RandomPolicy();
  }
}

/** Runs until event `target` has been written (or the run ends first), overshooting as little as it can. */
function runUntilEvent(m: Machine, writer: TraceWriter, target: number): void {
  while (writer.count <= target) {
    // An instruction writes a few events at most: a budget of an eighth of the events left rarely overshoots.
    const s = step(m, Math.max(1, (target + 1 - writer.count) >> 3));
    if (s.kind !== 'running') return;
  }
}

/** Runs to the end (or a pause) in slices, reporting new output after each. */
function runReporting(m: Machine, report: (p: RunProgress) => void, every: number): MachineState {
  let out = 0, err = 0;
  const flush = () => {
    const o = wholeUtf8End(m.stdout, out), e = wholeUtf8End(m.stderr, err);
    if (o > out || e > err) report({ stdout: fromByteString(m.stdout.slice(out, o)), stderr: fromByteString(m.stderr.slice(err, e)), steps: m.steps });
    out = o;
    err = e;
  };
  let s = step(m, Math.max(1, every));
  while (s.kind === 'running') {
    flush();
    s = step(m, Math.max(1, every));
  }
  return s;
}

/** The end of the longest prefix of `bytes` from `from` that does not stop inside a UTF-8 sequence. */
function wholeUtf8End(bytes: string, from: number): number {
  const n = bytes.length;
  // A sequence is at most 4 bytes: look back at most 3 for a lead byte whose sequence is cut.
  for (let i = n - 1; i >= Math.max(from, n - 3); i--) {
    const b = bytes.charCodeAt(i);
    if (b < 0x80) return n;
    if (b >= 0xc0) return i + (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) > n ? i : n;
  }
  return n;
}

function traceHeader(options: RunOptions) {
  return {
    fileName: options.fileName ?? 'prog.go', seed: options.seed ?? 1, procs: options.procs ?? 8, policy: options.policy ?? 'random',
    ...(options.goVersion ? { goVersion: options.goVersion } : {}),
  };
}

/** A program that did not compile still gets a trace when asked: just its end, with status 1. */
function withCompileTrace(r: RunResult, options: RunOptions): RunResult {
  if (!options.trace) return r;
  const w = new TraceWriter(traceHeader(options));
  w.append('run.ended', 0, 0, { exitCode: r.exitCode, instructions: 0, stopped: '' });
  return { ...r, trace: w.finish() };
}
