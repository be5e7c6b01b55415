// What a scheduling step touched, and when two steps commute (the dependence relation for sleep sets).
//
// The machine does not report every memory access, so the footprint is conservative: a step is
// `any` (dependent on everything) unless it ran only inside one runtime map operation — a phase
// between two preemption points of mapassign, mapaccess, mapdelete… (the op's `target` is the
// MapOp, whose `h` is the map). Two such steps commute when they touch different maps, or when
// both only read the same map (Go's maps allow concurrent readers; shared/go-facts.md).
// Statement steps may read or write plain shared variables, locks or channels, so they stay `any`.
import type { PendingOp } from '../vm/goroutine.ts';

export type Footprint =
  | { kind: 'any' }
  | { kind: 'map'; map: object; write: boolean };

export const ANY: Footprint = { kind: 'any' };

/** Map ops that never change the map: their phases only read it. */
const READ_OPS = new Set(['mapaccess1', 'mapaccess2', 'mapaccessK', 'mapiterinit', 'mapiternext']);

/**
 * The footprint of a step, from the op the goroutine was inside before it and after it: the
 * same op before and after means the step was one phase of that op and nothing else.
 */
export function stepFootprint(opBefore: PendingOp | null, opAfter: PendingOp | null): Footprint {
  if (opBefore === null || opBefore !== opAfter) return ANY;
  const t = opBefore.target as { h?: unknown; name?: unknown } | undefined;
  if (!t || typeof t.h !== 'object' || t.h === null || typeof t.name !== 'string') return ANY;
  return { kind: 'map', map: t.h, write: !READ_OPS.has(t.name) };
}

/** True when the two steps may not commute (swapping them could change what happens). */
export function dependent(a: Footprint, b: Footprint): boolean {
  if (a.kind === 'any' || b.kind === 'any') return true;
  return a.map === b.map && (a.write || b.write);
}
