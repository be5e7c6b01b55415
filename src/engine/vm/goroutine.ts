// A goroutine: an id, its own frame stack, its scheduling state and what it waits for.
import type { Frame } from './frame.ts';
import type { WaitReasonText } from './wait-reason.ts';

export const enum GStatus {
  Runnable = 0,
  Running = 1,
  Waiting = 2,
  Dead = 3,
}

/** A runtime operation in progress on a goroutine, stepped one phase at a time (see scheduler.ts). */
export interface PendingOp {
  /**
   * Advances the operation by one phase. Returns OpStep.Done when finished (result in
   * g.opResult), OpStep.Phase at a preemption point, OpStep.Block after parking g (it is
   * stepped again once readied), or OpStep.Call after setting g.call (a Go function to run
   * first; its results arrive in g.callResults). Go panics and fatal errors are thrown.
   */
  step(g: Goroutine): OpStep;
  /** The std function it runs inside (e.g. `sync.Mutex.Lock`): dumps show Go's own frames for it. */
  readonly std?: string;
  /**
   * The runtime operation behind it, when it has one (map ops: a MapOp with `h` and `name`). The
   * schedule explorer (explore/footprint.ts) reads it to tell which object a phase touches.
   */
  readonly target?: unknown;
}

export const enum OpStep {
  Done = 0,
  Phase = 1,
  Block = 2,
  Fault = 3,
  /** The op wants a Go function called (g.call): its results come back in g.callResults, then the op is stepped again. */
  Call = 4,
}

export interface PanicState {
  value: unknown;
  /** Go's text for the panic value (`runtime error: …`, a string, `main.E{…}`). */
  text: string;
  recovered: boolean;
  /** The panic this one replaced while running deferred calls (printed as a chain). */
  previous: PanicState | null;
  /** True for runtime errors (printed with `[recovered]` chains the same way; kept for dumps). */
  runtimeError: boolean;
  /** The std function that raised it (its frames top the dump), if any. */
  std?: string;
  /**
   * Index of the frame whose deferred calls the panic is running. Frames stay on the stack while
   * a panic runs deferred calls (on top of them), as in Go, so the dump shows where it started.
   */
  frameIndex: number;
}

export class Goroutine {
  status = GStatus.Runnable;
  frames: Frame[] = [];
  waitReason: WaitReasonText | null = null;
  /** The op being stepped, if the goroutine is inside a multi-phase runtime function. */
  op: PendingOp | null = null;
  /** Register in the top frame receiving op's result, or -1. */
  opDest = -1;
  opResult: unknown = null;
  /** Extra results of an op returning more than one value (comma-ok forms). */
  opResult2: unknown = null;
  panic: PanicState | null = null;
  /** Virtual time at which a sleeping goroutine wakes. */
  wakeAt = 0;
  /** Virtual time when it started waiting (dumps print `, N minutes` past one minute). */
  waitSince = 0;
  /** Virtual time when it last got a P (Go's 10 ms time slice). */
  sliceStart = 0;
  /** The call an op asked for with OpStep.Call. */
  call: { fn: unknown; args: unknown[] } | null = null;
  /** True while the Go function an op asked for is running (the op waits for its return). */
  opCalling = false;
  /** Results of that call, for the op's next step. */
  callResults: unknown[] = [];
  /** Per-goroutine scratch for runtime objects (e.g. the sudog of a blocked channel op). */
  parkedOn: unknown = null;

  constructor(
    readonly id: number,
    /** Go name of the function that ran the `go` statement, or null for main. */
    readonly createdBy: string | null,
    /** Line of the `go` statement. */
    readonly createdAtLine: number,
    /** Id of the creating goroutine (Go ≥ 1.21 prints `created by X in goroutine N`). */
    readonly createdByG: number,
  ) {}

  get top(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }
}
