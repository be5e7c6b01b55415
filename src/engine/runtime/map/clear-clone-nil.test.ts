// nil maps, clear(m) and maps.Clone (go-facts §1.10, §1.12).
import { describe, expect, it } from 'vitest';
import { mapAccess } from './access.ts';
import { mapSet } from './assign.ts';
import { mapClear } from './clear.ts';
import { mapClone } from './clone.ts';
import { mapDelete } from './delete.ts';
import { sameSizeGrow } from './flags.ts';
import { mapLen, type Hmap } from './hmap.ts';
import { pictureMap } from './inspect.ts';
import { mapIterInit, mapIterNext } from './iterate.ts';
import { msgNilMapAssign } from './map-op.ts';
import { identityMap, intMap } from './test-kit.ts';

function contents(m: Hmap<number, number> | null): Map<number, number> {
  const out = new Map<number, number>();
  let r = mapIterInit(m);
  while (r.kind === 'ok' && !r.value.done) {
    out.set(r.value.key!, r.value.elem!);
    r = mapIterNext(r.value);
  }
  return out;
}

describe('nil map', () => {
  it('reads the zero value, has len 0, deletes nothing, ranges zero times', () => {
    expect(mapAccess<number, string>(null, 1, '')).toMatchObject({ kind: 'ok', value: { elem: '', found: false } });
    expect(mapLen(null)).toBe(0);
    expect(mapDelete(null, 1)).toMatchObject({ kind: 'ok' });
    expect(contents(null).size).toBe(0);
    expect(mapClear(null)).toMatchObject({ kind: 'ok' });
  });

  it('assignment panics with Go\'s message (a recoverable runtime panic, not a fatal)', () => {
    expect(mapSet<number, number>(null, 1, 1)).toEqual({ done: true, kind: 'panic', message: 'assignment to entry in nil map' });
    expect(msgNilMapAssign).toBe('assignment to entry in nil map');
  });

  it('maps.Clone(nil) is nil', () => {
    expect(mapClone<number, number>(null, 2)).toEqual({ done: true, kind: 'ok', value: null });
  });
});

describe('clear', () => {
  it('empties the map but keeps B and the bucket array, with a new hash0', () => {
    const m = intMap(3);
    for (let i = 0; i < 102; i++) mapSet(m, i, i);
    const B = m.B;
    const ids = pictureMap(m)!.buckets.map((b) => b.id);
    const seed = m.hash0;
    mapClear(m);
    expect(mapLen(m)).toBe(0);
    expect(m.B).toBe(B);
    expect(pictureMap(m)!.buckets.map((b) => b.id)).toEqual(ids);
    expect(m.hash0).not.toBe(seed);
    expect(m.noverflow).toBe(0);
    expect(m.nevacuate).toBe(0);
    expect(m.growing()).toBe(false);
    expect(contents(m).size).toBe(0);
    for (let i = 0; i < 102; i++) expect(mapAccess(m, i, -1)).toMatchObject({ kind: 'ok', value: { found: false, elem: 0 } });
    // Usable afterwards.
    mapSet(m, 7, 70);
    expect(contents(m)).toEqual(new Map([[7, 70]]));
  });

  it('mid-grow: drops the old array and sameSizeGrow', () => {
    const m = intMap(4);
    for (let i = 0; i < 53; i++) mapSet(m, i, i);
    expect(m.growing()).toBe(true);
    mapClear(m);
    expect(m.growing()).toBe(false);
    expect(m.flags & sameSizeGrow).toBe(0);
    expect(mapLen(m)).toBe(0);
  });

  it('removes NaN keys, which no delete can reach', async () => {
    const { float64KeyOps } = await import('./hash.ts');
    const { makeMap } = await import('./hmap.ts');
    const { Rand } = await import('../../vm/rand.ts');
    const rand = new Rand(1);
    const m = makeMap({ id: 1, keys: float64KeyOps(rand), elemZero: 0, rand });
    mapSet(m, Number.NaN, 1);
    mapSet(m, Number.NaN, 2);
    mapSet(m, 1.5, 3);
    expect(mapLen(m)).toBe(3);
    mapDelete(m, Number.NaN);
    expect(mapLen(m)).toBe(3);
    mapClear(m);
    expect(mapLen(m)).toBe(0);
  });
});

describe('maps.Clone', () => {
  it('copies every entry and shares nothing with the source', () => {
    for (const n of [0, 1, 8, 9, 50, 300]) {
      const m = intMap(n + 1);
      for (let i = 0; i < n; i++) mapSet(m, i, i * 3);
      const r = mapClone(m, 2);
      expect(r.kind).toBe('ok');
      const c = r.kind === 'ok' ? r.value! : null;
      expect(mapLen(c)).toBe(n);
      expect(contents(c)).toEqual(contents(m));
      expect(c!.hash0).toBe(m.hash0);
      mapSet(c, 1, 999);
      mapSet(c, 10_000, 1);
      expect(mapAccess(m, 10_000, 0)).toMatchObject({ kind: 'ok', value: { found: false } });
      if (n > 1) expect(mapAccess(m, 1, 0)).toMatchObject({ kind: 'ok', value: { elem: 3 } });
    }
  });

  it('clones a map in the middle of a doubling grow (old buckets rehashed or appended)', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const m = intMap(seed);
      for (let i = 0; i < 105; i++) mapSet(m, i, i);
      expect(m.growing()).toBe(true);
      const r = mapClone(m, 2);
      expect(r.kind).toBe('ok');
      const c = r.kind === 'ok' ? r.value! : null;
      expect(contents(c)).toEqual(contents(m));
      for (let i = 0; i < 105; i++) expect(mapAccess(c, i, -1)).toMatchObject({ kind: 'ok', value: { found: true, elem: i } });
    }
  });

  it('clones a map after deletes (smaller clone than source) and mid same-size grow', () => {
    const m = identityMap(1, 20);
    for (let b = 0; b < 4; b++) {
      const keys = Array.from({ length: 9 }, (_, j) => b + 4 * (j + 1));
      for (const k of keys) mapSet(m, k, k);
      for (const k of keys.slice(0, 8)) mapDelete(m, k);
    }
    mapSet(m, 1001, 1001);
    expect(m.flags & sameSizeGrow).toBe(sameSizeGrow);
    const r = mapClone(m, 2);
    const c = r.kind === 'ok' ? r.value! : null;
    expect(contents(c)).toEqual(contents(m));
    expect(c!.B).toBeLessThanOrEqual(m.B);
  });
});
