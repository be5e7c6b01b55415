// Growth as Go ≤ 1.23 does it: hashGrow allocates the new array, and each later write evacuates up to two old buckets (go-facts §1.6–1.7).
import { allocBuckets, checkBucket, maxChain } from './arena.ts';
import {
  getElem, getKey, getTophash, isEmptyTop, isEvacuated, newOverflow, overflowOf, setElem, setKey, setTophash,
} from './bucket.ts';
import { MapCorrupt, MapFatal } from './fatal.ts';
import { hashKey } from './hash.ts';
import { isSameSizeGrow, noldbuckets, overLoadFactor, readB, readBuckets, readOldBuckets } from './hmap.ts';
import {
  BUCKET_CNT, BUCKET_WORDS, EVACUATED_EMPTY, EVACUATED_X, H_B, H_COUNT, H_FLAGS, H_HASH0, H_BUCKETS,
  H_NEVACUATE, H_NOVERFLOW, H_OLDBUCKETS, MIN_TOP_HASH, SAME_SIZE_GROW, type Shm,
} from './layout.ts';

/** Go's tooManyOverflowBuckets: about as many overflow buckets as main buckets. */
export function tooManyOverflowBuckets(noverflow: number, B: number): boolean {
  return noverflow >= 1 << Math.min(B, 15);
}

/** Whether the map is between hashGrow and the last evacuation. */
export function isGrowing(shm: Shm, h: number): boolean {
  return shm.i32[h + H_OLDBUCKETS] !== 0;
}

/**
 * Go's hashGrow: double the array when over the load factor, otherwise a
 * same-size grow to compact overflow chains. Moves nothing; writes evacuate later.
 * The header stores follow Go's order, which matters when writers race.
 */
export function hashGrow(shm: Shm, h: number): void {
  const B = readB(shm, h);
  let bigger = 1;
  let flags = shm.i32[h + H_FLAGS] & ~SAME_SIZE_GROW;
  if (!overLoadFactor(shm.i32[h + H_COUNT] + 1, B)) {
    bigger = 0;
    flags |= SAME_SIZE_GROW;
  }
  const oldbuckets = shm.i32[h + H_BUCKETS];
  const newbuckets = allocBuckets(shm, 1 << (B + bigger));
  shm.i32[h + H_B] = B + bigger;
  shm.i32[h + H_FLAGS] = flags;
  shm.i32[h + H_OLDBUCKETS] = oldbuckets;
  shm.i32[h + H_BUCKETS] = newbuckets;
  shm.i32[h + H_NEVACUATE] = 0;
  shm.i32[h + H_NOVERFLOW] = 0;
}

/** Go's growWork: evacuate the old bucket this write will use, then one more to make progress. */
export function growWork(shm: Shm, h: number, bucket: number): void {
  evacuate(shm, h, bucket & (noldbuckets(shm, h) - 1));
  if (isGrowing(shm, h)) evacuate(shm, h, shm.i32[h + H_NEVACUATE]);
}

/** Where evacuate is appending in one destination (Go's evacDst). */
interface EvacDst {
  b: number;
  i: number;
}

/** Go's evacuate: move every live entry of one old bucket chain to its X or Y destination. */
export function evacuate(shm: Shm, h: number, oldbucket: number): void {
  const oldbuckets = readOldBuckets(shm, h);
  if (oldbuckets === 0) return; // another writer finished the grow meanwhile (only without a lock)
  const newbit = noldbuckets(shm, h);
  if (oldbucket < 0 || oldbucket >= newbit) throw new MapCorrupt(`evacuating old bucket ${oldbucket} of ${newbit}`);
  let b = checkBucket(shm, oldbuckets + oldbucket * BUCKET_WORDS, 'old bucket');
  if (!isEvacuated(shm, b)) {
    const buckets = readBuckets(shm, h);
    const sameSize = isSameSizeGrow(shm, h);
    const x: EvacDst = { b: checkBucket(shm, buckets + oldbucket * BUCKET_WORDS, 'evacuation X'), i: 0 };
    const y: EvacDst = sameSize ? x : { b: checkBucket(shm, buckets + (oldbucket + newbit) * BUCKET_WORDS, 'evacuation Y'), i: 0 };
    const hash0 = shm.i32[h + H_HASH0];
    const limit = maxChain(shm);
    for (let hops = 0; b !== 0; b = overflowOf(shm, b)) {
      if (++hops > limit) throw new MapCorrupt('overflow chain loops during evacuation');
      for (let i = 0; i < BUCKET_CNT; i++) {
        const top = getTophash(shm, b, i);
        if (isEmptyTop(top)) {
          setTophash(shm, b, i, EVACUATED_EMPTY);
          continue;
        }
        if (top < MIN_TOP_HASH) throw new MapFatal('bad map state');
        const key = getKey(shm, b, i);
        const hash = hashKey(key, hash0);
        const useY = !sameSize && (hash & newbit) !== 0 ? 1 : 0;
        setTophash(shm, b, i, EVACUATED_X + useY);
        const dst = useY ? y : x;
        if (dst.i === BUCKET_CNT) {
          dst.b = newOverflow(shm, h, dst.b, hash);
          dst.i = 0;
        }
        setTophash(shm, dst.b, dst.i, top);
        setKey(shm, dst.b, dst.i, key);
        setElem(shm, dst.b, dst.i, getElem(shm, b, i));
        dst.i++;
      }
    }
    // Go clears the old key/elem area only for types with pointers; int keys and elems stay visible.
  }
  if (oldbucket === shm.i32[h + H_NEVACUATE]) advanceEvacuationMark(shm, h, newbit);
}

/** Go's advanceEvacuationMark: move nevacuate past evacuated buckets; the grow ends when it reaches newbit. */
function advanceEvacuationMark(shm: Shm, h: number, newbit: number): void {
  let nevacuate = shm.i32[h + H_NEVACUATE] + 1;
  const stop = Math.min(nevacuate + 1024, newbit);
  const oldbuckets = readOldBuckets(shm, h);
  while (nevacuate < stop && oldbuckets !== 0 && isEvacuated(shm, checkBucket(shm, oldbuckets + nevacuate * BUCKET_WORDS, 'old bucket'))) {
    nevacuate++;
  }
  shm.i32[h + H_NEVACUATE] = nevacuate;
  if (nevacuate >= newbit) {
    shm.i32[h + H_OLDBUCKETS] = 0;
    shm.i32[h + H_FLAGS] &= ~SAME_SIZE_GROW;
  }
}
