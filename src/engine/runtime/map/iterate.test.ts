// Range over a map: random start, growth mid-loop, mutation during iteration (go-facts §1.11).
import { describe, expect, it } from 'vitest';
import { mapSet } from './assign.ts';
import { mapClear } from './clear.ts';
import { mapDelete } from './delete.ts';
import { iterator, oldIterator } from './flags.ts';
import { mapLen, type Hmap } from './hmap.ts';
import { mapIterInit, mapIterNext, type MapIter } from './iterate.ts';
import { intMap } from './test-kit.ts';

/** Ranges over m, calling body(key) at each step; returns the keys in order. */
function range(m: Hmap<number, number> | null, body: (k: number, it: MapIter<number, number>) => void = () => {}): number[] {
  const keys: number[] = [];
  let r = mapIterInit(m);
  while (r.kind === 'ok' && !r.value.done) {
    keys.push(r.value.key!);
    body(r.value.key!, r.value);
    r = mapIterNext(r.value);
  }
  if (r.kind !== 'ok') throw new Error(r.message);
  return keys;
}

describe('iteration order', () => {
  it('a one-bucket map only ever shows the 8 rotations of its slot order', () => {
    const m = intMap(4);
    for (let i = 0; i < 8; i++) mapSet(m, i, i);
    const base = range(m);
    const rotations = new Set<string>();
    for (let r = 0; r < 8; r++) rotations.add([...base.slice(r), ...base.slice(0, r)].join(','));
    const orders = new Set<string>();
    for (let i = 0; i < 200; i++) orders.add(range(m).join(','));
    for (const o of orders) expect(rotations.has(o)).toBe(true);
    // The offset comes from the PRNG, so more than one rotation turns up.
    expect(orders.size).toBeGreaterThan(1);
  });

  it('bigger maps start at different buckets and visit whole buckets together', () => {
    const m = intMap(9);
    for (let i = 0; i < 20; i++) mapSet(m, i, i);
    expect(m.B).toBe(2);
    const orders = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const keys = range(m);
      expect([...keys].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, j) => j));
      orders.add(keys.join(','));
    }
    expect(orders.size).toBeGreaterThan(2);
  });

  it('is the same for the same seed (deterministic)', () => {
    const orderFor = (seed: number) => {
      const m = intMap(seed);
      for (let i = 0; i < 50; i++) mapSet(m, i, i);
      return [range(m), range(m), range(m)].map((k) => k.join(',')).join('|');
    };
    expect(orderFor(5)).toBe(orderFor(5));
    expect(orderFor(5)).not.toBe(orderFor(6));
  });
});

describe('flags', () => {
  it('range sets iterator|oldIterator and never clears them (hmapspy: 0, 3, 3)', () => {
    const m = intMap(1);
    for (let i = 0; i < 5; i++) mapSet(m, i, i);
    expect(m.flags).toBe(0);
    let during = -1;
    range(m, () => (during = m.flags));
    expect(during).toBe(iterator | oldIterator);
    expect(m.flags).toBe(iterator | oldIterator);
  });

  it('nil and empty maps: range runs zero times and leaves flags alone', () => {
    expect(range(null)).toEqual([]);
    const m = intMap(1);
    expect(range(m)).toEqual([]);
    expect(m.flags).toBe(0);
  });
});

describe('mutation during iteration (iterdelete)', () => {
  it('deleting all other keys at the first step ends the loop after 1 element', () => {
    const m = intMap(2);
    for (let i = 0; i < 30; i++) mapSet(m, i, i);
    let first = true;
    const visited = range(m, (k) => {
      if (!first) return;
      first = false;
      for (let i = 0; i < 30; i++) if (i !== k) mapDelete(m, i);
    });
    expect(visited.length).toBe(1);
    expect(mapLen(m)).toBe(1);
  });

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`adding a key per step to an 8-key map grows it and the new keys are not visited (seed ${seed})`, () => {
      const m = intMap(seed);
      for (let i = 0; i < 8; i++) mapSet(m, i, i);
      let next = 100;
      const visited = range(m, () => mapSet(m, next++, 0));
      expect(visited.length).toBe(8);
      expect(visited.every((k) => k < 8)).toBe(true);
      expect(mapLen(m)).toBe(16);
    });
  }

  it('deleting the current key at every step empties the map', () => {
    const m = intMap(3);
    for (let i = 0; i < 40; i++) mapSet(m, i, i);
    const visited = range(m, (k) => mapDelete(m, k));
    expect(visited.length).toBe(40);
    expect(mapLen(m)).toBe(0);
  });

  it('an iterator started mid-grow sees every key once, filtering old buckets by destination', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const m = intMap(seed);
      for (let i = 0; i < 53; i++) mapSet(m, i, i); // the 53rd insert starts the 8 → 16 grow
      expect(m.growing()).toBe(true);
      const visited = range(m);
      expect(visited.length).toBe(53);
      expect(new Set(visited).size).toBe(53);
    }
  });

  it('an iterator on the old array returns current values of moved entries and skips deleted ones', () => {
    const m = intMap(8);
    for (let i = 0; i < 26; i++) mapSet(m, i, i); // B = 2, one insert short of growing
    const r = mapIterInit(m);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    const it = r.value;
    const seen = new Map<number, number>([[it.key!, it.elem!]]);
    mapSet(m, 1000, 0); // starts the grow
    expect(m.growing()).toBe(true);
    for (let i = 0; i < 26; i++) if (!seen.has(i)) mapSet(m, i, i + 500); // updates, evacuating as they go
    const gone = [...Array(26).keys()].filter((k) => !seen.has(k)).slice(0, 3);
    for (const k of gone) mapDelete(m, k);
    for (let s = mapIterNext(it); s.kind === 'ok' && !s.value.done; s = mapIterNext(it)) seen.set(s.value.key!, s.value.elem!);
    expect(seen.has(1000)).toBe(false);
    for (const k of gone) expect(seen.has(k)).toBe(false);
    expect(seen.size).toBe(26 - gone.length);
    for (const [k, v] of seen) if (k !== [...seen.keys()][0]) expect(v).toBe(k + 500);
  });

  it('clear during range stops it (Go 1.21+: 3 iterations when cleared at the 3rd)', () => {
    const m = intMap(6);
    for (let i = 0; i < 100; i++) mapSet(m, i, i);
    let n = 0;
    range(m, () => {
      n++;
      if (n === 3) mapClear(m);
    });
    expect(n).toBe(3);
    expect(mapLen(m)).toBe(0);
  });
});

describe('NaN keys (k != k)', () => {
  it('a range across a grow yields every NaN entry once: evacuation and iterator agree on the low tophash bit', async () => {
    const { float64KeyOps } = await import('./hash.ts');
    const { makeMap } = await import('./hmap.ts');
    const { Rand } = await import('../../vm/rand.ts');
    for (let seed = 1; seed <= 10; seed++) {
      const rand = new Rand(seed);
      const m = makeMap({ id: 1, keys: float64KeyOps(rand), elemZero: 0, rand });
      for (let i = 0; i < 6; i++) mapSet(m, Number.NaN, 100 + i);
      for (let i = 0; i < 46; i++) mapSet(m, i + 0.5, i);
      // 52 entries, B = 3: the next insert starts a grow; start the range mid-grow, then keep writing.
      mapSet(m, 1000.5, -1);
      expect(m.growing()).toBe(true);
      const nan: number[] = [];
      const nums = new Set<number>();
      let extra = 2000.5;
      let r = mapIterInit(m);
      while (r.kind === 'ok' && !r.value.done) {
        const k = r.value.key!;
        if (k !== k) nan.push(r.value.elem!);
        else {
          expect(nums.has(k)).toBe(false);
          nums.add(k);
        }
        mapSet(m, extra++, 0); // evacuates as the loop goes
        r = mapIterNext(r.value);
      }
      expect(r.kind).toBe('ok');
      expect(nan.sort()).toEqual([100, 101, 102, 103, 104, 105]);
      for (let i = 0; i < 46; i++) expect(nums.has(i + 0.5)).toBe(true);
    }
  });
});
