// Incremental evacuation: moving one old bucket's entries into the new array (Go's evacuate,
// advanceEvacuationMark), done by writes only, at most two old buckets per write (growWork).
//
// A doubling grow splits old bucket i between new bucket i (X) and i + oldsize (Y) by the hash bit
// that just became significant; a same-size grow sends everything to X, compacting chains that
// deletes left sparse. Each old slot keeps a mark (evacuatedX/Y/Empty) so readers know to look
// in the new array. Old keys and elems are left in place, as Go leaves them for pointer-free
// types; only the marks matter to every reader.
import { noBucket } from './bucket.ts';
import { iterator, sameSizeGrow } from './flags.ts';
import type { Hmap } from './hmap.ts';
import type { EvacuationMove } from './map-events.ts';
import {
  bucketCnt, evacuatedEmpty, evacuatedX, isEmpty, isEvacuatedMark, minTopHash, tophash,
} from './tophash.ts';

/** Go's noldbuckets, read from the array itself so a torn (raced) header cannot index past it. */
export function noldbuckets<K, V>(h: Hmap<K, V>): number {
  return h.oldbuckets === null ? 0 : h.oldbuckets.nmain;
}

/** Whether old bucket `i` has been evacuated (Go's bucketEvacuated). */
export function bucketEvacuated<K, V>(h: Hmap<K, V>, i: number): boolean {
  const old = h.oldbuckets;
  return old === null || i >= old.nmain || isEvacuatedMark(old.top(i, 0));
}

/** A destination cursor (Go's evacDst): the bucket being filled and its next free slot. */
interface EvacDst {
  b: number;
  i: number;
}

/** Moves old bucket `oldbucket` (and its chain) into the new array, then advances nevacuate. */
export function evacuate<K, V>(h: Hmap<K, V>, oldbucket: number): void {
  const old = h.oldbuckets;
  const buckets = h.buckets;
  if (old === null || buckets === null || oldbucket >= old.nmain) return;
  const newbit = old.nmain;
  const flagsBefore = h.flags;
  const nevacuateBefore = h.nevacuate;
  const moves: Array<EvacuationMove<K, V>> | null = h.sink ? [] : null;
  if (!isEvacuatedMark(old.top(oldbucket, 0))) {
    const same = (h.flags & sameSizeGrow) !== 0 || oldbucket + newbit >= buckets.nmain;
    const x: EvacDst = { b: oldbucket, i: 0 };
    const y: EvacDst | null = same ? null : { b: oldbucket + newbit, i: 0 };
    const ops = h.keys;
    for (let b = oldbucket; b !== noBucket; b = old.next[b]) {
      for (let i = 0; i < bucketCnt; i++) {
        let top = old.top(b, i);
        if (isEmpty(top) || top < minTopHash) {
          // Go throws "bad map state" for a stray marker here; only a race can produce one, and
          // the model treats it as the empty slot it stands for.
          old.setTop(b, i, evacuatedEmpty);
          moves?.push({ from: { bucket: old.ids[b], slot: i }, to: null, tophashBefore: top, mark: evacuatedEmpty, tophashTo: 0, key: undefined, elem: undefined });
          continue;
        }
        const k = old.key(b, i) as K;
        let useY = 0;
        if (y !== null) {
          const hash = ops.hash(k, h.hash0);
          if ((h.flags & iterator) !== 0 && ops.reflexive !== true && !ops.equal(k, k)) {
            // NaN-like keys hash differently every time, but an iterator may already have
            // decided where this entry goes: the low tophash bit decides, and a fresh tophash
            // spreads such keys out over later grows.
            useY = top & 1;
            top = tophash(hash);
          } else if ((hash & newbit) !== 0) {
            useY = 1;
          }
        }
        const tophashBefore = old.top(b, i);
        old.setTop(b, i, evacuatedX + useY);
        const dst = useY === 1 ? y! : x;
        if (dst.i === bucketCnt) {
          dst.b = h.newoverflow(buckets, dst.b);
          dst.i = 0;
        }
        const e = old.elem(b, i);
        buckets.setTop(dst.b, dst.i, top);
        buckets.setKey(dst.b, dst.i, k);
        buckets.setElem(dst.b, dst.i, e);
        moves?.push({
          from: { bucket: old.ids[b], slot: i }, to: { bucket: buckets.ids[dst.b], slot: dst.i }, tophashBefore,
          mark: evacuatedX + useY, tophashTo: top, key: k, elem: e,
        });
        dst.i++;
      }
    }
  }
  let growFinished = false;
  if (oldbucket === h.nevacuate) growFinished = advanceEvacuationMark(h, newbit);
  if (h.sink && (moves!.length > 0 || h.nevacuate !== nevacuateBefore)) {
    h.sink.emit({
      kind: 'map.bucket.evacuated', map: h.id, oldbucket, moves: moves!,
      nevacuateBefore, nevacuateAfter: h.nevacuate, growFinished, flagsBefore, flagsAfter: h.flags,
    });
  }
}

/**
 * Go's advanceEvacuationMark: steps nevacuate past every evacuated old bucket (at most 1024 at a
 * time) and, when all are done, ends the grow. Returns whether it ended the grow.
 */
function advanceEvacuationMark<K, V>(h: Hmap<K, V>, newbit: number): boolean {
  h.nevacuate++;
  const stop = Math.min(h.nevacuate + 1024, newbit);
  while (h.nevacuate !== stop && bucketEvacuated(h, h.nevacuate)) h.nevacuate++;
  if (h.nevacuate >= newbit) {
    h.oldbuckets = null;
    h.flags &= ~sameSizeGrow;
    return true;
  }
  return false;
}

/** First half of Go's growWork: evacuate the old bucket the write's bucket comes from. */
export function growWorkOwn<K, V>(h: Hmap<K, V>, bucket: number): void {
  const n = noldbuckets(h);
  if (n > 0) evacuate(h, bucket & (n - 1));
}

/** Second half of Go's growWork: if still growing, evacuate one more, at nevacuate. */
export function growWorkNext<K, V>(h: Hmap<K, V>): void {
  if (h.growing()) evacuate(h, h.nevacuate);
}
