// Diagnostics: problems in the learner's program as data, worded and positioned like the Go toolchain.
import type { Pos, SourceFile } from './source-file.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Start offset (see Pos). */
  pos: Pos;
  /** End offset, exclusive; equal to pos for a point. */
  end: Pos;
  severity: Severity;
  /** Stable snake_case code, never reused (e.g. `undefined_name`, `unused_import`, `copied_lock`). */
  code: string;
  /** The message exactly as Go words it, without the `file:line:col: ` prefix. */
  message: string;
  /** Optional plain-language teaching hint, shown separately; never replaces `message`. */
  hint?: string;
}

/** A diagnostic resolved to line and column, ready to cross the worker boundary (plain data). */
export interface PositionedDiagnostic extends Diagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function positionDiagnostic(file: SourceFile, d: Diagnostic): PositionedDiagnostic {
  const start = file.position(d.pos);
  const end = file.position(Math.max(d.end, d.pos));
  return { ...d, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** `prog.go:7:2: undefined: wg` — the format of gc and go vet. */
export function formatDiagnostic(fileName: string, d: PositionedDiagnostic): string {
  return `${fileName}:${d.line}:${d.column}: ${d.message}`;
}

/** Sorts by position, as gc reports them. */
export function sortDiagnostics<T extends Diagnostic>(ds: T[]): T[] {
  return ds.slice().sort((a, b) => a.pos - b.pos || a.end - b.end);
}
