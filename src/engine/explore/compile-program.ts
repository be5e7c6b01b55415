// Compiling a program once for exploration: every explored schedule runs a fresh Machine over the same bytecode.
import { analyze } from '../check-source.ts';
import { positionDiagnostic } from '../source/diagnostic.ts';
import { ProgramCompiler } from '../compile/program.ts';
import { Unsupported as CompileUnsupported } from '../compile/expr.ts';
import type { Program } from '../vm/machine.ts';

export type Compiled =
  | { ok: true; program: Program }
  /** What `go run` would print for a program that does not build (the lab's own words for unsupported Go). */
  | { ok: false; stderr: string };

/**
 * Checks and compiles `text`. Never throws: compile errors and engine bugs come back as text.
 * Compiled programs are immutable bytecode, so one Program serves any number of Machines.
 */
export function compileProgram(text: string, fileName = 'prog.go'): Compiled {
  try {
    const a = analyze(text, fileName);
    if (a.errors.length > 0 || !a.info) {
      const lines = a.errors.slice(0, 10).map((d) => {
        const p = positionDiagnostic(a.file, d);
        return `./${fileName}:${p.line}:${p.column}: ${d.message}\n`;
      });
      return { ok: false, stderr: `# command-line-arguments\n${lines.join('')}` };
    }
    try {
      return { ok: true, program: new ProgramCompiler(a.file, a.ast, a.info).compile() };
    } catch (e) {
      if (e instanceof CompileUnsupported) {
        const p = a.file.position(e.node.pos);
        return { ok: false, stderr: `./${fileName}:${p.line}:${p.column}: ${e.message} (Go Map Lab)\n` };
      }
      throw e;
    }
  } catch (e) {
    return { ok: false, stderr: `internal error in Go Map Lab: ${e instanceof Error ? e.message : String(e)}\n` };
  }
}
