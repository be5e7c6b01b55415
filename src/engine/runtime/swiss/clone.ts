// `maps.Clone(m)` on a Swiss map: Go 1.24's Map.Clone as a phased op.
//
// Go checks `writing` once, first ("concurrent map clone and map write"), then shallow-copies the
// header (seed, used, globalDepth, clearSeq) and deep-copies the small group or each distinct
// table, keeping layouts, tombstones and growthLeft, so nothing is rehashed. Unlike the classic
// map's mapclone2, the check runs even on an empty map. Copying has no further check: a write that
// starts after entry goes unnoticed, and the clone gets whatever each table held when it was
// copied. Phases: 'entry', then one 'copy' per distinct table (one for a small map's group).
import { fatal, msgCloneWrite, ok, phaseRan, runToEnd, type MapOp, type OpOutcome, type StepResult } from '../map/map-op.ts';
import { distinctTables } from './directory.ts';
import type { GroupArray } from './group.ts';
import { SwissMap, type SwissGoMap } from './swiss-map.ts';
import { cloneTable, type Table } from './table.ts';

const ranEntry = phaseRan('entry');
const ranCopy = phaseRan('copy');

export class SwissCloneOp<K, V> implements MapOp<SwissGoMap<K, V>> {
  readonly name = 'maps.clone';
  next: 'entry' | 'copy' | 'done' = 'entry';
  private dst: SwissMap<K, V> | null = null;
  /** The source directory as read at entry, and its distinct tables still to copy. */
  private srcDir: Array<Table<K, V>> = [];
  private todo: Array<Table<K, V>> = [];
  private srcSmall: GroupArray<K, V> | null = null;
  private copies = new Map<Table<K, V>, Table<K, V>>();
  private outcome: OpOutcome<SwissGoMap<K, V>> | null = null;

  constructor(readonly src: SwissGoMap<K, V>, readonly cloneId: number) {}

  step(): StepResult<SwissGoMap<K, V>> {
    if (this.outcome !== null) return this.outcome;
    const src = this.src;
    if (src === null) return this.finish(ok(null));
    if (this.next === 'entry') {
      if (src.writing !== 0) return this.finish(fatal(msgCloneWrite));
      const dst = new SwissMap<K, V>(this.cloneId, src.keys, src.elemZero, src.rand, src.sink, src.seed);
      dst.pruneTombstones = src.pruneTombstones;
      dst.used = src.used;
      dst.globalDepth = src.globalDepth;
      dst.clearSeq = src.clearSeq;
      this.dst = dst;
      this.srcDir = src.dir.slice();
      this.srcSmall = src.small;
      this.todo = distinctTables(this.srcDir);
      if (this.srcSmall === null && this.todo.length === 0) return this.done(dst);
      this.next = 'copy';
      return ranEntry;
    }
    const dst = this.dst!;
    if (this.srcSmall !== null) {
      dst.small = this.srcSmall.copy();
      return this.done(dst);
    }
    const t = this.todo.shift()!;
    this.copies.set(t, cloneTable(t, dst.takeTableId()));
    if (this.todo.length > 0) return ranCopy;
    dst.dir = this.srcDir.map((s) => this.copies.get(s)!);
    return this.done(dst);
  }

  private done(dst: SwissMap<K, V>): OpOutcome<SwissGoMap<K, V>> {
    dst.sink?.emit({ kind: 'swiss.cloned', map: this.src!.id, clone: dst.id, used: dst.used });
    return this.finish(ok(dst));
  }

  private finish(o: OpOutcome<SwissGoMap<K, V>>): OpOutcome<SwissGoMap<K, V>> {
    this.outcome = o;
    this.next = 'done';
    return o;
  }
}

/** A phased `maps.Clone(m)`; `cloneId` names the new map in events. */
export function swissCloneOp<K, V>(m: SwissGoMap<K, V>, cloneId: number): SwissCloneOp<K, V> {
  return new SwissCloneOp(m, cloneId);
}

/** `maps.Clone(m)` with no interleaving. */
export function swissClone<K, V>(m: SwissGoMap<K, V>, cloneId: number): OpOutcome<SwissGoMap<K, V>> {
  return runToEnd(new SwissCloneOp(m, cloneId));
}
