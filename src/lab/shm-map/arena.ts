// The arena: shared memory preallocated for hmap headers and buckets, handed out by an atomic bump pointer.
//
// A SharedArrayBuffer cannot grow, so a run reserves room for every bucket array
// growth will need up front. Memory is never reused: old bucket arrays stay where
// they were (like the old keys Go leaves in evacuated pointer-free buckets), which
// also means a lock-free reader can never see a recycled bucket.
import { ArenaExhausted, MapCorrupt } from './fatal.ts';
import { BUCKET_WORDS, type Shm } from './layout.ts';

/** Allocate `buckets` consecutive zeroed bucket-sized blocks; returns the first word. */
export function allocBuckets(shm: Shm, buckets: number): number {
  const words = buckets * BUCKET_WORDS;
  const start = Atomics.add(shm.i32, shm.arenaNext, words);
  if (start + words > shm.arenaEnd) throw new ArenaExhausted();
  // Fresh SharedArrayBuffer memory is zero: tophash emptyRest, overflow nil.
  return start;
}

/** Whether `p` can be the start of a bucket: inside the arena and on a bucket boundary. */
export function isBucketPointer(shm: Shm, p: number): boolean {
  return p >= shm.arenaStart && p + BUCKET_WORDS <= shm.arenaEnd && (p - shm.arenaStart) % BUCKET_WORDS === 0;
}

/** Check a non-nil pointer read from shared memory before following it. */
export function checkBucket(shm: Shm, p: number, what: string): number {
  if (!isBucketPointer(shm, p)) throw new MapCorrupt(`${what} points outside the arena (word ${p})`);
  return p;
}

/** Longest overflow chain a walk follows before calling it a loop: no chain can be longer than the arena. */
export function maxChain(shm: Shm): number {
  return Math.floor((shm.arenaEnd - shm.arenaStart) / BUCKET_WORDS) + 1;
}

/** Words in use so far (for reports). */
export function arenaUsed(shm: Shm): number {
  return Math.min(Atomics.load(shm.i32, shm.arenaNext), shm.arenaEnd) - shm.arenaStart;
}
