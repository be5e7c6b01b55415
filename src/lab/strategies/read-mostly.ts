// Strategy "read-mostly": sync.Map's design (Go ≤ 1.23, go-facts §6.1) on shared memory — a lock-free read view plus a locked dirty map.
//
// The read view is a readOnly record {m, amended} published by one atomic store;
// its map is never written again, so lookups need no lock. Values live in entry
// cells shared by both maps and are updated atomically, which lets a store to a
// key already in the read view skip the lock too. New keys go to the dirty map
// under the mutex; after as many locked misses as the dirty map has entries, the
// dirty map is promoted to be the new read view (missLocked).
//
// Differences from Go: the lab has no deletes, so entries are never nil or
// expunged; and without a garbage collector every promoted read view stays in the
// arena, which bounds how long a read-heavy run with new keys can go on.
import { ArenaExhausted } from '../shm-map/fatal.ts';
import { allocBuckets } from '../shm-map/arena.ts';
import { checkMap, countLostInserts, emptyDamage, mergeDamage, wasWritten } from '../shm-map/consistency.ts';
import { hashKey } from '../shm-map/hash.ts';
import { makeHmap } from '../shm-map/hmap.ts';
import { mapAssign } from '../shm-map/insert.ts';
import { H_COUNT, NOT_FOUND, type Shm } from '../shm-map/layout.ts';
import { mapAccess, mapLookup } from '../shm-map/lookup.ts';
import { forEachEntry } from '../shm-map/walk.ts';
import { mutexLock, mutexUnlock } from '../sync/futex-mutex.ts';
import { valueFits, type Workload } from '../workload.ts';
import { arenaForMap, maxDistinctKeys } from './sizing.ts';
import type { Strategy } from './strategy.ts';

const MU = 0;
const READ = 1; // pointer to the current readOnly record
const DIRTY = 2; // dirty map (only under MU), 0 when nil
const MISSES = 3; // only under MU
const ENTRY_NEXT = 4; // entry cells handed out so far
const ENTRY_CAP = 5;
const HEADER_WORDS = 8;
const entryCell = (base: number, e: number) => base + HEADER_WORDS + e;

// readOnly record, one bucket-sized block in the arena.
const RO_M = 0;
const RO_AMENDED = 1;

function publishReadOnly(shm: Shm, base: number, m: number, amended: boolean): void {
  const ro = allocBuckets(shm, 1);
  shm.i32[ro + RO_M] = m;
  shm.i32[ro + RO_AMENDED] = amended ? 1 : 0;
  Atomics.store(shm.i32, base + READ, ro); // the release that makes the record and its map visible
}

function newDirtyHash0(shm: Shm, w: Workload): number {
  return hashKey(Atomics.load(shm.i32, shm.arenaNext), w.seed) | 0;
}

export const readMostly: Strategy = {
  name: 'read-mostly',
  minWorkers: 1,
  blockWords: (w) => HEADER_WORDS + maxDistinctKeys(w) + 16,
  arenaBuckets(w) {
    // Every promotion leaves a whole map behind; copies are paid for by locked misses, i.e. by reads.
    const reads = w.workers * w.opsPerWorker * (w.readPercent / 100);
    return 6 * arenaForMap(maxDistinctKeys(w)) + Math.ceil(reads / 2) + 64;
  },
  init(shm, base, w) {
    shm.i32[base + ENTRY_CAP] = maxDistinctKeys(w) + 16;
    publishReadOnly(shm, base, makeHmap(shm, 0, newDirtyHash0(shm, w)), false);
  },
  bind({ shm, base, workload }) {
    const i32 = shm.i32;
    const mu = base + MU;

    const missLocked = () => {
      const dirty = i32[base + DIRTY];
      if (++i32[base + MISSES] < i32[dirty + H_COUNT]) return;
      publishReadOnly(shm, base, dirty, false);
      i32[base + DIRTY] = 0;
      i32[base + MISSES] = 0;
    };

    const dirtyLocked = (readMap: number) => {
      if (i32[base + DIRTY] !== 0) return;
      const dirty = makeHmap(shm, i32[readMap + H_COUNT], newDirtyHash0(shm, workload));
      forEachEntry(shm, readMap, (k, e) => mapAssign(shm, dirty, k, e));
      i32[base + DIRTY] = dirty;
    };

    const newEntry = (value: number) => {
      const e = Atomics.add(i32, base + ENTRY_NEXT, 1);
      if (e >= i32[base + ENTRY_CAP]) throw new ArenaExhausted();
      Atomics.store(i32, entryCell(base, e), value);
      return e;
    };

    return {
      get(key) {
        let ro = Atomics.load(i32, base + READ);
        let e = mapAccess(shm, i32[ro + RO_M], key);
        if (e === NOT_FOUND && i32[ro + RO_AMENDED] === 1) {
          mutexLock(i32, mu);
          try {
            ro = Atomics.load(i32, base + READ); // promoted while we waited?
            e = mapAccess(shm, i32[ro + RO_M], key);
            if (e === NOT_FOUND && i32[ro + RO_AMENDED] === 1) {
              e = mapAccess(shm, i32[base + DIRTY], key);
              missLocked(); // Go counts the miss even when the key is absent
            }
          } finally {
            mutexUnlock(i32, mu);
          }
        }
        return e === NOT_FOUND ? NOT_FOUND : Atomics.load(i32, entryCell(base, e));
      },
      put(key, value) {
        const fast = mapAccess(shm, i32[Atomics.load(i32, base + READ) + RO_M], key);
        if (fast !== NOT_FOUND) {
          Atomics.store(i32, entryCell(base, fast), value);
          return;
        }
        mutexLock(i32, mu);
        try {
          const ro = Atomics.load(i32, base + READ);
          let e = mapAccess(shm, i32[ro + RO_M], key);
          if (e === NOT_FOUND && i32[base + DIRTY] !== 0) e = mapAccess(shm, i32[base + DIRTY], key);
          if (e !== NOT_FOUND) {
            Atomics.store(i32, entryCell(base, e), value);
            return;
          }
          if (i32[ro + RO_AMENDED] === 0) {
            dirtyLocked(i32[ro + RO_M]);
            publishReadOnly(shm, base, i32[ro + RO_M], true);
          }
          mapAssign(shm, i32[base + DIRTY], key, newEntry(value));
        } finally {
          mutexUnlock(i32, mu);
        }
      },
    };
  },
  size(shm, base) {
    const i32 = shm.i32;
    const ro = i32[base + READ];
    const dirty = i32[base + DIRTY];
    return i32[ro + RO_AMENDED] === 1 && dirty !== 0 ? i32[dirty + H_COUNT] : i32[i32[ro + RO_M] + H_COUNT];
  },
  verify(shm, base, w, expected) {
    const i32 = shm.i32;
    const ro = i32[base + READ];
    const readMap = i32[ro + RO_M];
    const dirty = i32[base + DIRTY];
    const entries = Math.min(i32[base + ENTRY_NEXT], i32[base + ENTRY_CAP]);
    const opts = {
      keyWritten: (k: number) => wasWritten(expected, k),
      elemOk: (k: number, e: number) => e >= 0 && e < entries && valueFits(k, i32[entryCell(base, e)], w.workers),
    };
    let d = mergeDamage(emptyDamage(), checkMap(shm, readMap, opts));
    if (dirty !== 0) d = mergeDamage(d, checkMap(shm, dirty, opts));
    countLostInserts(expected, (k) => {
      const e = mapLookup(shm, readMap, k);
      return e === NOT_FOUND && i32[ro + RO_AMENDED] === 1 && dirty !== 0 ? mapLookup(shm, dirty, k) : e;
    }, d);
    return d;
  },
};
