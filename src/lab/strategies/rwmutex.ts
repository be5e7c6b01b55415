// Strategy "rwmutex": readers share a writer-preferring RWMutex (Go's algorithm); writers hold it alone.
//
// Lookups never modify the map in Go ≤ 1.23 (only writes evacuate during growth),
// which is what makes concurrent readers under RLock safe.
import { mapAssign } from '../shm-map/insert.ts';
import { mapAccess } from '../shm-map/lookup.ts';
import { lock, rLock, rUnlock, RW_WORDS, unlock } from '../sync/rw-mutex.ts';
import { arenaForMap, maxDistinctKeys } from './sizing.ts';
import { initMapAt, verifyPlainMap } from './single-map.ts';
import { H_COUNT } from '../shm-map/layout.ts';
import type { Strategy } from './strategy.ts';

const MAP = 0;
const RW = 1;

export const rwmutex: Strategy = {
  name: 'rwmutex',
  minWorkers: 1,
  blockWords: () => 1 + RW_WORDS,
  arenaBuckets: (w) => arenaForMap(maxDistinctKeys(w)),
  init: (shm, base, w) => initMapAt(shm, base + MAP, w, 0),
  bind({ shm, base }) {
    const i32 = shm.i32;
    const h = i32[base + MAP];
    const rw = base + RW;
    return {
      get(key) {
        rLock(i32, rw);
        try {
          return mapAccess(shm, h, key);
        } finally {
          rUnlock(i32, rw);
        }
      },
      put(key, value) {
        lock(i32, rw);
        try {
          mapAssign(shm, h, key, value);
        } finally {
          unlock(i32, rw);
        }
      },
    };
  },
  size: (shm, base) => shm.i32[shm.i32[base + MAP] + H_COUNT],
  verify: (shm, base, w, expected) => verifyPlainMap(shm, shm.i32[base + MAP], w, expected),
};
