// `for k, v := range m`: Go's mapiterinit and mapiternext, with a random start and growth mid-loop.
//
// The iterator snapshots the bucket array and B at init and starts at a random bucket and a random
// slot offset (one rand() draw: bucket = low B bits, offset = next 3 bits). Each step checks
// hashWriting first — "concurrent map iteration and map write". If a grow was already under way
// at init, buckets whose old bucket is not evacuated yet are read from the old bucket, keeping
// only the entries that will land in the bucket being visited. If a grow starts after init, the
// iterator stays on its snapshot; entries that were moved away are looked up again in the live
// map, so it returns current elems and skips keys deleted since.
import { noBucket, type BucketArray } from './bucket.ts';
import { mapAccessK } from './access.ts';
import { hashWriting, iterator, oldIterator, sameSizeGrow } from './flags.ts';
import { bucketMask, bucketShift } from './hash.ts';
import type { GoMap, Hmap } from './hmap.ts';
import { fatal, msgIterWrite, ok, phaseRan, runToEnd, type MapOp, type OpOutcome, type StepResult } from './map-op.ts';
import { bucketCnt, evacuatedEmpty, evacuatedX, evacuatedY, isEmpty, isEvacuatedMark } from './tophash.ts';

/** Go's noCheck: this bucket is read from the iterator's own array, no filtering needed. */
const noCheck = -1;

/** Go's hiter: the iterator's snapshot and position, plus the entry it is currently on. */
export class MapIter<K, V> {
  /** Null for a nil or empty map: such a range runs zero times. */
  h: Hmap<K, V> | null = null;
  B = 0;
  /** The bucket array at init (Go's it.buckets). */
  buckets: BucketArray<K, V> | null = null;
  startBucket = 0;
  offset = 0;
  wrapped = false;
  /** Next bucket index of the snapshot array to visit. */
  bucket = 0;
  /** The bucket being walked (Go's bptr), as an array and an index in it; noBucket when none. */
  barr: BucketArray<K, V> | null = null;
  bptr = noBucket;
  i = 0;
  checkBucket = noCheck;
  /** The current entry; meaningful while `done` is false. */
  key: K | undefined = undefined;
  elem: V | undefined = undefined;
  done = false;

  constructor(readonly id: number) {}
}

const ranInit = phaseRan('init');

/**
 * Go's mapiterinit (which ends by calling mapiternext). Phases: 'init' (snapshot, random start,
 * set iterator|oldIterator), 'next' (the first mapiternext, with its hashWriting check).
 * The value is the iterator, positioned on the first entry or done.
 */
export class IterInitOp<K, V> implements MapOp<MapIter<K, V>> {
  readonly name = 'mapiterinit';
  next: 'init' | 'next' | 'done' = 'init';
  private outcome: OpOutcome<MapIter<K, V>> | null = null;
  readonly it: MapIter<K, V>;

  constructor(readonly m: GoMap<K, V>, iterId: number) {
    this.it = new MapIter<K, V>(iterId);
  }

  step(): StepResult<MapIter<K, V>> {
    if (this.outcome !== null) return this.outcome;
    const h = this.m;
    const it = this.it;
    if (this.next === 'init') {
      if (h === null || h.count === 0) {
        it.done = true;
        return this.finish(ok(it));
      }
      it.h = h;
      it.B = h.B;
      it.buckets = h.buckets;
      const r = h.rand.nextU32();
      it.startBucket = r & bucketMask(h.B);
      it.offset = Math.floor(r / bucketShift(h.B)) & (bucketCnt - 1);
      it.bucket = it.startBucket;
      const flagsBefore = h.flags;
      // Go does an atomic OR, and skips it when both bits are already set. The bits are never
      // cleared when the loop ends; only hashGrow moves them.
      if ((h.flags & (iterator | oldIterator)) !== (iterator | oldIterator)) h.flags |= iterator | oldIterator;
      h.sink?.emit({
        kind: 'map.iter.started', map: h.id, iter: it.id, B: it.B, startBucket: it.startBucket,
        offset: it.offset, flagsBefore, flagsAfter: h.flags,
      });
      this.next = 'next';
      return ranInit;
    }
    return this.finish(iterNext(it));
  }

  private finish(o: OpOutcome<MapIter<K, V>>): OpOutcome<MapIter<K, V>> {
    this.outcome = o;
    this.next = 'done';
    return o;
  }
}

/** Go's mapiternext, one call = one phase: the check, then advance to the next entry or the end. */
export class IterNextOp<K, V> implements MapOp<MapIter<K, V>> {
  readonly name = 'mapiternext';
  next: 'next' | 'done' = 'next';
  private outcome: OpOutcome<MapIter<K, V>> | null = null;

  constructor(readonly it: MapIter<K, V>) {}

  step(): StepResult<MapIter<K, V>> {
    if (this.outcome === null) {
      this.outcome = iterNext(this.it);
      this.next = 'done';
    }
    return this.outcome;
  }
}

function iterNext<K, V>(it: MapIter<K, V>): OpOutcome<MapIter<K, V>> {
  const h = it.h;
  if (h === null || it.done) {
    it.done = true;
    return ok(it);
  }
  if ((h.flags & hashWriting) !== 0) return fatal(msgIterWrite);
  const ops = h.keys;
  let bucket = it.bucket;
  let arr = it.barr;
  let b = it.bptr;
  let i = it.i;
  let checkBucket = it.checkBucket;
  for (;;) {
    // (A chain can also end under the iterator when clear drops overflow buckets.)
    if (b === noBucket || arr === null || b >= arr.length) {
      if (bucket === it.startBucket && it.wrapped) {
        it.done = true;
        it.key = undefined;
        it.elem = undefined;
        h.sink?.emit({ kind: 'map.iter.finished', map: h.id, iter: it.id });
        return ok(it);
      }
      const old = h.oldbuckets;
      arr = it.buckets;
      b = bucket;
      checkBucket = noCheck;
      if (old !== null && it.B === h.B) {
        // Started mid-grow and the grow is still on: read the old bucket if it is not moved yet.
        const ob = bucket & (old.nmain - 1);
        if (!isEvacuatedMark(old.top(ob, 0))) {
          arr = old;
          b = ob;
          checkBucket = bucket;
        }
      }
      bucket++;
      if (bucket === bucketShift(it.B)) {
        bucket = 0;
        it.wrapped = true;
      }
      i = 0;
      // Only a torn (raced) snapshot lacks the bucket; treat it as empty rather than crash.
      if (arr === null || b >= arr.nmain) {
        b = noBucket;
        continue;
      }
    }
    for (; i < bucketCnt; i++) {
      const offi = (i + it.offset) & (bucketCnt - 1);
      const top = arr.top(b, offi);
      if (isEmpty(top) || top === evacuatedEmpty) continue;
      const k = arr.key(b, offi) as K;
      const reflexive = ops.reflexive === true || ops.equal(k, k);
      if (checkBucket !== noCheck && (h.flags & sameSizeGrow) === 0) {
        if (reflexive) {
          // Skip entries of this old bucket that will move to the other half.
          if ((ops.hash(k, h.hash0) & bucketMask(it.B)) !== checkBucket) continue;
        } else if (Math.floor(checkBucket / 2 ** (it.B - 1)) !== (top & 1)) {
          // NaN-like keys: the low tophash bit picks the half, as evacuate does.
          continue;
        }
      }
      let key: K;
      let elem: V | undefined;
      let atArr = arr;
      let atB = b;
      let atSlot = offi;
      if ((top !== evacuatedX && top !== evacuatedY) || !reflexive) {
        key = k;
        elem = arr.elem(b, offi);
      } else {
        // The map grew since init and this entry has moved: fetch its current state.
        const found = mapAccessK(h, k);
        if (found === null) continue;
        atArr = found.array;
        atB = found.bucket;
        atSlot = found.slot;
        key = atArr.key(atB, atSlot) as K;
        elem = atArr.elem(atB, atSlot);
      }
      it.key = key;
      it.elem = elem === undefined ? h.elemZero : elem;
      it.bucket = bucket;
      it.barr = arr;
      it.bptr = b;
      it.i = i + 1;
      it.checkBucket = checkBucket;
      h.sink?.emit({
        kind: 'map.iter.yielded', map: h.id, iter: it.id, key, elem: it.elem,
        at: { bucket: atArr.ids[atB], slot: atSlot }, viaLookup: atArr !== arr,
      });
      return ok(it);
    }
    b = arr.next[b] ?? noBucket;
    i = 0;
  }
}

/** A phased `range` start. `iterId` names the iterator in events (the VM picks it). */
export function mapIterInitOp<K, V>(h: GoMap<K, V>, iterId = 0): IterInitOp<K, V> {
  return new IterInitOp(h, iterId);
}

/** A phased `range` step. */
export function mapIterNextOp<K, V>(it: MapIter<K, V>): IterNextOp<K, V> {
  return new IterNextOp(it);
}

/** mapiterinit with no interleaving. */
export function mapIterInit<K, V>(h: GoMap<K, V>, iterId = 0): OpOutcome<MapIter<K, V>> {
  return runToEnd(new IterInitOp(h, iterId));
}

/** mapiternext with no interleaving. */
export function mapIterNext<K, V>(it: MapIter<K, V>): OpOutcome<MapIter<K, V>> {
  return runToEnd(new IterNextOp(it));
}
