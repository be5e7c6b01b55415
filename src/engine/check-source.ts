// The front-end pipeline: scan + parse + type-check one file, as `go build` (and vet) would judge it.
import { SourceFile } from './source/source-file.ts';
import { positionDiagnostic, sortDiagnostics, type Diagnostic, type PositionedDiagnostic } from './source/diagnostic.ts';
import { parseFile } from './syntax/parser.ts';
import { checkFile } from './check/checker.ts';

export interface CheckResult {
  /** Errors first reported the way gc reports them (sorted, at most 10 before "too many errors"), then vet warnings. */
  diagnostics: PositionedDiagnostic[];
  /** True when there is no error (warnings do not stop a program from running). */
  ok: boolean;
}

/** gc stops listing after 10 errors and adds a final "too many errors" line. */
const maxErrors = 10;

/**
 * Checks a Go source text. Never throws: an engine bug becomes an `internal_error` diagnostic.
 * @example checkSource('package main\nfunc main() { x := 1 }').diagnostics[0].message // "declared and not used: x"
 */
export function checkSource(text: string, fileName = 'prog.go'): CheckResult {
  const file = new SourceFile(fileName, text);
  let diags: Diagnostic[];
  try {
    const parsed = parseFile(file);
    // Like gc: syntax errors stop compilation before type checking.
    if (parsed.diagnostics.some((d) => d.severity === 'error')) diags = sortDiagnostics(parsed.diagnostics);
    else diags = sortDiagnostics(checkFile(file, parsed.ast).diagnostics);
  } catch (e) {
    diags = [{ pos: 0, end: 0, severity: 'error', code: 'internal_error', message: `internal error in Go Map Lab: ${e instanceof Error ? e.message : String(e)}` }];
  }
  const errors = diags.filter((d) => d.severity === 'error');
  const warnings = diags.filter((d) => d.severity === 'warning');
  let shown = errors;
  if (errors.length > maxErrors) {
    shown = errors.slice(0, maxErrors);
    const last = shown[shown.length - 1];
    shown.push({ pos: last.pos, end: last.end, severity: 'error', code: 'too_many_errors', message: 'too many errors' });
  }
  const all = [...shown, ...warnings].map((d) => positionDiagnostic(file, d));
  return { diagnostics: all, ok: errors.length === 0 };
}
