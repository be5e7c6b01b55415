// A call frame: one activation of a FuncProto on a goroutine's own frame stack (no JS recursion).
import type { Closure } from './values.ts';

/** A deferred call waiting for its frame to return or panic. */
export interface DeferredCall {
  fn: Closure | NativeDeferred;
  args: unknown[];
  /** Line of the defer statement. */
  line: number;
}

/** A deferred runtime function (e.g. `defer mu.Unlock()` on a runtime object). */
export interface NativeDeferred {
  native: string;
  call: (args: unknown[]) => void;
}

export const enum Called {
  Normal = 0,
  ByReturn = 1,
  ByPanic = 2,
  /** Called by a runtime operation (fmt calling String, Once.Do calling f): its results go back to the op. */
  ByOp = 3,
}

export class Frame {
  pc = 0;
  readonly regs: unknown[];
  defers: DeferredCall[] | null = null;
  /** Where the caller wants results: register index in the caller's frame, or -1 to drop them. */
  retDest = -1;
  /**
   * How this frame was called: Called.Normal by CALL, Called.ByReturn for a deferred call run
   * by its frame's return, Called.ByPanic for one run by a panicking goroutine (only such a frame
   * may recover, and its return resumes the panic unless it recovered).
   */
  calledAs: Called = Called.Normal;

  constructor(
    readonly closure: Closure,
    nregs: number,
  ) {
    this.regs = new Array(nregs).fill(null);
  }

  get proto() {
    return this.closure.proto;
  }

  /** The line currently executing (the instruction before pc, which has already been fetched). */
  line(): number {
    return this.closure.proto.lineAt(Math.max(0, this.pc - 1));
  }
}
