// The front-end pipeline: scan + parse + type-check one file, as `go build` (and vet) would judge it.
import { SourceFile } from './source/source-file.ts';
import { positionDiagnostic, sortDiagnostics, type Diagnostic, type PositionedDiagnostic } from './source/diagnostic.ts';
import { parseFile } from './syntax/parser.ts';
import { checkFile } from './check/checker.ts';
import type { File } from './syntax/ast.ts';
import type { TypeInfo } from './check/info.ts';
import { wordedFor } from './check/version-wording.ts';

export interface CheckResult {
  /** Errors first reported the way gc reports them (sorted, at most 10 before "too many errors"), then vet warnings. */
  diagnostics: PositionedDiagnostic[];
  /** True when there is no error (warnings do not stop a program from running). */
  ok: boolean;
}

export interface Analysis {
  file: SourceFile;
  ast: File;
  /** Null when syntax errors stopped compilation before type checking (as gc does). */
  info: TypeInfo | null;
  /** Errors, sorted as gc reports them; empty when the program compiles. */
  errors: Diagnostic[];
  /** Vet warnings (copylocks): reported, never stopping a run. */
  warnings: Diagnostic[];
}

/** gc stops listing after 10 errors and adds a final "too many errors" line. */
const maxErrors = 10;

/** Parses and type-checks, keeping the tree and type information for the compiler. */
export function analyze(text: string, fileName = 'prog.go', goMinor = 23): Analysis {
  const file = new SourceFile(fileName, text);
  const parsed = parseFile(file);
  const parseErrors = parsed.diagnostics.filter((d) => d.severity === 'error');
  // Like gc, syntax errors stop compilation before type checking. "Not supported yet" diagnostics
  // (unsupported_*) are not syntax errors: Go accepts those programs, so type checking still runs
  // (quietly around the unsupported parts) and its findings are listed too.
  const syntax = parseErrors.filter((d) => !d.code.startsWith('unsupported'));
  if (syntax.length > 0) return { file, ast: parsed.ast, info: null, errors: sortDiagnostics(parseErrors), warnings: [] };
  const checked = checkFile(file, parsed.ast, goMinor);
  const all = sortDiagnostics([...parseErrors, ...checked.diagnostics]);
  return {
    file,
    ast: parsed.ast,
    info: checked.info,
    errors: all.filter((d) => d.severity === 'error'),
    warnings: all.filter((d) => d.severity === 'warning'),
  };
}

/**
 * Checks a Go source text. Never throws: an engine bug becomes an `internal_error` diagnostic.
 * @example checkSource('package main\nfunc main() { x := 1 }').diagnostics[0].message // "declared and not used: x"
 */
export function checkSource(text: string, fileName = 'prog.go', goMinor = 23): CheckResult {
  let file: SourceFile;
  let errors: Diagnostic[];
  let warnings: Diagnostic[];
  try {
    const a = analyze(text, fileName, goMinor);
    ({ file, errors, warnings } = a);
  } catch (e) {
    file = new SourceFile(fileName, text);
    errors = [{ pos: 0, end: 0, severity: 'error', code: 'internal_error', message: `internal error in Go Map Lab: ${e instanceof Error ? e.message : String(e)}` }];
    warnings = [];
  }
  let shown = errors;
  if (errors.length > maxErrors) {
    shown = errors.slice(0, maxErrors);
    const last = shown[shown.length - 1];
    shown.push({ pos: last.pos, end: last.end, severity: 'error', code: 'too_many_errors', message: 'too many errors' });
  }
  const all = [...shown, ...warnings].map((d) => positionDiagnostic(file, { ...d, message: wordedFor(d.message, goMinor) }));
  return { diagnostics: all, ok: errors.length === 0 };
}
