// Reading the Go toolchain's diagnostics (`go build`, `go vet`) back into findings, for the corpus oracle.
import type { Finding } from './match-markers.ts';

// `./prog.go:12:5: message`, possibly prefixed `vet: ` (vet's own type errors) and with any directory.
const head = /^(?:vet: )?(?:\S*\/)?[^/\s:]+\.go:(\d+):(\d+): (.*)$/;

/**
 * Parses Go's output: one finding per `file.go:L:C: message` line; tab-indented lines continue the
 * previous message (gc's `have (...)` / `want (...)`), joined with "\n" and kept with their tab.
 * Lines starting with `#` (package headers) and anything else are ignored.
 */
export function parseGoOutput(output: string, severity: Finding['severity']): Finding[] {
  const findings: Finding[] = [];
  for (const line of output.split('\n')) {
    const m = head.exec(line);
    if (m) findings.push({ line: Number(m[1]), column: Number(m[2]), message: m[3], severity });
    else if (line.startsWith('\t') && findings.length) findings[findings.length - 1].message += `\n${line}`;
  }
  return findings;
}
