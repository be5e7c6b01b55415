// Seeded random operation sequences checked against a JS Map: len and the touched key after every
// step, every key and a full range every 97 steps.
import { describe, expect, it } from 'vitest';
import { Rand } from '../../vm/rand.ts';
import { mapAccess, mapAccessK } from './access.ts';
import { mapAssignOp, mapSet, storeElem } from './assign.ts';
import { mapDelete, mapDeleteOp } from './delete.ts';
import { mapLen, type Hmap } from './hmap.ts';
import { mapIterInit, mapIterNext, type MapIter } from './iterate.ts';
import { intMap } from './test-kit.ts';

function get(m: Hmap<number, number>, k: number): { v: number; found: boolean } {
  const r = mapAccess(m, k, 0);
  if (r.kind !== 'ok') throw new Error(`unexpected ${r.kind}: ${r.message}`);
  return { v: r.value.elem, found: r.value.found };
}

function checkAll(m: Hmap<number, number>, ref: Map<number, number>, keySpace: number): void {
  expect(mapLen(m)).toBe(ref.size);
  for (let k = 0; k < keySpace; k++) {
    const got = get(m, k);
    expect(got.found, `key ${k} presence`).toBe(ref.has(k));
    expect(got.v, `key ${k} value`).toBe(ref.get(k) ?? 0);
  }
}

function iterateAll(m: Hmap<number, number>): Map<number, number> {
  const seen = new Map<number, number>();
  let r = mapIterInit(m);
  while (r.kind === 'ok' && !r.value.done) {
    expect(seen.has(r.value.key!), `key ${r.value.key} yielded twice`).toBe(false);
    seen.set(r.value.key!, r.value.elem!);
    r = mapIterNext(r.value);
  }
  expect(r.kind).toBe('ok');
  return seen;
}

describe('the model agrees with a reference map', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`random insert/update/delete/lookup/iterate, seed ${seed}`, () => {
      const rnd = new Rand(seed * 7919);
      const m = intMap(seed);
      const ref = new Map<number, number>();
      // Key space and delete bias shift over time so maps grow big, shrink, and regrow.
      const keySpace = 40 + rnd.intn(400);
      let grows = 0;
      let lastB = m.B;
      for (let step = 0; step < 4000; step++) {
        const phase = Math.floor(step / 1000);
        const deleteBias = phase % 2 === 0 ? 2 : 6;
        const op = rnd.intn(10);
        const k = rnd.intn(keySpace);
        if (op < deleteBias) {
          mapDelete(m, k);
          ref.delete(k);
        } else if (op < 8) {
          const v = rnd.intn(1_000_000);
          expect(mapSet(m, k, v).kind).toBe('ok');
          ref.set(k, v);
        } else {
          const got = get(m, k);
          expect(got.found).toBe(ref.has(k));
          expect(got.v).toBe(ref.get(k) ?? 0);
        }
        if (m.B !== lastB) {
          grows++;
          lastB = m.B;
        }
        expect(mapLen(m)).toBe(ref.size);
        if (step % 97 === 0) {
          checkAll(m, ref, keySpace);
          expect(iterateAll(m)).toEqual(ref);
        }
      }
      checkAll(m, ref, keySpace);
      expect(iterateAll(m)).toEqual(ref);
      expect(grows).toBeGreaterThan(0);
    });
  }

  for (const seed of [11, 12, 13, 14, 15, 16]) {
    it(`iteration with writes between steps yields live keys at most once, seed ${seed}`, () => {
      const rnd = new Rand(seed);
      const m = intMap(seed);
      const ref = new Map<number, number>();
      const n = 5 + rnd.intn(120);
      for (let i = 0; i < n; i++) {
        mapSet(m, i, i);
        ref.set(i, i);
      }
      const atStart = new Set(ref.keys());
      const deleted = new Set<number>();
      const seen = new Set<number>();
      let r = mapIterInit(m);
      let guard = 0;
      while (r.kind === 'ok' && !r.value.done && guard++ < 10_000) {
        const it: MapIter<number, number> = r.value;
        const k = it.key!;
        expect(seen.has(k), `key ${k} twice`).toBe(false);
        seen.add(k);
        // Whatever is returned exists now and carries its current value.
        expect(ref.has(k)).toBe(true);
        expect(it.elem).toBe(ref.get(k));
        // Mutate between steps: inserts (which may grow the map mid-iteration), updates, deletes.
        for (let j = rnd.intn(3); j >= 0; j--) {
          const op = rnd.intn(3);
          if (op === 0) {
            const nk = 1000 + rnd.intn(1000);
            mapSet(m, nk, nk);
            ref.set(nk, nk);
          } else if (op === 1 && ref.size > 0) {
            const keys = [...ref.keys()];
            const dk = keys[rnd.intn(keys.length)];
            mapDelete(m, dk);
            ref.delete(dk);
            deleted.add(dk);
          } else {
            const keys = [...ref.keys()];
            if (keys.length > 0) {
              const uk = keys[rnd.intn(keys.length)];
              mapSet(m, uk, -uk);
              ref.set(uk, -uk);
            }
          }
        }
        r = mapIterNext(it);
      }
      expect(r.kind).toBe('ok');
      // Keys present from start to end, never deleted, are produced exactly once.
      for (const k of atStart) if (!deleted.has(k) && ref.has(k)) expect(seen.has(k), `missed ${k}`).toBe(true);
      // A deleted key is never produced after its delete (checked above via ref.has at yield time).
    });
  }
});

describe('every key stays findable at every phase of a write', () => {
  it('between any two phases of inserts and deletes through a long growth', () => {
    const rnd = new Rand(99);
    const m = intMap(99);
    const ref = new Map<number, number>();
    let phasesChecked = 0;
    const lost: string[] = [];
    for (let step = 0; step < 700; step++) {
      const k = rnd.intn(600);
      const isDelete = rnd.intn(4) === 0;
      const op = isDelete ? mapDeleteOp(m, k) : mapAssignOp(m, k);
      for (;;) {
        const r = op.step();
        // Between phases, every key written before this op is still where a lookup finds it.
        // (mapAccessK has no flag check, like the iterator's internal lookup.)
        for (const key of ref.keys()) {
          if (key !== k && mapAccessK(m, key) === null) lost.push(`key ${key} after phase ${r.done ? 'end' : r.phase} of op ${step}`);
        }
        phasesChecked++;
        if (r.done) {
          expect(r.kind).toBe('ok');
          if (!isDelete && r.kind === 'ok') storeElem(m, r.value as never, k);
          break;
        }
      }
      if (isDelete) ref.delete(k);
      else ref.set(k, k);
      expect(mapAccessK(m, k) !== null).toBe(ref.has(k));
    }
    expect(lost).toEqual([]);
    expect(phasesChecked).toBeGreaterThan(2000);
    expect(m.B).toBeGreaterThanOrEqual(6);
  });
});
