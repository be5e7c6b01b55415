// What a scheduling step touched, and when two steps commute (the dependence relation for sleep sets).
//
// The machine does not report every memory access, so footprints are built from what can be
// known for sure, and anything else is `any` (dependent on everything):
// - a phase of a runtime map operation (mapassign, mapaccess, mapdelete…, found through the op's
//   `target`, whose `h` is the map) touches that map, reading or writing;
// - statement code that only works on its goroutine's registers (local-code.ts) touches nothing,
//   and when it calls exactly one native which starts a map operation, it touches that map.
// Two footprints are dependent when they share a map and one of them writes it (Go's maps allow
// concurrent readers; shared/go-facts.md), or when either is `any`.
import type { Goroutine, PendingOp } from '../vm/goroutine.ts';
import { scanLocal } from './local-code.ts';
import type { FuncProto } from '../vm/proto.ts';

export interface MapTouch {
  map: object;
  write: boolean;
}

export type Footprint = { kind: 'any' } | { kind: 'maps'; maps: readonly MapTouch[] };

export const ANY: Footprint = { kind: 'any' };
const NOTHING: Footprint = { kind: 'maps', maps: [] };

/** Map ops that never change the map: their phases only read it. */
const READ_OPS = new Set(['mapaccess1', 'mapaccess2', 'mapaccessK', 'mapiterinit', 'mapiternext']);

/** The map an op works on, or null when it is not a map op the explorer can name. */
function mapTouch(op: PendingOp): MapTouch | null {
  const t = op.target as { h?: unknown; name?: unknown } | undefined;
  if (!t || typeof t.h !== 'object' || t.h === null || typeof t.name !== 'string') return null;
  return { map: t.h, write: !READ_OPS.has(t.name) };
}

/** Where a step began: the op its goroutine was inside, and the code it was about to run. */
export interface StepStart {
  op: PendingOp | null;
  proto: FuncProto | null;
  pc: number;
}

export function stepStart(g: Goroutine): StepStart {
  const f = g.top;
  return { op: g.op, proto: f ? f.proto : null, pc: f ? f.pc : 0 };
}

/** The footprint of a step of `g` that began at `start` and has just ended. */
export function stepFootprint(start: StepStart, g: Goroutine): Footprint {
  const before = start.op, after = g.op;
  const touches: MapTouch[] = [];
  if (before !== null) {
    const t = mapTouch(before);
    if (t === null) return ANY;
    touches.push(t);
    // Still inside the same op: the step was one of its phases and nothing else.
    if (after === before) return { kind: 'maps', maps: touches };
  }
  // Statement code ran from where the goroutine stood (after the op's NATIVE, if it finished one).
  if (start.proto === null) return ANY;
  const scan = scanLocal(start.proto, start.pc);
  if (!scan.local) return ANY;
  if (scan.natives > 0) {
    // The only native that could run started the op the goroutine is now inside.
    if (scan.natives > 1 || after === null || after === before) return ANY;
    const t = mapTouch(after);
    if (t === null) return ANY;
    touches.push(t);
  }
  return touches.length === 0 ? NOTHING : { kind: 'maps', maps: touches };
}

/** True when the two steps may not commute (swapping them could change what happens). */
export function dependent(a: Footprint, b: Footprint): boolean {
  if (a.kind === 'any' || b.kind === 'any') return true;
  for (const x of a.maps) for (const y of b.maps) if (x.map === y.map && (x.write || y.write)) return true;
  return false;
}
