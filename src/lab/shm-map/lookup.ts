// Looking a key up (Go's mapaccess1): the entry check for a concurrent writer, then the bucket walk.
import { checkBucket, maxChain } from './arena.ts';
import { getElem, getKey, getTophash, isEvacuated, overflowOf } from './bucket.ts';
import { MapCorrupt, MapFatal } from './fatal.ts';
import { bucketMask, hashKey, tophash } from './hash.ts';
import { isSameSizeGrow, readB, readBuckets, readOldBuckets } from './hmap.ts';
import { BUCKET_CNT, BUCKET_WORDS, EMPTY_REST, H_COUNT, H_FLAGS, H_HASH0, HASH_WRITING, NOT_FOUND, type Shm } from './layout.ts';

/**
 * `v, ok := m[key]`: Go returns early for an empty map without any check, and
 * otherwise dies if a writer holds hashWriting right now. A writer that starts
 * a moment later goes unnoticed (go-facts §1.9: readers alone detect).
 */
export function mapAccess(shm: Shm, h: number, key: number): number {
  if (h === 0 || shm.i32[h + H_COUNT] === 0) return NOT_FOUND;
  if ((Atomics.load(shm.i32, h + H_FLAGS) & HASH_WRITING) !== 0) throw new MapFatal('concurrent map read and map write');
  return mapLookup(shm, h, key);
}

/** The bucket walk alone, with no concurrency check (for read-only views and the checker). */
export function mapLookup(shm: Shm, h: number, key: number): number {
  const hash = hashKey(key, shm.i32[h + H_HASH0]);
  let b = bucketFor(shm, h, hash);
  if (b === 0) return NOT_FOUND;
  const top = tophash(hash);
  const limit = maxChain(shm);
  for (let hops = 0; b !== 0; b = overflowOf(shm, b)) {
    if (++hops > limit) throw new MapCorrupt('overflow chain loops during lookup');
    for (let i = 0; i < BUCKET_CNT; i++) {
      const t = getTophash(shm, b, i);
      if (t !== top) {
        if (t === EMPTY_REST) return NOT_FOUND;
        continue;
      }
      if (getKey(shm, b, i) === key) return getElem(shm, b, i);
    }
  }
  return NOT_FOUND;
}

/**
 * The bucket a lookup searches: in the current array, unless the map is growing
 * and the key's old bucket has not been evacuated yet (go-facts §1.4 step 2).
 */
export function bucketFor(shm: Shm, h: number, hash: number): number {
  const buckets = readBuckets(shm, h);
  if (buckets === 0) return 0;
  let m = bucketMask(readB(shm, h));
  const b = checkBucket(shm, buckets + (hash & m) * BUCKET_WORDS, 'bucket');
  const oldbuckets = readOldBuckets(shm, h);
  if (oldbuckets !== 0) {
    if (!isSameSizeGrow(shm, h)) m >>>= 1;
    const oldb = checkBucket(shm, oldbuckets + (hash & m) * BUCKET_WORDS, 'old bucket');
    if (!isEvacuated(shm, oldb)) return oldb;
  }
  return b;
}
