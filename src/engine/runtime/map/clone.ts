// `maps.Clone(m)` (Go 1.21–1.23): the runtime's mapclone2 as a phased op.
//
// The clone reuses the source's hash0, so entries can be copied bucket by bucket without
// rehashing. Its one concurrency check — "concurrent map clone and map write" — runs at entry
// (for a non-empty map), and again before each entry copied out of a not-yet-evacuated old bucket
// when those must be rehashed into a bigger clone. Copying the current array has no check: a
// write that starts meanwhile goes unnoticed, as in Go.
// Phases: 'entry', 'copy' (the current array, or the whole single bucket of a B = 0 map), then one
// 'copyOld' phase per old bucket while the source is growing.
import { noBucket, type BucketArray } from './bucket.ts';
import { mapAssign, storeElem } from './assign.ts';
import { hashWriting, sameSizeGrow } from './flags.ts';
import { bucketMask, bucketShift } from './hash.ts';
import { loadFactorDen, makeMap, overLoadFactor, type GoMap, type Hmap } from './hmap.ts';
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
  private old: BucketArray<K, V> | null = null;
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
        if (overLoadFactor(hint, src.B, src.loadFactorNum)) hint = src.loadFactorNum * Math.floor(bucketShift(src.B) / loadFactorDen);
        const dst = makeMap({ id: this.cloneId, keys: src.keys, elemZero: src.elemZero, rand: src.rand, hint, sink: src.sink, loadFactorNum: src.loadFactorNum });
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
      const d = dst.newBucketArray(0);
      for (let i = 0; i < bucketCnt; i++) {
        d.setTop(0, i, sb.top(0, i));
        d.setKey(0, i, sb.key(0, i));
        d.setElem(0, i, sb.elem(0, i));
      }
      dst.buckets = d;
      dst.count = src.count;
      return this.done(dst);
    }
    if (dst.buckets === null) dst.buckets = dst.newBucketArray(dst.B);
    const d = dst.buckets;
    const dn = d.nmain;
    // Source bucket i + j*dn has the same low dst.B bits as destination bucket i.
    for (let i = 0; i < dn; i++) {
      const cur: Cursor = { b: i, pos: 0 };
      for (let j = 0; j < sb.nmain; j += dn) {
        for (let s = i + j; s !== noBucket; s = sb.next[s]) moveToBmap(dst, d, cur, sb, s);
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
    const old = this.old!;
    const j = this.j++;
    if (!isEvacuatedMark(old.top(j, 0))) {
      const d = dst.buckets!;
      if (this.oldB >= dst.B) {
        // The old bucket's entries all belong to one destination bucket: append at its chain's end.
        let last = j & bucketMask(dst.B);
        while (d.next[last] !== noBucket) last = d.next[last];
        const cur: Cursor = { b: last, pos: 0 };
        for (let s = j; s !== noBucket; s = old.next[s]) moveToBmap(dst, d, cur, old, s);
      } else {
        // A bigger clone spreads one old bucket over several: insert entry by entry, re-checking.
        for (let s = j; s !== noBucket; s = old.next[s]) {
          for (let i = 0; i < bucketCnt; i++) {
            if (isEmpty(old.top(s, i))) continue;
            if ((src.flags & hashWriting) !== 0) return this.finish(fatal(msgCloneWrite));
            const r = mapAssign(dst, old.key(s, i) as K);
            if (r.kind === 'ok') storeElem(dst, r.value, old.elem(s, i) as V);
          }
        }
      }
    }
    if (this.j >= old.nmain) return this.done(dst);
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

/** Where moveToBmap writes next: a destination bucket and a slot in it. */
interface Cursor {
  b: number;
  pos: number;
}

/**
 * Go's moveToBmap: copies the live entries of source bucket `s` into the destination chain at
 * `cur`, chaining overflow buckets as needed, and leaves `cur` where the next entry goes.
 */
function moveToBmap<K, V>(h: Hmap<K, V>, d: BucketArray<K, V>, cur: Cursor, src: BucketArray<K, V>, s: number): void {
  for (let i = 0; i < bucketCnt; i++) {
    if (isEmpty(src.top(s, i))) continue;
    while (cur.pos < bucketCnt && !isEmpty(d.top(cur.b, cur.pos))) cur.pos++;
    if (cur.pos === bucketCnt) {
      cur.b = h.newoverflow(d, cur.b);
      cur.pos = 0;
    }
    d.setTop(cur.b, cur.pos, src.top(s, i));
    d.setKey(cur.b, cur.pos, src.key(s, i));
    d.setElem(cur.b, cur.pos, src.elem(s, i));
    cur.pos++;
    h.count++;
  }
}

/** A phased `maps.Clone(m)`; `cloneId` is the new map's id. */
export function mapCloneOp<K, V>(src: GoMap<K, V>, cloneId: number): CloneOp<K, V> {
  return new CloneOp(src, cloneId);
}

/** `maps.Clone(m)` with no interleaving. */
export function mapClone<K, V>(src: GoMap<K, V>, cloneId: number): OpOutcome<GoMap<K, V>> {
  return runToEnd(new CloneOp(src, cloneId));
}
