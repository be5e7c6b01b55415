// Visiting every live entry of a map once, growing or not: unevacuated old buckets plus the current array.
import { checkBucket, maxChain } from './arena.ts';
import { getElem, getKey, getTophash, isEvacuated, overflowOf } from './bucket.ts';
import { MapCorrupt } from './fatal.ts';
import { noldbuckets, readB, readBuckets, readOldBuckets } from './hmap.ts';
import { BUCKET_CNT, BUCKET_WORDS, MIN_TOP_HASH, type Shm } from './layout.ts';

/**
 * Calls `visit(key, elem)` for each live slot. Entries of an old bucket that has
 * not been evacuated live only there; evacuated ones live only in the new array,
 * so nothing is visited twice in a consistent map.
 */
export function forEachEntry(shm: Shm, h: number, visit: (key: number, elem: number) => void): void {
  const oldbuckets = readOldBuckets(shm, h);
  if (oldbuckets !== 0) {
    const n = noldbuckets(shm, h);
    for (let i = 0; i < n; i++) {
      const b = checkBucket(shm, oldbuckets + i * BUCKET_WORDS, 'old bucket');
      if (!isEvacuated(shm, b)) walkChain(shm, b, visit);
    }
  }
  const buckets = readBuckets(shm, h);
  if (buckets === 0) return;
  const n = 1 << readB(shm, h);
  for (let i = 0; i < n; i++) walkChain(shm, checkBucket(shm, buckets + i * BUCKET_WORDS, 'bucket'), visit);
}

function walkChain(shm: Shm, b: number, visit: (key: number, elem: number) => void): void {
  const limit = maxChain(shm);
  for (let hops = 0; b !== 0; b = overflowOf(shm, b)) {
    if (++hops > limit) throw new MapCorrupt('overflow chain loops');
    for (let i = 0; i < BUCKET_CNT; i++) {
      if (getTophash(shm, b, i) >= MIN_TOP_HASH) visit(getKey(shm, b, i), getElem(shm, b, i));
    }
  }
}
