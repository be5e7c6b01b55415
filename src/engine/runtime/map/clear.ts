// `clear(m)` (Go 1.21+): Go's mapclear as a phased write that empties the map but keeps its array.
//
// Phases: 'entry' (nil or empty → nothing, no check; hashWriting set → fatal "concurrent map
// writes"), 'toggle', 'clear' (mark every slot of both arrays emptyRest so a running range stops
// producing entries — golang/go issue 59411 — then reset count, noverflow, nevacuate, drop
// oldbuckets and sameSizeGrow, draw a new hash0, and zero the main buckets, unlinking overflow
// chains), 'exit'. B and the bucket array's identity stay, as measured in Go.
import type { Bucket } from './bucket.ts';
import { sameSizeGrow } from './flags.ts';
import { arraySpan, type GoMap, type Hmap } from './hmap.ts';
import type { BucketSnapshot } from './map-events.ts';
import { ok, phaseRan, runToEnd, type MapOp, type OpOutcome, type StepResult } from './map-op.ts';
import { emptyRest } from './tophash.ts';
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

function snapshot<K, V>(b: Bucket<K, V>): BucketSnapshot<K, V> {
  return {
    bucket: b.id, tophash: b.tophash.slice(), keys: b.keys.slice(), elems: b.elems.slice(),
    overflow: b.overflow === null ? null : b.overflow.id,
  };
}

function clearAll<K, V>(h: Hmap<K, V>): void {
  const before: Array<BucketSnapshot<K, V>> | null = h.sink ? [] : null;
  const countBefore = h.count;
  const noverflowBefore = h.noverflow;
  const nevacuateBefore = h.nevacuate;
  const flagsBefore = h.flags;
  const hash0Before = h.hash0;
  const oldbucketsBefore = h.oldbuckets === null ? null : arraySpan(h.oldbuckets);
  const markEmpty = (arr: Array<Bucket<K, V>> | null): void => {
    if (arr === null) return;
    for (const head of arr) {
      for (let b: Bucket<K, V> | null = head; b !== null; b = b.overflow) {
        before?.push(snapshot(b));
        b.tophash.fill(emptyRest);
      }
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
  h.extra.overflow = [];
  h.extra.oldoverflow = null;
  // Go re-zeroes the same memory, so the main buckets keep their identity; their overflow
  // links go with the zeroing, while the unlinked overflow buckets keep theirs, so an iterator
  // standing in one walks on through empty buckets.
  if (h.buckets !== null) {
    for (const b of h.buckets) {
      b.keys.fill(undefined);
      b.elems.fill(undefined);
      b.overflow = null;
    }
  }
  h.sink?.emit({
    kind: 'map.cleared', map: h.id, countBefore, noverflowBefore, nevacuateBefore, flagsBefore,
    flagsAfter: h.flags, hash0Before, hash0After: h.hash0, oldbucketsBefore, before: before!,
  });
}

/** A phased `clear(m)`. */
export function mapClearOp<K, V>(h: GoMap<K, V>): ClearOp<K, V> {
  return new ClearOp(h);
}

/** `clear(m)` with no interleaving. */
export function mapClear<K, V>(h: GoMap<K, V>): OpOutcome<void> {
  return runToEnd(new ClearOp(h));
}
