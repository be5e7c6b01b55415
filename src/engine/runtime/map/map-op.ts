// The step-able operation: how the VM runs a map runtime function one phase at a time.
//
// A phase is a stretch of Go's runtime code that the model runs without interruption; between
// two phases another goroutine (on another CPU, see README) may run any phase of its own
// operation. The same op objects serve both paths: the phased path calls step() and lets the
// scheduler switch between calls; the fast path (GOMAXPROCS=1, where Go never preempts inside a
// map function) is runToEnd(), a loop over step(). There is no second implementation.

/** How an operation ended: its value, a Go fatal error (uncatchable), or a Go runtime panic. */
export type OpOutcome<T> =
  | { readonly done: true; readonly kind: 'ok'; readonly value: T }
  | { readonly done: true; readonly kind: 'fatal'; readonly message: string }
  | { readonly done: true; readonly kind: 'panic'; readonly message: string };

/** A phase ran and the operation is not finished; `phase` names what just ran. */
export interface PhaseRan {
  readonly done: false;
  readonly phase: string;
}

export type StepResult<T> = PhaseRan | OpOutcome<T>;

export interface MapOp<T> {
  /** The Go runtime function this op models (mapassign, mapaccess2, mapiternext, …). */
  readonly name: string;
  /** The phase the next step() will run, or 'done'. */
  readonly next: string;
  /** Runs one phase. After the op is done, returns the same outcome again. */
  step(): StepResult<T>;
}

/** Runs every remaining phase with no interleaving: the GOMAXPROCS=1 fast path. */
export function runToEnd<T>(op: MapOp<T>): OpOutcome<T> {
  for (;;) {
    const r = op.step();
    if (r.done) return r;
  }
}

export function ok<T>(value: T): OpOutcome<T> {
  return { done: true, kind: 'ok', value };
}

export function fatal(message: string): OpOutcome<never> {
  return { done: true, kind: 'fatal', message };
}

export function panicked(message: string): OpOutcome<never> {
  return { done: true, kind: 'panic', message };
}

/** Interned not-done results, one per phase name, so stepping allocates nothing. */
const ran = new Map<string, PhaseRan>();
export function phaseRan(phase: string): PhaseRan {
  let r = ran.get(phase);
  if (r === undefined) {
    r = { done: false, phase };
    ran.set(phase, r);
  }
  return r;
}

/** The exact texts Go prints after `fatal error: ` / `panic: ` for map misuse (Go 1.19–1.23). */
export const msgConcurrentWrites = 'concurrent map writes';
export const msgReadWrite = 'concurrent map read and map write';
export const msgIterWrite = 'concurrent map iteration and map write';
export const msgCloneWrite = 'concurrent map clone and map write';
export const msgNilMapAssign = 'assignment to entry in nil map';
