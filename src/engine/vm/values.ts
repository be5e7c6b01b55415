// Runtime value shapes the VM itself needs: cells for captured or address-taken variables, closures.
import type { FuncProto } from './proto.ts';

/** A variable living outside a register: captured by a closure or pointed to. */
export class Cell {
  constructor(public v: unknown) {}
}

/** A function value: a prototype plus the cells it captured (empty for top-level functions). */
export class Closure {
  constructor(
    /** Mutable only so top-level functions can refer to each other before all are compiled. */
    public proto: FuncProto,
    readonly cells: Cell[],
  ) {}
}
