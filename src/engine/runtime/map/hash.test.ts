// Key hashing: tophash markers, seeded determinism and spread, and Go equality per key type.
import { describe, expect, it } from 'vitest';
import { Rand } from '../../vm/rand.ts';
import { mapAccess } from './access.ts';
import { mapSet } from './assign.ts';
import { float64KeyOps, intKeyOps, stringKeyOps, structKeyOps, type KeyOps } from './hash.ts';
import { makeMap, mapLen } from './hmap.ts';
import { minTopHash, tophash } from './tophash.ts';

describe('hash and tophash', () => {
  it('tophash is the top byte, raised past the markers', () => {
    expect(tophash(0xff000000)).toBe(255);
    expect(tophash(0x05123456)).toBe(5);
    for (let top = 0; top < minTopHash; top++) expect(tophash(top << 24)).toBe(top + minTopHash);
  });

  it('hashes are deterministic per seed, differ across seeds, and spread over buckets', () => {
    const ops: Array<KeyOps<any>> = [intKeyOps, stringKeyOps];
    const keysFor = [(i: number) => i, (i: number) => `key-${i}`];
    ops.forEach((o, j) => {
      const counts = new Array(16).fill(0);
      let sameAcrossSeeds = 0;
      for (let i = 0; i < 4000; i++) {
        const k = keysFor[j](i);
        expect(o.hash(k, 7)).toBe(o.hash(k, 7));
        expect(Number.isInteger(o.hash(k, 7)) && o.hash(k, 7) >= 0 && o.hash(k, 7) < 2 ** 32).toBe(true);
        if (o.hash(k, 7) === o.hash(k, 8)) sameAcrossSeeds++;
        counts[o.hash(k, 7) & 15]++;
      }
      expect(sameAcrossSeeds).toBeLessThan(5);
      for (const c of counts) expect(c).toBeGreaterThan(150); // 250 expected per bucket
    });
  });

  it('negative and large integers are distinct keys', () => {
    const m = makeMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(1) });
    const keys = [0, -1, 1, 2 ** 32, -(2 ** 32), 2 ** 53 - 1, -(2 ** 53 - 1), 4294967295];
    keys.forEach((k, i) => mapSet(m, k, i + 1));
    expect(mapLen(m)).toBe(keys.length);
    keys.forEach((k, i) => expect(mapAccess(m, k, 0)).toMatchObject({ kind: 'ok', value: { elem: i + 1 } }));
  });

  it('struct keys compare field by field and print like %v', () => {
    const point = structKeyOps([intKeyOps, stringKeyOps]);
    const m = makeMap({ id: 1, keys: point, elemZero: 0, rand: new Rand(1) });
    mapSet(m, [1, 'a'], 1);
    mapSet(m, [1, 'b'], 2);
    mapSet(m, [1, 'a'], 3);
    expect(mapLen(m)).toBe(2);
    expect(mapAccess(m, [1, 'a'], 0)).toMatchObject({ kind: 'ok', value: { elem: 3 } });
    expect(point.show([1, 'a'])).toBe('{1 a}');
  });

  it('float keys: +0 and -0 are one key; NaN can be inserted many times and never found', () => {
    const rand = new Rand(2);
    const m = makeMap({ id: 1, keys: float64KeyOps(rand), elemZero: 0, rand });
    mapSet(m, 0, 1);
    mapSet(m, -0, 2);
    expect(mapLen(m)).toBe(1);
    for (let i = 0; i < 20; i++) mapSet(m, Number.NaN, i);
    expect(mapLen(m)).toBe(21);
    expect(mapAccess(m, Number.NaN, -1)).toMatchObject({ kind: 'ok', value: { found: false } });
  });

  it('an unhashable interface key panics before the write window opens', () => {
    type Iface = { type: string; value: unknown };
    const ifaceOps: KeyOps<Iface> = {
      hash: (k, seed) => stringKeyOps.hash(`${k.type}:${String(k.value)}`, seed),
      equal: (a, b) => a.type === b.type && a.value === b.value,
      show: (k) => String(k.value),
      hashPanic: (k) => (k.type === '[]int' ? 'runtime error: hash of unhashable type []int' : undefined),
    };
    const m = makeMap({ id: 1, keys: ifaceOps, elemZero: 0, rand: new Rand(1) });
    mapSet(m, { type: 'int', value: 1 }, 1);
    expect(mapSet(m, { type: '[]int', value: [1] }, 1)).toMatchObject({ kind: 'panic', message: 'runtime error: hash of unhashable type []int' });
    expect(m.flags).toBe(0);
    expect(mapAccess(m, { type: '[]int', value: [1] }, 0)).toMatchObject({ kind: 'panic' });
  });
});
