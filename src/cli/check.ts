// `gomaplab check prog.go`: type-check one Go file and print what `go build` (then `go vet`) would.
//
// Output, chosen to match the Go toolchain (Go 1.23):
// - Errors go to stderr as `prog.go:LINE:COL: message` lines, in gc's order, at most 10 and then
//   `too many errors`. Exit status 1.
// - Without errors, vet warnings follow a `# vet` header line (go vet prints a `# [package]`
//   header), one `prog.go:LINE:COL: message` line each. Exit status 0: warnings do not stop a
//   program from running (go vet itself would exit 1).
// - With errors, vet warnings are not printed: go vet does not analyse code that does not compile.
// - A clean file prints nothing and exits 0.
// The file name printed is the path as given on the command line.
import { basename } from 'node:path';
import { checkSource, formatDiagnostic } from '../engine/index.ts';
import { describeReadError, exitFailed, exitOK, exitUsage, type CliIO } from './io.ts';

export const checkUsage = 'usage: gomaplab check file.go';

export function checkCommand(args: readonly string[], io: CliIO): number {
  const files = args.filter((a) => !a.startsWith('-') || a === '-');
  const flags = args.filter((a) => a.startsWith('-') && a !== '-');
  if (flags.length > 0) {
    io.stderr(`gomaplab check: unknown flag ${flags[0]}\n${checkUsage}\n`);
    return exitUsage;
  }
  if (files.length !== 1) {
    io.stderr(`gomaplab check: ${files.length === 0 ? 'no Go file given' : 'one file at a time, got ' + files.length}\n${checkUsage}\n`);
    return exitUsage;
  }
  const path = files[0];
  if (!path.endsWith('.go')) {
    io.stderr(`gomaplab check: ${path} is not a .go file\n${checkUsage}\n`);
    return exitUsage;
  }
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    io.stderr(`gomaplab check: cannot read ${path}: ${describeReadError(error)}\n`);
    return exitFailed;
  }
  const result = checkSource(text, basename(path));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    io.stderr(errors.map((d) => formatDiagnostic(path, d) + '\n').join(''));
    return exitFailed;
  }
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) io.stderr('# vet\n' + warnings.map((d) => formatDiagnostic(path, d) + '\n').join(''));
  return exitOK;
}
