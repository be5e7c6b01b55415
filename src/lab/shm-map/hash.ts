// Hashing a key the way the classic map uses its hash: low B bits pick the bucket, the top 8 bits give the tophash.
//
// Go hashes with aeshash/memhash seeded by a per-map random hash0 (go-facts §1.4).
// The lab's keys are 32-bit ints, so a 32-bit finaliser (murmur3's fmix32) over
// key ^ hash0 stands in for it; the tophash is the top byte of that 32-bit hash.
import { MIN_TOP_HASH } from './layout.ts';

/** 32-bit hash of an int key under a map's seed. */
export function hashKey(key: number, hash0: number): number {
  let h = (key ^ hash0) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Go's tophash: the hash's top byte, raised by minTopHash when it would collide with a marker value. */
export function tophash(hash: number): number {
  const top = hash >>> 24;
  return top < MIN_TOP_HASH ? top + MIN_TOP_HASH : top;
}

/** Mask selecting the low B bits: the bucket index in an array of 2^B buckets. */
export function bucketMask(b: number): number {
  return (1 << b) - 1;
}
