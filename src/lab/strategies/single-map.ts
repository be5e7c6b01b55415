// Setup and after-run check shared by the strategies that guard one plain map (none, mutex, rwmutex, owner).
import { checkMap, countLostInserts, KEY_MAY, wasWritten, type ExpectedKeys, type MapDamage } from '../shm-map/consistency.ts';
import { hashKey } from '../shm-map/hash.ts';
import { makeHmap } from '../shm-map/hmap.ts';
import type { Shm } from '../shm-map/layout.ts';
import { mapLookup } from '../shm-map/lookup.ts';
import { valueFits, type Workload } from '../workload.ts';

/** A per-map hash0 derived from the run's seed (Go draws it at random; the lab keeps runs reproducible). */
export function seedHash0(w: Workload, map: number): number {
  return hashKey(w.seed, 0x6d617030 + map) | 0;
}

/** Make an empty map like `make(map[int32]int32)` and store its header pointer at `slot`. */
export function initMapAt(shm: Shm, slot: number, w: Workload, map: number): void {
  shm.i32[slot] = makeHmap(shm, 0, seedHash0(w, map));
}

/** Values must carry their own key and a real writer; a key cut short mid-write may hold anything. */
export function elemCheck(w: Workload, expected: ExpectedKeys): (key: number, elem: number) => boolean {
  return (key, elem) => valueFits(key, elem, w.workers) || (key < expected.keySpace && expected.state[key] === KEY_MAY);
}

export function verifyPlainMap(shm: Shm, h: number, w: Workload, expected: ExpectedKeys): MapDamage {
  const d = checkMap(shm, h, { keyWritten: (k) => wasWritten(expected, k), elemOk: elemCheck(w, expected) });
  countLostInserts(expected, (k) => mapLookup(shm, h, k), d);
  return d;
}
