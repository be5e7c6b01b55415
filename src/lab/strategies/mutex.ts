// Strategy "mutex": one futex-style lock around every operation, like a map guarded by sync.Mutex.
import { mapAssign } from '../shm-map/insert.ts';
import { mapAccess } from '../shm-map/lookup.ts';
import { mutexLock, mutexUnlock } from '../sync/futex-mutex.ts';
import { arenaForMap, maxDistinctKeys } from './sizing.ts';
import { initMapAt, verifyPlainMap } from './single-map.ts';
import { H_COUNT } from '../shm-map/layout.ts';
import type { Strategy } from './strategy.ts';

const MAP = 0;
const LOCK = 1;

export const mutex: Strategy = {
  name: 'mutex',
  minWorkers: 1,
  blockWords: () => 2,
  arenaBuckets: (w) => arenaForMap(maxDistinctKeys(w)),
  init: (shm, base, w) => initMapAt(shm, base + MAP, w, 0),
  bind({ shm, base }) {
    const i32 = shm.i32;
    const h = i32[base + MAP];
    const lock = base + LOCK;
    return {
      get(key) {
        mutexLock(i32, lock);
        try {
          return mapAccess(shm, h, key);
        } finally {
          mutexUnlock(i32, lock);
        }
      },
      put(key, value) {
        mutexLock(i32, lock);
        try {
          mapAssign(shm, h, key, value);
        } finally {
          mutexUnlock(i32, lock);
        }
      },
    };
  },
  size: (shm, base) => shm.i32[shm.i32[base + MAP] + H_COUNT],
  verify: (shm, base, w, expected) => verifyPlainMap(shm, shm.i32[base + MAP], w, expected),
};
