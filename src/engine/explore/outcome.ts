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

/**
 * Why a run was cut short by the lab rather than ended by the program: `steps`, the explorer's
 * per-schedule step budget; `memory`, the lab's memory budget; `unsupported`, an operation the lab
 * cannot model; `internal`, a fault in the lab itself.
 */
export type CutReason = 'steps' | 'memory' | 'unsupported' | 'internal';

export type Outcome =
  | { kind: 'passed' }
  | { kind: 'failed'; failure: FailureKind; /** First line of Go's report, or the claim's complaint. */ message: string }
  /** The lab stopped the run before the program ended: neither a pass nor a failure. `detail` is the lab's message. */
  | { kind: 'cut'; why: CutReason; detail: string };

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
  if (end.kind === 'running' || end.kind === 'paused') return { outcome: { kind: 'cut', why: 'steps', detail: '' }, view };
  if (end.kind === 'budget') {
    // Both budgets end a run the same way; the step count tells which one it was.
    const why = m.steps >= m.opts.maxSteps ? 'steps' : 'memory';
    return { outcome: { kind: 'cut', why, detail: end.message }, view };
  }
  // The lab stopped a program it cannot model (an unsupported operation): nothing was learned.
  const stop = view.stderr.split('\n').find((l) => l.includes('Go Map Lab stopped the program'));
  if (stop !== undefined) return { outcome: { kind: 'cut', why: 'unsupported', detail: stop }, view };
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
