// `maps.Clone(m)` (Go 1.21–1.23): the runtime's mapclone2 as a phased op.
//
// The clone reuses the source's hash0, so entries can be copied bucket by bucket without
// rehashing. Its one concurrency check — "concurrent map clone and map write" — runs at entry
// (for a non-empty map), and again before each entry copied out of a not-yet-evacuated old bucket
// when those must be rehashed into a bigger clone. Copying the current array has no check: a
// write that starts meanwhile goes unnoticed, as in Go.
// Phases: 'entry', 'copy' (the current array, or the whole single bucket of a B = 0 map), then one
// 'copyOld' phase per old bucket while the source is growing.
import type { Bucket } from './bucket.ts';
import { mapAssign, storeElem } from './assign.ts';
import { hashWriting, sameSizeGrow } from './flags.ts';
import { bucketMask, bucketShift } from './hash.ts';
import { loadFactorDen, loadFactorNum, makeMap, overLoadFactor, type GoMap, type Hmap } from './hmap.ts';
import {
  fatal, msgCloneWrite, ok, phaseRan, runToEnd, type MapOp, type OpOutcome, type StepResult,
} from './map-op.ts';
import { bucketCnt, isEmpty, isEvacuatedMark } from './tophash.ts';

const ranEntry = phaseRan('entry');
const ranCopy = phaseRan('copy');
const ranCopyOld = phaseRan('copyOld');

export class CloneOp<K, V> implements MapOp<GoMap<K, V>> {
  readonly name = 'mapclone2';
  next: 'entry' | 'copy' | 'copyOld' | 'done' = 'entry';
  private dst: Hmap<K, V> | null = null;
  private old: Array<Bucket<K, V>> = [];
  private oldB = 0;
  private j = 0;
  private outcome: OpOutcome<GoMap<K, V>> | null = null;

  constructor(readonly src: GoMap<K, V>, readonly cloneId: number) {}

  step(): StepResult<GoMap<K, V>> {
    if (this.outcome !== null) return this.outcome;
    const src = this.src;
    // maps.Clone(nil) is nil.
    if (src === null) return this.finish(ok(null));
    switch (this.next) {
      case 'entry': {
        let hint = src.count;
        // A map in a same-size grow can be over its load factor; never size the clone beyond src.
        if (overLoadFactor(hint, src.B)) hint = loadFactorNum * Math.floor(bucketShift(src.B) / loadFactorDen);
        const dst = makeMap({ id: this.cloneId, keys: src.keys, elemZero: src.elemZero, rand: src.rand, hint, sink: src.sink });
        dst.hash0 = src.hash0;
        this.dst = dst;
        if (src.count === 0) return this.finish(ok(dst));
        if ((src.flags & hashWriting) !== 0) return this.finish(fatal(msgCloneWrite));
        this.next = 'copy';
        return ranEntry;
      }
      case 'copy':
        return this.copyCurrent(src, this.dst!);
      case 'copyOld':
        return this.copyOld(src, this.dst!);
      default:
        return this.outcome!;
    }
  }

  private copyCurrent(src: Hmap<K, V>, dst: Hmap<K, V>): StepResult<GoMap<K, V>> {
    const sb = src.buckets;
    if (sb === null) return this.done(dst);
    if (src.B === 0) {
      // Small maps are copied whole: tophash bytes (markers included), keys and elems.
      const b = dst.newBucket();
      for (let i = 0; i < bucketCnt; i++) {
        b.tophash[i] = sb[0].tophash[i];
        b.keys[i] = sb[0].keys[i];
        b.elems[i] = sb[0].elems[i];
      }
      dst.buckets = [b];
      dst.count = src.count;
      return this.done(dst);
    }
    if (dst.buckets === null) dst.buckets = dst.newBucketArray(dst.B);
    const dn = dst.buckets.length;
    // Source bucket i + j*dn has the same low dst.B bits as destination bucket i.
    for (let i = 0; i < dn; i++) {
      let cur = { b: dst.buckets[i], pos: 0 };
      for (let j = 0; j < sb.length; j += dn) {
        for (let s: Bucket<K, V> | null = sb[i + j]; s !== null; s = s.overflow) cur = moveToBmap(dst, cur.b, cur.pos, s);
      }
    }
    if (src.oldbuckets === null) return this.done(dst);
    this.old = src.oldbuckets;
    this.oldB = (src.flags & sameSizeGrow) !== 0 ? src.B : src.B - 1;
    this.j = 0;
    this.next = 'copyOld';
    return ranCopy;
  }

  private copyOld(src: Hmap<K, V>, dst: Hmap<K, V>): StepResult<GoMap<K, V>> {
    const j = this.j++;
    let s: Bucket<K, V> | null = this.old[j];
    if (!isEvacuatedMark(s.tophash[0])) {
      if (this.oldB >= dst.B) {
        // The old bucket's entries all belong to one destination bucket: append at its chain's end.
        let d = dst.buckets![j & bucketMask(dst.B)];
        while (d.overflow !== null) d = d.overflow;
        let cur = { b: d, pos: 0 };
        for (; s !== null; s = s.overflow) cur = moveToBmap(dst, cur.b, cur.pos, s);
      } else {
        // A bigger clone spreads one old bucket over several: insert entry by entry, re-checking.
        for (; s !== null; s = s.overflow) {
          for (let i = 0; i < bucketCnt; i++) {
            if (isEmpty(s.tophash[i])) continue;
            if ((src.flags & hashWriting) !== 0) return this.finish(fatal(msgCloneWrite));
            const r = mapAssign(dst, s.keys[i] as K);
            if (r.kind === 'ok') storeElem(dst, r.value, s.elems[i] as V);
          }
        }
      }
    }
    if (this.j >= this.old.length) return this.done(dst);
    return ranCopyOld;
  }

  private done(dst: Hmap<K, V>): OpOutcome<GoMap<K, V>> {
    dst.sink?.emit({ kind: 'map.cloned', map: this.src!.id, clone: dst.id, count: dst.count });
    return this.finish(ok(dst));
  }

  private finish(o: OpOutcome<GoMap<K, V>>): OpOutcome<GoMap<K, V>> {
    this.outcome = o;
    this.next = 'done';
    return o;
  }
}

/**
 * Go's moveToBmap: copies the live entries of `src` into the destination chain starting at slot
 * `pos` of `dst`, chaining overflow buckets as needed; returns where the next entry goes.
 */
function moveToBmap<K, V>(h: Hmap<K, V>, dst: Bucket<K, V>, pos: number, src: Bucket<K, V>): { b: Bucket<K, V>; pos: number } {
  for (let i = 0; i < bucketCnt; i++) {
    if (isEmpty(src.tophash[i])) continue;
    while (pos < bucketCnt && !isEmpty(dst.tophash[pos])) pos++;
    if (pos === bucketCnt) {
      dst = h.newoverflow(dst);
      pos = 0;
    }
    dst.tophash[pos] = src.tophash[i];
    dst.keys[pos] = src.keys[i];
    dst.elems[pos] = src.elems[i];
    pos++;
    h.count++;
  }
  return { b: dst, pos };
}

/** A phased `maps.Clone(m)`; `cloneId` is the new map's id. */
export function mapCloneOp<K, V>(src: GoMap<K, V>, cloneId: number): CloneOp<K, V> {
  return new CloneOp(src, cloneId);
}

/** `maps.Clone(m)` with no interleaving. */
export function mapClone<K, V>(src: GoMap<K, V>, cloneId: number): OpOutcome<GoMap<K, V>> {
  return runToEnd(new CloneOp(src, cloneId));
}
