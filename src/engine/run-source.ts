// Runs a Go program: check, compile, execute on the VM; the result as `go run` would show it.
import { analyze } from './check-source.ts';
import { positionDiagnostic } from './source/diagnostic.ts';
import { ProgramCompiler } from './compile/program.ts';
import { Unsupported as CompileUnsupported } from './compile/expr.ts';
import { Machine, type MachineState } from './vm/machine.ts';
import { runToEnd } from './vm/scheduler.ts';
import { RandomPolicy } from './vm/policies/random.ts';
import { RoundRobinPolicy } from './vm/policies/round-robin.ts';
import { fromByteString } from './runtime/values/bytes.ts';
import { TraceWriter, type TraceData } from './trace/writer.ts';
import { TraceRecorder } from './trace/recorder.ts';

export interface RunOptions {
  seed?: number;
  /** GOMAXPROCS (default 8, like a laptop). */
  procs?: number;
  policy?: 'random' | 'round-robin';
  maxSteps?: number;
  fileName?: string;
  /** Record the event trace (trace/events.ts) and return it in RunResult.trace. */
  trace?: boolean;
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
}

/**
 * Runs a program to its end. Never throws: engine bugs become an internal error result.
 * @example runSource('package main\nfunc main() { println("hi") }').stderr // "hi\n"
 */
export function runSource(text: string, options: RunOptions = {}): RunResult {
  const fileName = options.fileName ?? 'prog.go';
  let writer: TraceWriter | null = null;
  try {
    const a = analyze(text, fileName);
    if (a.errors.length > 0 || !a.info) {
      const lines = a.errors.slice(0, 10).map((d) => {
        const p = positionDiagnostic(a.file, d);
        return `./${fileName}:${p.line}:${p.column}: ${d.message}\n`;
      });
      if (a.errors.length > 10) lines.push(`./${fileName}:${positionDiagnostic(a.file, a.errors[10]).line}:${positionDiagnostic(a.file, a.errors[10]).column}: too many errors\n`);
      return withCompileTrace({ stdout: '', stderr: `# command-line-arguments\n${lines.join('')}`, exitCode: 1, steps: 0 }, options);
    }
    let program;
    try {
      program = new ProgramCompiler(a.file, a.ast, a.info).compile();
    } catch (e) {
      if (e instanceof CompileUnsupported) {
        const p = a.file.position(e.node.pos);
        return withCompileTrace({ stdout: '', stderr: `./${fileName}:${p.line}:${p.column}: ${e.message} (Go Map Lab)\n`, exitCode: 1, steps: 0 }, options);
      }
      throw e;
    }
    // A traced run records through the machine's hooks; an untraced one leaves them null (no cost).
    writer = options.trace ? new TraceWriter(traceHeader(options)) : null;
    const recorder = writer ? new TraceRecorder(writer) : null;
    const m = new Machine(recorder ? { ...program, runtime: recorder.wrapServices(program.runtime) } : program, {
      seed: options.seed ?? 1,
      procs: options.procs ?? 8,
      policy: options.policy === 'round-robin' ? new RoundRobinPolicy(1) : new RandomPolicy(),
      ...(options.maxSteps ? { maxSteps: options.maxSteps } : {}),
    });
    if (recorder) recorder.attach(m);
    const end: MachineState = runToEnd(m);
    const result: RunResult = { stdout: fromByteString(m.stdout), stderr: fromByteString(m.stderr), exitCode: 0, steps: m.steps };
    if (end.kind === 'exited') result.exitCode = end.code;
    else if (end.kind === 'budget') {
      result.stopped = end.message;
      result.stderr += `Go Map Lab: ${end.message}\n`;
      result.exitCode = 2;
    }
    if (recorder && writer) {
      recorder.ended(result.exitCode, result.stopped ?? '');
      result.trace = writer.finish();
    }
    return result;
  } catch (e) {
    const r: RunResult = { stdout: '', stderr: `internal error in Go Map Lab: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`, exitCode: 3, steps: 0 };
    // The events up to an engine bug help reproduce it.
    if (writer) {
      writer.append('run.ended', 0, 0, { exitCode: 3, instructions: 0, stopped: 'internal error' });
      r.trace = writer.finish();
    }
    return r;
  }
}

function traceHeader(options: RunOptions) {
  return { fileName: options.fileName ?? 'prog.go', seed: options.seed ?? 1, procs: options.procs ?? 8, policy: options.policy ?? 'random' };
}

/** A program that did not compile still gets a trace when asked: just its end, with status 1. */
function withCompileTrace(r: RunResult, options: RunOptions): RunResult {
  if (!options.trace) return r;
  const w = new TraceWriter(traceHeader(options));
  w.append('run.ended', 0, 0, { exitCode: r.exitCode, instructions: 0, stopped: '' });
  return { ...r, trace: w.finish() };
}
