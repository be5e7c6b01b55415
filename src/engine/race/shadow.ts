// Shadow state for one memory location: the accesses a new access must be checked against.
//
// This is FastTrack's refinement of tsan's shadow cells (go-facts.md §9.3): the last write as one
// epoch, and the reads since that write that are not yet known to be ordered before each other (one
// per goroutine, usually one or two). A new access races with a stored one when they come from
// different goroutines, at least one writes, and the stored epoch is not in the new access's vector
// clock, i.e. nothing orders the two.
import type { FuncProto } from '../vm/proto.ts';
import { seen, type VectorClock } from './vector-clock.ts';

/** A frame of a stack kept for a report: the function and the instruction it was at. */
export interface FrameRef {
  readonly proto: FuncProto;
  readonly ip: number;
}

/** One recorded access, with what a report needs to print it later as the "previous" one. */
export class Access {
  constructor(
    readonly tid: number,
    readonly epoch: number,
    readonly write: boolean,
    /** Go's goroutine id (what reports print). */
    readonly gid: number,
    /** Callers of the accessing frame, outermost first (shared between accesses of one call). */
    readonly callers: readonly FrameRef[],
    readonly proto: FuncProto,
    readonly ip: number,
    /** The runtime function Go shows on top for map accesses (`mapassign_fast64`), or null. */
    readonly runtimeFn: string | null,
    /** Trace position of the access (step, event index), -1 when the run is not traced. */
    readonly step: number,
    readonly event: number,
  ) {}

  /** An access by a sync/atomic function: atomics never race with each other, only with plain accesses. */
  get atomic(): boolean {
    return this.runtimeFn !== null && this.runtimeFn.startsWith('sync/atomic.');
  }
}

export class Shadow {
  write: Access | null = null;
  reads: Access[] = [];
}

/** The stored access that races with `cur` (clock `c` of cur's goroutine), or null. Writes are checked first. */
export function conflicting(s: Shadow, cur: Access, c: VectorClock): Access | null {
  const w = s.write;
  if (w !== null && w.tid !== cur.tid && w.epoch > seen(c, w.tid) && !(w.atomic && cur.atomic)) return w;
  if (!cur.write) return null;
  for (const r of s.reads) if (r.tid !== cur.tid && r.epoch > seen(c, r.tid) && !(r.atomic && cur.atomic)) return r;
  return null;
}

/**
 * Records cur after it passed the check. A write supersedes everything (every stored access is
 * now ordered before it or was reported); a read replaces the reads ordered before it.
 */
export function record(s: Shadow, cur: Access, c: VectorClock): void {
  if (cur.write) {
    s.write = cur;
    if (s.reads.length > 0) s.reads = [];
    return;
  }
  const rs = s.reads;
  let k = 0;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i];
    if (r.tid !== cur.tid && r.epoch > seen(c, r.tid)) rs[k++] = r;
  }
  rs.length = k;
  rs.push(cur);
}

/** True when the goroutine's last access here already is this one's twin (same epoch and kind): nothing new to check or record. */
export function sameEpoch(s: Shadow, tid: number, epoch: number, write: boolean): boolean {
  if (write) {
    const w = s.write;
    return w !== null && w.tid === tid && w.epoch === epoch && s.reads.length === 0;
  }
  const rs = s.reads;
  const r = rs.length > 0 ? rs[rs.length - 1] : null;
  if (r !== null && r.tid === tid && r.epoch === epoch) return true;
  // A read right after our own write in the same epoch adds nothing either.
  const w = s.write;
  return rs.length === 0 && w !== null && w.tid === tid && w.epoch === epoch;
}

/** After a report Go's detector clears the location's shadow (tsan v3 DoReportRace), so later accesses start afresh. */
export function clear(s: Shadow): void {
  s.write = null;
  s.reads = [];
}
