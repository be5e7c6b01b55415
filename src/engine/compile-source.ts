// Checking and compiling a program once: a run, or every schedule the explorer tries, runs a fresh Machine over the same bytecode.
import { analyze } from './check-source.ts';
import { wordedFor } from './check/version-wording.ts';
import { positionDiagnostic } from './source/diagnostic.ts';
import { ProgramCompiler } from './compile/program.ts';
import { Unsupported as CompileUnsupported } from './compile/expr.ts';
import type { Program } from './vm/machine.ts';
import { instrumentProgram } from './race/instrument.ts';

export interface CompileOptions {
  /** The Go version modelled, "1.19" to "1.26" (default 1.23): loop variables and the map design follow it. */
  goVersion?: string;
  /** Instrument memory accesses for the race detector (src/engine/race/), as `go run -race` does. */
  race?: boolean;
}

export type Compiled =
  | { ok: true; program: Program; race: boolean; /** The Go minor version modelled (23 for "1.23"); the map design follows it. */ goMinor: number }
  /** What `go run` would print for a program that does not build (the lab's own words for unsupported Go). */
  | { ok: false; stderr: string; /** An engine bug, not the program's fault (go run would not fail here). */ internal?: true };

/**
 * Checks and compiles `text`. Never throws: compile errors and engine bugs come back as text.
 * Compiled programs are immutable bytecode, so one Program serves any number of Machines.
 */
export function compileSource(text: string, fileName = 'prog.go', options: CompileOptions = {}): Compiled {
  const minor = goMinor(options.goVersion);
  try {
    const a = analyze(text, fileName, minor);
    if (a.errors.length > 0 || !a.info) {
      // A missing package stops the go command before the compiler runs: no package header, no ./,
      // and before Go 1.20 it said "not in GOROOT".
      const loading = a.errors.length > 0 && a.errors.every((d) => d.code === 'package_not_in_std');
      const line = (d: (typeof a.errors)[number], message = wordedFor(d.message, minor)) => {
        const p = positionDiagnostic(a.file, d);
        if (loading) return `${fileName}:${p.line}:${p.column}: ${minor < 20 ? message.replace(' is not in std ', ' is not in GOROOT ') : message}\n`;
        return `./${fileName}:${p.line}:${p.column}: ${message}\n`;
      };
      if (loading) return { ok: false, stderr: a.errors.map((d) => line(d)).join('') };
      // gc lists at most 10 errors, then says there were more at the 11th's position.
      const lines = a.errors.slice(0, 10).map((d) => line(d));
      if (a.errors.length > 10) lines.push(line(a.errors[10], 'too many errors'));
      return { ok: false, stderr: `# command-line-arguments\n${lines.join('')}` };
    }
    try {
      const compiler = new ProgramCompiler(a.file, a.ast, a.info, { perIterationLoopVars: minor >= 22 });
      const program = compiler.compile();
      // Instrumenting rewrites the bytecode once; every explored Machine then gets its own detector.
      if (options.race) instrumentProgram(program, compiler.nativeNames(), [...compiler.funcs.values()].map((c) => c.proto));
      return { ok: true, program, race: options.race === true, goMinor: minor };
    } catch (e) {
      if (e instanceof CompileUnsupported) {
        const p = a.file.position(e.node.pos);
        return { ok: false, stderr: `./${fileName}:${p.line}:${p.column}: ${e.message} (Go Map Lab)\n` };
      }
      throw e;
    }
  } catch (e) {
    return { ok: false, stderr: `internal error in Go Map Lab: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`, internal: true };
  }
}

/** The minor version of "1.N" (default 23, the modelled release). */
export function goMinor(version: string | undefined): number {
  const m = /^(?:go)?1\.(\d{1,2})(?:\.\d+)?$/.exec(version ?? '');
  return m ? Number(m[1]) : 23;
}
