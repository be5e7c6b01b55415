// How much arena a map needs: every bucket array growth allocates, plus overflow buckets, with headroom.
import { overLoadFactor } from '../shm-map/hmap.ts';
import { MAX_B } from '../shm-map/layout.ts';
import type { Workload } from '../workload.ts';

/** Distinct keys the run can insert at most. */
export function maxDistinctKeys(w: Workload): number {
  const writes = Math.ceil(w.workers * w.opsPerWorker * (1 - w.readPercent / 100)) + w.workers;
  return Math.min(w.keySpace, writes);
}

/** Buckets of the final array for `n` keys. */
export function bucketsFor(n: number): number {
  let B = 0;
  while (overLoadFactor(n, B) && B < MAX_B) B++;
  return 1 << B;
}

/**
 * Arena buckets for one map of `n` keys: the arrays 1, 2, 4 … up to the final
 * one sum to under twice the final size; overflow chains, same-size grows and
 * the header take the rest of the headroom.
 */
export function arenaForMap(n: number): number {
  const final = bucketsFor(n);
  return 3 * final + Math.ceil(n / 8) + 16;
}
