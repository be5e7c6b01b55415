// Key hashing: tophash markers, seeded determinism and spread, and Go equality per key type.
import { describe, expect, it } from 'vitest';
import { Rand } from '../../vm/rand.ts';
import { mapAccess } from './access.ts';
import { mapSet } from './assign.ts';
import { float64KeyOps, interfaceKeyOps, intKeyOps, stringKeyOps, structKeyOps, type KeyOps } from './hash.ts';
import { mapDelete } from './delete.ts';
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

  describe('interface keys', () => {
    // A stand-in for the VM's interface values: [dynamic type, value], or null for nil.
    type Iface = readonly [string, unknown] | null;
    const byType: Record<string, KeyOps<any> | null> = { int: intKeyOps, string: stringKeyOps, '[]int': null };
    const anyOps = interfaceKeyOps<Iface>((k) => (k === null ? null : { typeName: k[0], ops: byType[k[0]], value: k[1] }));
    const unhashable = 'runtime error: hash of unhashable type []int';

    it('keys are equal only when dynamic type and value are', () => {
      const m = makeMap<Iface, number>({ id: 1, keys: anyOps, elemZero: 0, rand: new Rand(1) });
      mapSet(m, ['int', 1], 1);
      mapSet(m, ['string', '1'], 2);
      mapSet(m, null, 3);
      mapSet(m, ['int', 1], 4);
      expect(mapLen(m)).toBe(3);
      expect(mapAccess(m, ['int', 1], 0)).toMatchObject({ kind: 'ok', value: { elem: 4 } });
      expect(mapAccess(m, null, 0)).toMatchObject({ kind: 'ok', value: { elem: 3 } });
      expect(anyOps.show(['string', 'x'])).toBe('x');
    });

    it('an unhashable dynamic type panics before the write window opens, with Go\'s message', () => {
      const m = makeMap<Iface, number>({ id: 1, keys: anyOps, elemZero: 0, rand: new Rand(1) });
      mapSet(m, ['int', 1], 1);
      expect(mapSet(m, ['[]int', [1]], 1)).toEqual({ done: true, kind: 'panic', message: unhashable });
      expect(m.flags).toBe(0);
      expect(mapAccess(m, ['[]int', [1]], 0)).toMatchObject({ kind: 'panic', message: unhashable });
      expect(mapDelete(m, ['[]int', [1]])).toMatchObject({ kind: 'panic', message: unhashable });
    });

    it('even on a nil map, as Go 1.23 does (m[[]int{1}] on a nil map[any]int panics)', () => {
      expect(mapAccess<Iface, number>(null, ['[]int', [1]], 0, anyOps)).toMatchObject({ kind: 'panic', message: unhashable });
      expect(mapDelete<Iface, number>(null, ['[]int', [1]], anyOps)).toMatchObject({ kind: 'panic', message: unhashable });
      expect(mapAccess<Iface, number>(null, ['int', 1], 0, anyOps)).toMatchObject({ kind: 'ok', value: { found: false } });
    });
  });
});
