// Inserting or overwriting a key (Go's mapassign), with Go's hashWriting protocol around the write window.
import { allocBuckets, checkBucket, maxChain } from './arena.ts';
import { getKey, getTophash, isEmptyTop, newOverflow, overflowOf, setElem, setKey, setTophash } from './bucket.ts';
import { MapCorrupt, MapFatal } from './fatal.ts';
import { growWork, hashGrow, isGrowing, tooManyOverflowBuckets } from './grow.ts';
import { bucketMask, hashKey, tophash } from './hash.ts';
import { overLoadFactor, readB, readBuckets } from './hmap.ts';
import {
  BUCKET_CNT, BUCKET_WORDS, EMPTY_REST, H_BUCKETS, H_COUNT, H_FLAGS, H_HASH0, H_NOVERFLOW, HASH_WRITING, type Shm,
} from './layout.ts';

/**
 * `m[key] = elem`, step by step as go-facts §1.5 lists it: entry check, hash,
 * toggle hashWriting with a plain XOR, find or make a slot (growing first when
 * needed), count++, exit check, clear the flag, and only then store the elem
 * (Go's compiled code writes through the returned pointer after mapassign
 * returns). Every access is a plain, non-atomic one: a caller that wants safety
 * must hold a lock, exactly as in Go.
 */
export function mapAssign(shm: Shm, h: number, key: number, elem: number): void {
  const i32 = shm.i32;
  // The checks read the flag with Atomics.load: a real load at that point, as Go's code makes (the
  // JIT could otherwise reuse the value this thread just stored). The toggles stay plain
  // read-modify-writes, which is exactly Go's race: two writers can both toggle from 0.
  if ((Atomics.load(i32, h + H_FLAGS) & HASH_WRITING) !== 0) throw new MapFatal('concurrent map writes');
  const hash = hashKey(key, i32[h + H_HASH0]);
  i32[h + H_FLAGS] ^= HASH_WRITING;
  if (i32[h + H_BUCKETS] === 0) i32[h + H_BUCKETS] = allocBuckets(shm, 1);

  const top = tophash(hash);
  const limit = maxChain(shm);
  let slotBucket = 0;
  let slotIndex = 0;
  for (let again = 0; ; again++) {
    if (again > 2) throw new MapCorrupt('insert restarted too often (growth state keeps changing)');
    const bucket = hash & bucketMask(readB(shm, h));
    if (isGrowing(shm, h)) growWork(shm, h, bucket);
    let b = checkBucket(shm, readBuckets(shm, h) + bucket * BUCKET_WORDS, 'bucket');
    let insertb = 0;
    let inserti = 0;
    let found = false;
    search: for (let hops = 0; ; ) {
      if (++hops > limit) throw new MapCorrupt('overflow chain loops during insert');
      for (let i = 0; i < BUCKET_CNT; i++) {
        const t = getTophash(shm, b, i);
        if (t !== top) {
          if (isEmptyTop(t) && insertb === 0) {
            insertb = b;
            inserti = i;
          }
          if (t === EMPTY_REST) break search;
          continue;
        }
        if (getKey(shm, b, i) !== key) continue;
        slotBucket = b;
        slotIndex = i;
        found = true;
        break search;
      }
      const ovf = overflowOf(shm, b);
      if (ovf === 0) break;
      b = ovf;
    }
    if (found) break;

    // A new key. Grow first if this insert would overload the map, then search again.
    const B = readB(shm, h);
    if (!isGrowing(shm, h) && (overLoadFactor(i32[h + H_COUNT] + 1, B) || tooManyOverflowBuckets(i32[h + H_NOVERFLOW], B))) {
      hashGrow(shm, h);
      continue;
    }
    if (insertb === 0) {
      insertb = newOverflow(shm, h, b, hash);
      inserti = 0;
    }
    setTophash(shm, insertb, inserti, top);
    setKey(shm, insertb, inserti, key);
    i32[h + H_COUNT]++;
    slotBucket = insertb;
    slotIndex = inserti;
    break;
  }

  if ((Atomics.load(i32, h + H_FLAGS) & HASH_WRITING) === 0) throw new MapFatal('concurrent map writes');
  i32[h + H_FLAGS] &= ~HASH_WRITING;
  setElem(shm, slotBucket, slotIndex, elem);
}
