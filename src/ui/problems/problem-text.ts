// How a diagnostic reads in the Problems panel: the line gc or go vet would print.
import type { PositionedDiagnostic } from '../../worker/api.ts';

/** `prog.go:7:2: undefined: wg`, as `go build` and `go vet` print it. */
export function problemText(d: PositionedDiagnostic, fileName = 'prog.go'): string {
  return `${fileName}:${d.line}:${d.column}: ${d.message}`;
}

/** The panel heading's summary, e.g. `2 errors, 1 vet warning`. */
export function problemSummary(diagnostics: readonly PositionedDiagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const parts: string[] = [];
  if (errors) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`);
  if (warnings) parts.push(`${warnings} vet ${warnings === 1 ? 'warning' : 'warnings'}`);
  return parts.join(', ');
}
