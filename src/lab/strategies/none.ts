// Strategy "none": every worker calls mapaccess/mapassign on the one map with no lock, exactly as racing goroutines do.
//
// Only Go's own best-effort check stands guard: the hashWriting flag, set with a
// plain XOR at the start of a write and checked at its end and by readers.
import { mapAssign } from '../shm-map/insert.ts';
import { mapAccess } from '../shm-map/lookup.ts';
import { arenaForMap, maxDistinctKeys } from './sizing.ts';
import { initMapAt, verifyPlainMap } from './single-map.ts';
import { H_COUNT } from '../shm-map/layout.ts';
import type { Strategy } from './strategy.ts';

const MAP = 0;

export const none: Strategy = {
  name: 'none',
  minWorkers: 1,
  blockWords: () => 1,
  // Damage can make a map grow more than it should (duplicates, a wrong count), so leave extra room.
  arenaBuckets: (w) => 4 * arenaForMap(maxDistinctKeys(w)),
  init: (shm, base, w) => initMapAt(shm, base + MAP, w, 0),
  bind({ shm, base }) {
    const h = shm.i32[base + MAP];
    return {
      get: (key) => mapAccess(shm, h, key),
      put: (key, value) => mapAssign(shm, h, key, value),
    };
  },
  size: (shm, base) => shm.i32[shm.i32[base + MAP] + H_COUNT],
  verify: (shm, base, w, expected) => verifyPlainMap(shm, shm.i32[base + MAP], w, expected),
};
