// Classifies one run of a crash-corpus program by its exit status and the first lines of its stderr.
import type { RawRun } from './go-runner.ts';

export interface RunClass {
  kind: 'crash' | 'clean' | 'other';
  /** For a crash: the text after `fatal error: ` in the first report. */
  message?: string;
  /** The first stderr line as printed (or `clean`, `timeout …`, `exit N, empty stderr`), for the tally. */
  firstLine: string;
  /** More than one `fatal error:` report, i.e. two threads failed their checks. */
  double: boolean;
}

const marker = 'fatal error: ';

/**
 * A crash is exit 2 with stderr starting `fatal error: `. When two threads fail at once Go prints two
 * reports, and their writes can interleave: besides two consecutive `fatal error:` lines, real Go 1.23
 * printed `fatal error: fatal error: concurrent map writes` and
 * `fatal error: concurrent map writesfatal error: concurrent map writes` on one line.
 */
export function classifyRun(run: RawRun, timeoutMs: number): RunClass {
  const lines = run.stderr.split('\n');
  const head = lines[0] ?? '';
  if (run.timedOut) return { kind: 'other', firstLine: `timeout after ${timeoutMs} ms`, double: false };
  const reports = head.split(marker).length - 1 + ((lines[1] ?? '').startsWith(marker) ? 1 : 0);
  const double = reports > 1;
  if (head.startsWith(marker) && run.exit === 2) {
    const message = head.replace(/^(fatal error: )+/, '').split(marker)[0];
    return { kind: 'crash', message, firstLine: head, double };
  }
  if (run.exit === 0 && run.stderr === '') return { kind: 'clean', firstLine: 'clean', double: false };
  return { kind: 'other', firstLine: head || `exit ${run.exit}, empty stderr`, double };
}
