// Creating an hmap header in the arena and reading its fields with validation (Go's makemap).
import { allocBuckets, checkBucket } from './arena.ts';
import { MapCorrupt } from './fatal.ts';
import {
  BUCKET_CNT, H_B, H_BUCKETS, H_HASH0, H_OLDBUCKETS, LOAD_FACTOR_DEN, LOAD_FACTOR_NUM, MAX_B, SAME_SIZE_GROW,
  H_FLAGS, type Shm,
} from './layout.ts';

/** Go's overLoadFactor: more than 8 entries and more than 6.5 per bucket on average. */
export function overLoadFactor(count: number, B: number): boolean {
  return count > BUCKET_CNT && count > LOAD_FACTOR_NUM * ((1 << B) / LOAD_FACTOR_DEN);
}

/**
 * Go's makemap: the smallest B that holds `hint` entries without exceeding the
 * load factor. Like makemap_small, B = 0 leaves buckets nil until the first insert.
 * Go also preallocates spare overflow buckets when B >= 4; the lab does not.
 */
export function makeHmap(shm: Shm, hint: number, hash0: number): number {
  const h = allocBuckets(shm, 1);
  let B = 0;
  while (overLoadFactor(hint, B) && B < MAX_B) B++;
  shm.i32[h + H_B] = B;
  shm.i32[h + H_HASH0] = hash0 | 0;
  if (B > 0) shm.i32[h + H_BUCKETS] = allocBuckets(shm, 1 << B);
  return h;
}

/** B, refusing values no map can have (a torn or overwritten header). */
export function readB(shm: Shm, h: number): number {
  const B = shm.i32[h + H_B];
  if (B < 0 || B > MAX_B) throw new MapCorrupt(`B is ${B}`);
  return B;
}

/** The current bucket array, 0 while the map has never been written. */
export function readBuckets(shm: Shm, h: number): number {
  const p = shm.i32[h + H_BUCKETS];
  return p === 0 ? 0 : checkBucket(shm, p, 'buckets');
}

/** The old bucket array while growing, else 0. */
export function readOldBuckets(shm: Shm, h: number): number {
  const p = shm.i32[h + H_OLDBUCKETS];
  return p === 0 ? 0 : checkBucket(shm, p, 'oldbuckets');
}

export function isSameSizeGrow(shm: Shm, h: number): boolean {
  return (shm.i32[h + H_FLAGS] & SAME_SIZE_GROW) !== 0;
}

/** Go's noldbuckets: how many buckets the old array has. */
export function noldbuckets(shm: Shm, h: number): number {
  const B = readB(shm, h);
  return isSameSizeGrow(shm, h) ? 1 << B : 1 << Math.max(B - 1, 0);
}
