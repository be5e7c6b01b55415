// What the VM tells a race detector (race/detector.ts): memory accesses and goroutine starts.
//
// Machine.race is null unless a run asked for race detection; the VM only calls it from the race
// variants of its memory opcodes (opcodes.ts RLOADCELL…RSETF), which exist only in instrumented
// code, and from Machine.spawn behind a null check.
import type { Goroutine } from './goroutine.ts';

export interface RaceHooks {
  /**
   * g reads or writes element `index` of `obj` (a struct, array or backing array), or the variable
   * `obj` itself when it is a Cell (index 0), or what a pointer (Cell or ElemRef) points at when
   * `index` is -1. The access is at instruction `ip` of g's top frame.
   */
  access(g: Goroutine, obj: unknown, index: number, write: boolean, ip: number): void;
  /** `go` ran in parent and created g: everything parent did so far happens before g starts. */
  goStart(parent: Goroutine, g: Goroutine): void;
}
