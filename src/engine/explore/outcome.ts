// How one explored run ended, in the explorer's terms: passed, failed (and how), or cut short.
import { fromByteString } from '../runtime/values/bytes.ts';
import type { Machine, MachineState } from '../vm/machine.ts';

/**
 * What made a run a failure. `fatal`: a Go fatal error such as `concurrent map writes`;
 * `deadlock`: Go's `all goroutines are asleep - deadlock!` (a fatal error too, named apart
 * because a learner reads it differently); `panic`: an uncaught panic; `race`: the race
 * detector printed `WARNING: DATA RACE` (runs with race detection only); `claim`: the program
 * ended normally but broke a claim the caller made about it (e.g. its exact output).
 */
export type FailureKind = 'fatal' | 'deadlock' | 'panic' | 'race' | 'claim';

export type Outcome =
  | { kind: 'passed' }
  | { kind: 'failed'; failure: FailureKind; /** First line of Go's report, or the claim's complaint. */ message: string }
  /** The run hit the explorer's per-schedule step budget: neither a pass nor a failure. */
  | { kind: 'cut' };

/** What a claim sees of a finished run: what `go run` would have shown. */
export interface RunView {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** A claim about every run of the program: returns null when it holds, else what went wrong. */
export type Claim = (run: RunView) => string | null;

/** Reads the machine's end state and output; `claim` is only asked about runs that ended normally. */
export function classify(m: Machine, end: MachineState, claim: Claim | null, races = 0): { outcome: Outcome; view: RunView } {
  const view: RunView = { stdout: fromByteString(m.stdout), stderr: fromByteString(m.stderr), exitCode: end.kind === 'exited' ? end.code : 2 };
  if (end.kind === 'budget' || end.kind === 'running' || end.kind === 'paused') return { outcome: { kind: 'cut' }, view };
  // The lab stopped a program it cannot model (an unsupported operation): nothing was learned.
  if (view.stderr.includes('Go Map Lab stopped the program')) return { outcome: { kind: 'cut' }, view };
  const first = firstReportLine(view.stderr);
  if (first.startsWith('fatal error: all goroutines are asleep')) return { outcome: { kind: 'failed', failure: 'deadlock', message: first }, view };
  if (first.startsWith('fatal error: ')) return { outcome: { kind: 'failed', failure: 'fatal', message: first }, view };
  if (first.startsWith('panic: ')) return { outcome: { kind: 'failed', failure: 'panic', message: first }, view };
  if (races > 0) return { outcome: { kind: 'failed', failure: 'race', message: 'WARNING: DATA RACE' }, view };
  if (claim) {
    const broken = claim(view);
    if (broken !== null) return { outcome: { kind: 'failed', failure: 'claim', message: broken }, view };
  }
  return { outcome: { kind: 'passed' }, view };
}

/** The line where Go's report starts: output the program printed to stderr itself comes before it. */
function firstReportLine(stderr: string): string {
  for (const line of stderr.split('\n')) {
    if (line.startsWith('fatal error: ') || line.startsWith('panic: ')) return line;
  }
  return '';
}

/** A claim that the program prints exactly `want` on standard output. */
export function stdoutEquals(want: string): Claim {
  return (run) => (run.stdout === want ? null : `stdout was ${JSON.stringify(clip(run.stdout))}, the claim says ${JSON.stringify(clip(want))}`);
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
