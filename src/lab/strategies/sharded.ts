// Strategy "sharded": SHARDS independent maps, each with its own mutex; a key's hash picks its shard.
import { checkMap, countLostInserts, emptyDamage, mergeDamage, wasWritten } from '../shm-map/consistency.ts';
import { hashKey } from '../shm-map/hash.ts';
import { mapAssign } from '../shm-map/insert.ts';
import { mapAccess, mapLookup } from '../shm-map/lookup.ts';
import { H_COUNT } from '../shm-map/layout.ts';
import { mutexLock, mutexUnlock } from '../sync/futex-mutex.ts';
import { arenaForMap, maxDistinctKeys } from './sizing.ts';
import { elemCheck, initMapAt } from './single-map.ts';
import type { Strategy } from './strategy.ts';

/** Shard count: a power of two comfortably above the worker counts the lab runs. */
export const SHARDS = 16;
const SHARD_BITS = 4;
const SHARD_SEED = 0x5ad5;

/** The shard for a key: the top bits of a hash independent of the maps' own seeds. */
export function shardOf(key: number): number {
  return hashKey(key, SHARD_SEED) >>> (32 - SHARD_BITS);
}

// Block: SHARDS pairs of (map pointer, lock word).
const mapSlot = (base: number, s: number) => base + 2 * s;
const lockSlot = (base: number, s: number) => base + 2 * s + 1;

export const sharded: Strategy = {
  name: 'sharded',
  minWorkers: 1,
  blockWords: () => 2 * SHARDS,
  // Shards fill unevenly: give each room for twice its fair share.
  arenaBuckets: (w) => SHARDS * arenaForMap(Math.ceil((2 * maxDistinctKeys(w)) / SHARDS) + 8),
  init(shm, base, w) {
    for (let s = 0; s < SHARDS; s++) initMapAt(shm, mapSlot(base, s), w, s);
  },
  bind({ shm, base }) {
    const i32 = shm.i32;
    const maps = Array.from({ length: SHARDS }, (_, s) => i32[mapSlot(base, s)]);
    return {
      get(key) {
        const s = shardOf(key);
        const l = lockSlot(base, s);
        mutexLock(i32, l);
        try {
          return mapAccess(shm, maps[s], key);
        } finally {
          mutexUnlock(i32, l);
        }
      },
      put(key, value) {
        const s = shardOf(key);
        const l = lockSlot(base, s);
        mutexLock(i32, l);
        try {
          mapAssign(shm, maps[s], key, value);
        } finally {
          mutexUnlock(i32, l);
        }
      },
    };
  },
  size(shm, base) {
    let n = 0;
    for (let s = 0; s < SHARDS; s++) n += shm.i32[shm.i32[mapSlot(base, s)] + H_COUNT];
    return n;
  },
  verify(shm, base, w, expected) {
    let d = emptyDamage();
    const elemOk = elemCheck(w, expected);
    for (let s = 0; s < SHARDS; s++) {
      // A key stored in the wrong shard is as lost as a key stored nowhere.
      d = mergeDamage(d, checkMap(shm, shm.i32[mapSlot(base, s)], {
        keyWritten: (k) => wasWritten(expected, k) && shardOf(k) === s, elemOk,
      }));
    }
    countLostInserts(expected, (k) => mapLookup(shm, shm.i32[mapSlot(base, shardOf(k))], k), d);
    return d;
  },
};
