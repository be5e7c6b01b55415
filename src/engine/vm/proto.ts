// A compiled function: its bytecode, the source position of each instruction, constants and shape.

export interface SourceSpot {
  line: number;
  column: number;
}

/** Where a named local lives while it is in scope, for inspecting a paused goroutine's frames. */
export interface LocalInfo {
  name: string;
  /** Its Go type, kept opaque here (the inspector formats values by it). */
  type: unknown;
  /** 'reg': regs[slot] holds the value; 'cell': regs[slot] holds a Cell; 'up': the closure's upvalue `slot` (a Cell). */
  where: 'reg' | 'cell' | 'up';
  slot: number;
  /** Instruction range [from, to) in which it exists. */
  from: number;
  to: number;
}

export class FuncProto {
  constructor(
    /** Go's name for it in dumps, e.g. `main.main`, `main.(*Counter).Inc`, `main.main.func1`. */
    readonly name: string,
    /** Instructions, four words each (see opcodes.ts). */
    readonly code: Int32Array,
    /** Source line of each instruction (index = instruction number). */
    readonly lines: Int32Array,
    readonly consts: unknown[],
    /** Registers the frame needs (parameters first, then locals and temporaries). */
    readonly nregs: number,
    readonly nparams: number,
    /** For CLOSURE: register indices (in the creating frame) or, when negative, -1-upvalue index, of the cells to capture. */
    readonly captures: Int32Array,
    /** Nested function prototypes referenced by CLOSURE. */
    readonly protos: FuncProto[],
    /** Line of the `func` keyword, for goroutine `created by` lines and traces. */
    readonly line: number,
    /**
     * Instruction where a function resumes after one of its deferred calls recovered a panic: it
     * returns the named results (or zero values). -1: return no results.
     */
    readonly recoverPc = -1,
  ) {}

  /** For a runtime function's thunk: the Go name of the std function it stands for (dumps show Go's frames). */
  std: string | null = null;

  /** The function's named locals (parameters, variables, captured variables), in declaration order. */
  locals: LocalInfo[] = [];

  /** The source line of instruction index `ip`, or the function's line when out of range. */
  lineAt(ip: number): number {
    return ip >= 0 && ip < this.lines.length ? this.lines[ip] : this.line;
  }
}
