// Seeded random operation sequences against a JS Map: insert/update/delete/lookup after every step,
// full ranges with writes between their steps (growth, splits and deletes during iteration), for
// int and string keys. Also: everything stays consistent when a table splits mid-range.
import { describe, expect, it } from 'vitest';
import { Rand } from '../../vm/rand.ts';
import { intKeyOps, stringKeyOps, type KeyOps } from '../map/hash.ts';
import { swissAccess } from './access.ts';
import { swissSet } from './assign.ts';
import { swissDelete } from './delete.ts';
import { distinctTables } from './directory.ts';
import { swissIterInit, swissIterNext, type SwissIter } from './iterate.ts';
import { makeSwissMap, swissLen, type SwissMap } from './swiss-map.ts';

interface Flavour<K> {
  name: string;
  ops: KeyOps<K>;
  key(i: number): K;
}
const ints: Flavour<number> = { name: 'int', ops: intKeyOps, key: (i) => i * 2654435761 % 1e9 };
const strs: Flavour<string> = { name: 'string', ops: stringKeyOps, key: (i) => `key-${i}` };

function get<K>(m: SwissMap<K, number>, k: K): number | undefined {
  const r = swissAccess(m, k, 0);
  if (r.kind !== 'ok') throw new Error(`${r.kind}: ${r.message}`);
  return r.value.found ? r.value.elem : undefined;
}

/**
 * Ranges over `m` while `between` mutates it (no concurrency: between Next calls, as a loop body
 * may). Checks Go's promises: every key present for the whole loop is seen exactly once; a key
 * seen is in the map at that moment with its current value; a key no write touched is never seen
 * twice.
 */
function rangeWithWrites<K>(m: SwissMap<K, number>, ref: Map<K, number>, between: (step: number) => K[]): number {
  const stable = new Set(ref.keys());
  const touched = new Set<K>();
  const seen = new Map<K, number>();
  let r = swissIterInit(m);
  let steps = 0;
  while (r.kind === 'ok' && !r.value.done) {
    const it: SwissIter<K, number> = r.value;
    const k = it.key as K;
    expect(ref.get(k), `yielded ${String(k)} must be live with its current value`).toBe(it.elem);
    const n = (seen.get(k) ?? 0) + 1;
    if (n > 1) expect(touched.has(k), `untouched ${String(k)} yielded twice`).toBe(true);
    seen.set(k, n);
    for (const t of between(steps++)) {
      touched.add(t);
      stable.delete(t);
    }
    r = swissIterNext(it);
  }
  expect(r.kind).toBe('ok');
  const missing = [...stable].filter((k) => seen.get(k) !== 1);
  expect(missing, 'stable keys not seen exactly once').toEqual([]);
  return steps;
}

function property<K>(f: Flavour<K>, seed: number, pruneTombstones = false): void {
  const rnd = new Rand(seed * 7919 + 1);
  const m = makeSwissMap<K, number>({ id: 1, keys: f.ops, elemZero: 0, rand: new Rand(seed), pruneTombstones });
  const ref = new Map<K, number>();
  let keySpace = 20 + rnd.intn(60);
  let ranges = 0;
  for (let step = 0; step < 4000; step++) {
    // Phases: grow the key space (growth and splits), then shrink (deletes, tombstones), repeat.
    if (step % 1500 === 0) keySpace = step % 3000 === 0 ? 200 + rnd.intn(2500) : 30 + rnd.intn(100);
    const op = rnd.intn(100);
    const k = f.key(rnd.intn(keySpace));
    if (op < 25) {
      swissDelete(m, k);
      ref.delete(k);
    } else if (op < 70) {
      const v = rnd.intn(1_000_000);
      expect(swissSet(m, k, v).kind).toBe('ok');
      ref.set(k, v);
    } else if (op === 99 && ranges < 6) {
      ranges++;
      rangeWithWrites(m, ref, () => {
        const w: K[] = [];
        for (let j = rnd.intn(4); j > 0; j--) {
          const wk = f.key(rnd.intn(keySpace * 2));
          if (rnd.intn(3) === 0) {
            swissDelete(m, wk);
            ref.delete(wk);
          } else {
            swissSet(m, wk, rnd.intn(1000));
            ref.set(wk, m.used); // any value; stored below to match
            swissSet(m, wk, ref.get(wk)!);
          }
          w.push(wk);
        }
        return w;
      });
    }
    expect(get(m, k), `step ${step} key ${String(k)}`).toBe(ref.get(k));
    expect(swissLen(m)).toBe(ref.size);
    if (step % 500 === 499) {
      for (const [rk, rv] of ref) expect(get(m, rk)).toBe(rv);
      let tableUsed = 0;
      for (const t of distinctTables(m.dir)) tableUsed += t.used;
      if (m.dirLen > 0) expect(tableUsed).toBe(m.used);
    }
  }
  expect(ranges).toBeGreaterThan(0);
}

describe('the Swiss model agrees with a reference map', () => {
  for (const f of [ints, strs] as Array<Flavour<unknown>>) {
    for (const seed of [1, 2, 3, 4]) {
      it(`${f.name} keys, seed ${seed}`, () => property(f, seed));
      // Go 1.25+: inserts reclaim unneeded tombstones before they grow a table.
      it(`${f.name} keys, seed ${seed}, pruning tombstones`, () => property(f, seed, true));
    }
  }
});

describe('ranges during growth', () => {
  for (const f of [ints, strs] as Array<Flavour<unknown>>) {
    it(`${f.name} keys: inserting heavily mid-range through grows, splits and directory doublings`, () => {
      // From a small map (becomes a table mid-range), a 512-slot table (grows, then splits), a
      // 1024-slot one (splits), and a 4-table directory (splits, doubles again).
      for (const [seed, start] of [[5, 5], [6, 300], [7, 600], [8, 2000]]) {
        const m = makeSwissMap<unknown, number>({ id: 1, keys: f.ops, elemZero: 0, rand: new Rand(seed) });
        const ref = new Map<unknown, number>();
        for (let i = 0; i < start; i++) {
          swissSet(m, f.key(i), i);
          ref.set(f.key(i), i);
        }
        const depth = m.globalDepth;
        let next = start;
        rangeWithWrites(m, ref, (step) => {
          const w: unknown[] = [];
          // Keys added to tables not yet visited can be seen, and feed the loop (as in Go): cap them.
          for (let j = 0; j < 7 && next < start + 6000; j++) {
            const k = f.key(next++);
            swissSet(m, k, next);
            ref.set(k, next);
            w.push(k);
          }
          // Delete a few old keys too (they may or may not have been seen yet).
          if (step % 5 === 0) {
            const k = f.key(step);
            swissDelete(m, k);
            ref.delete(k);
            w.push(k);
          }
          return w;
        });
        if (start <= 8) expect(m.dirLen).toBeGreaterThan(0);
        else expect(m.globalDepth).toBeGreaterThan(depth);
      }
    });
  }
});
