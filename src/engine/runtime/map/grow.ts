// When a map grows and how a grow starts (Go's overLoadFactor, tooManyOverflowBuckets, hashGrow).
//
// Starting a grow moves no data: it swaps in a new array (twice as big, or the same size when
// overflow buckets pile up after deletes) and leaves the old one to be evacuated a bucket or two
// per write (evacuate.ts). While a grow is in progress no new grow can start.
import { iterator, oldIterator, sameSizeGrow } from './flags.ts';
import { arraySpan, overLoadFactor, type Hmap } from './hmap.ts';

export { overLoadFactor } from './hmap.ts';

/**
 * Go's tooManyOverflowBuckets: about as many overflow buckets as main buckets (capped at 2^15,
 * since noverflow is a uint16 that is only sampled above B = 15).
 */
export function tooManyOverflowBuckets(noverflow: number, B: number): boolean {
  return noverflow >= 1 << (B < 15 ? B : 15);
}

/** Whether inserting one more new key into `h` must first start a grow (mapassign's test). */
export function needsGrow<K, V>(h: Hmap<K, V>): boolean {
  return !h.growing() && (overLoadFactor(h.count + 1, h.B, h.loadFactorNum) || tooManyOverflowBuckets(h.noverflow, h.B));
}

/** Go's hashGrow: picks doubling or same-size, installs the new array, hands iterators over. */
export function hashGrow<K, V>(h: Hmap<K, V>): void {
  const old = h.buckets ?? h.newBucketArray(h.B);
  const BBefore = h.B;
  const flagsBefore = h.flags;
  const noverflowBefore = h.noverflow;
  const nevacuateBefore = h.nevacuate;
  const bigger = overLoadFactor(h.count + 1, h.B, h.loadFactorNum) ? 1 : 0;
  let flags = h.flags;
  if (bigger === 0) flags |= sameSizeGrow;
  const fresh = h.newBucketArray(h.B + bigger);
  // Iterators that exist now were started on the array that is becoming old.
  flags &= ~(iterator | oldIterator);
  if ((h.flags & iterator) !== 0) flags |= oldIterator;
  h.B += bigger;
  h.flags = flags;
  h.oldbuckets = old;
  h.buckets = fresh;
  h.nevacuate = 0;
  h.noverflow = 0;
  // Go moves mapextra.overflow to oldoverflow here; the model's overflow buckets travel inside
  // their array. (Go throws "oldoverflow is not nil" if a raced grow starts before the last one
  // finished; the model has nothing to overwrite and carries on.)
  if (h.sink) {
    const o = arraySpan(old);
    const n = arraySpan(fresh);
    h.sink.emit({
      kind: 'map.grew', map: h.id, sameSize: bigger === 0,
      BBefore, BAfter: h.B, flagsBefore, flagsAfter: h.flags, noverflowBefore, nevacuateBefore,
      oldFirstBucket: o.firstBucket, oldNbuckets: o.nbuckets, firstBucket: n.firstBucket, nbuckets: n.nbuckets,
    });
  }
}
