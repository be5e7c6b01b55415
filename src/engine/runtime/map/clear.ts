// `clear(m)` (Go 1.21+): Go's mapclear as a phased write that empties the map but keeps its array.
//
// Phases: 'entry' (nil or empty → nothing, no check; hashWriting set → fatal "concurrent map
// writes"), 'toggle', 'clear' (mark every slot of both arrays emptyRest so a running range stops
// producing entries — golang/go issue 59411 — then reset count, noverflow, nevacuate, drop
// oldbuckets and sameSizeGrow, draw a new hash0, and zero the main buckets, unlinking overflow
// chains), 'exit'. B and the bucket array's identity stay, as measured in Go.
import { bucketCells, noBucket, type BucketArray } from './bucket.ts';
import { sameSizeGrow } from './flags.ts';
import { arraySpan, type GoMap, type Hmap } from './hmap.ts';
import type { BucketSnapshot } from './map-events.ts';
import { ok, phaseRan, runToEnd, type MapOp, type OpOutcome, type StepResult } from './map-op.ts';
import { bucketCnt, emptyRest } from './tophash.ts';
import { exitWrite, toggleWriting, writeEntryCheck } from './write-window.ts';

const ranEntry = phaseRan('entry');
const ranToggle = phaseRan('toggle');
const ranClear = phaseRan('clear');

export class ClearOp<K, V> implements MapOp<void> {
  readonly name = 'mapclear';
  next: 'entry' | 'toggle' | 'clear' | 'exit' | 'done' = 'entry';
  private outcome: OpOutcome<void> | null = null;

  constructor(readonly h: GoMap<K, V>) {}

  step(): StepResult<void> {
    if (this.outcome !== null) return this.outcome;
    const h = this.h;
    switch (this.next) {
      case 'entry': {
        if (h === null || h.count === 0) return this.finish(ok(undefined));
        const f = writeEntryCheck(h);
        if (f !== null) return this.finish(f);
        this.next = 'toggle';
        return ranEntry;
      }
      case 'toggle':
        toggleWriting(h!, 'mapclear', undefined);
        this.next = 'clear';
        return ranToggle;
      case 'clear':
        clearAll(h!);
        this.next = 'exit';
        return ranClear;
      case 'exit':
        return this.finish(exitWrite(h!, 'mapclear') ?? ok(undefined));
      default:
        return this.outcome!;
    }
  }

  private finish(o: OpOutcome<void>): OpOutcome<void> {
    this.outcome = o;
    this.next = 'done';
    return o;
  }
}

function snapshot<K, V>(arr: BucketArray<K, V>, b: number): BucketSnapshot<K, V> {
  const snap: BucketSnapshot<K, V> = { bucket: arr.ids[b], tophash: [], keys: [], elems: [], overflow: null };
  for (let i = 0; i < bucketCnt; i++) {
    snap.tophash.push(arr.top(b, i));
    snap.keys.push(arr.key(b, i));
    snap.elems.push(arr.elem(b, i));
  }
  const ovf = arr.next[b];
  snap.overflow = ovf === noBucket ? null : arr.ids[ovf];
  return snap;
}

function clearAll<K, V>(h: Hmap<K, V>): void {
  const before: Array<BucketSnapshot<K, V>> | null = h.sink ? [] : null;
  const countBefore = h.count;
  const noverflowBefore = h.noverflow;
  const nevacuateBefore = h.nevacuate;
  const flagsBefore = h.flags;
  const hash0Before = h.hash0;
  const oldbucketsBefore = h.oldbuckets === null ? null : arraySpan(h.oldbuckets);
  // Every slot of every bucket (overflow ones included) of both arrays becomes emptyRest, so an
  // iterator holding either array sees nothing more (golang/go issue 59411).
  const markEmpty = (arr: BucketArray<K, V> | null): void => {
    if (arr === null) return;
    for (let b = 0; b < arr.length; b++) {
      if (before !== null && !isBlank(arr, b)) before.push(snapshot(arr, b));
      for (let i = 0; i < bucketCnt; i++) arr.setTop(b, i, emptyRest);
    }
  };
  markEmpty(h.buckets);
  markEmpty(h.oldbuckets);
  h.flags &= ~sameSizeGrow;
  h.oldbuckets = null;
  h.nevacuate = 0;
  h.noverflow = 0;
  h.count = 0;
  h.hash0 = h.rand.nextU32();
  // Go re-zeroes the same memory, so the main buckets keep their identity and lose their
  // overflow links. The model gives the array fresh cells for its main buckets and drops the
  // overflow buckets; an iterator that stood in one finds its chain ended, which, the slots
  // being empty anyway, is what Go's iterator observes too.
  const arr = h.buckets;
  if (arr !== null) {
    arr.cells = arr.cells.slice(0, arr.nmain * bucketCells).fill(undefined);
    for (let b = 0; b < arr.nmain; b++) for (let i = 0; i < bucketCnt; i++) arr.setTop(b, i, emptyRest);
    arr.next.length = arr.nmain;
    arr.next.fill(noBucket);
    arr.ids.length = arr.nmain;
  }
  h.sink?.emit({
    kind: 'map.cleared', map: h.id, countBefore, noverflowBefore, nevacuateBefore, flagsBefore,
    flagsAfter: h.flags, hash0Before, hash0After: h.hash0, oldbucketsBefore, before: before!,
  });
}

/** A bucket with nothing to restore: all emptyRest, no keys, no elems, no overflow. */
function isBlank<K, V>(arr: BucketArray<K, V>, b: number): boolean {
  if (arr.next[b] !== noBucket) return false;
  for (let i = 0; i < bucketCnt; i++) {
    if (arr.top(b, i) !== emptyRest || arr.key(b, i) !== undefined || arr.elem(b, i) !== undefined) return false;
  }
  return true;
}

/** A phased `clear(m)`. */
export function mapClearOp<K, V>(h: GoMap<K, V>): ClearOp<K, V> {
  return new ClearOp(h);
}

/** `clear(m)` with no interleaving. */
export function mapClear<K, V>(h: GoMap<K, V>): OpOutcome<void> {
  return runToEnd(new ClearOp(h));
}
