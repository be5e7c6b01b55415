// The calling convention between bytecode and the Go runtime model (NATIVE instruction).
import type { Goroutine, PendingOp } from './goroutine.ts';
import type { Machine } from './machine.ts';

/**
 * A runtime function. Arguments are in regs[a+1 .. a+argc]; results go to regs[a], regs[a+1], ….
 * A function that needs several phases (a map write) or may block (a channel receive) returns a
 * PendingOp instead: the goroutine steps it one phase at a time and its results land in regs[a]
 * (opResult) and regs[a+1] (opResult2) when it completes. Go panics and fatal errors are thrown
 * as GoPanic / GoFatal (faults.ts).
 */
export type NativeFn = (m: Machine, g: Goroutine, regs: unknown[], a: number, argc: number) => PendingOp | void;
