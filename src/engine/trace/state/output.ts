// The output slice: what the program printed up to a trace position, and how it failed or ended.
//
// stdout and stderr are kept apart, as `go run` writes them to two streams (the Console shows stdout
// first, as a terminal does when both are redirected). Strings are immutable in JS, so a keyframe
// shares them instead of copying; appending builds a rope, which is cheap per event.
import type { StateSlice } from './slice.ts';

/** A runtime failure the trace recorded: a fatal error (possibly several) or an uncaught panic. */
export interface RuntimeFailure {
  kind: 'fatal' | 'panic' | 'unsupported' | 'budget';
  /** The goroutine it happened on (0: the scheduler, e.g. a deadlock). */
  g: number;
  /** Go's message (`concurrent map writes`), or the lab's for unsupported and budget stops. */
  message: string;
  /** Index of the event that raised it. */
  at: number;
}

export interface OutputState {
  stdout: string;
  stderr: string;
  /** In the order raised. Immutable: replaced, never edited, so views can compare it by identity. */
  failures: readonly RuntimeFailure[];
  /** Set once run.ended is applied. */
  ended: { exitCode: number; stopped: string } | null;
}

const failureKinds = {
  'fatal.raised': 'fatal',
  'panic.raised': 'panic',
  'unsupported.raised': 'unsupported',
  'budget.exhausted': 'budget',
} as const;

export const outputSlice: StateSlice<OutputState> = {
  name: 'output',
  init: () => ({ stdout: '', stderr: '', failures: [], ended: null }),
  clone: (s) => ({ ...s }),

  apply(s, e) {
    switch (e.kind) {
      case 'output.written':
        if (e.fd === 1) s.stdout += e.text;
        else s.stderr += e.text;
        break;
      case 'fatal.raised':
      case 'panic.raised':
      case 'unsupported.raised':
      case 'budget.exhausted':
        s.failures = [...s.failures, { kind: failureKinds[e.kind], g: e.g, message: 'text' in e ? e.text : e.message, at: e.index }];
        break;
      case 'run.ended':
        s.ended = { exitCode: e.exitCode, stopped: e.stopped };
        break;
      default:
        break;
    }
  },

  revert(s, e) {
    switch (e.kind) {
      case 'output.written':
        if (e.fd === 1) s.stdout = s.stdout.slice(0, Math.max(0, s.stdout.length - e.text.length));
        else s.stderr = s.stderr.slice(0, Math.max(0, s.stderr.length - e.text.length));
        break;
      case 'fatal.raised':
      case 'panic.raised':
      case 'unsupported.raised':
      case 'budget.exhausted':
        s.failures = s.failures.slice(0, -1);
        break;
      case 'run.ended':
        s.ended = null;
        break;
      default:
        break;
    }
  },
};

/**
 * Standard error as the learner's terminal shows it up to this position: the program's and the
 * runtime's text, then the lab's own line when its step budget stopped the run (run-source.ts prints
 * it after the run, so no output event carries it).
 */
export function shownStderr(s: OutputState): string {
  let text = s.stderr;
  for (const f of s.failures) if (f.kind === 'budget') text += `Go Map Lab: ${f.message}\n`;
  return text;
}
