// clear keeps the map's shape and empties it; maps.Clone copies layouts exactly and is independent after.
import { describe, expect, it } from 'vitest';
import { interfaceKeyOps } from '../map/hash.ts';
import { Rand } from '../../vm/rand.ts';
import { swissAccess } from './access.ts';
import { swissSet } from './assign.ts';
import { swissClear } from './clear.ts';
import { swissClone } from './clone.ts';
import { ctrlDeleted, ctrlEmpty, maxGrowthLeft } from './index.ts';
import { swissDelete } from './delete.ts';
import { distinctTables } from './directory.ts';
import { makeSwissMap, swissLen, type SwissMap } from './swiss-map.ts';
import { intSwiss } from './test-kit.ts';

function filled(n: number, seed = 1): SwissMap<number, number> {
  const m = intSwiss(seed);
  for (let i = 0; i < n; i++) swissSet(m, i, i * 3);
  return m;
}

describe('clear', () => {
  for (const n of [5, 100, 5000]) {
    it(`empties a map of ${n} in place: same directory and capacities, growthLeft restored, new seed`, () => {
      const m = filled(n);
      for (let i = 0; i < n; i += 3) swissDelete(m, i); // leave tombstones behind
      const dir = m.dir.slice();
      const caps = distinctTables(m.dir).map((t) => t.capacity);
      const seed = m.seed;
      expect(swissClear(m).kind).toBe('ok');
      expect(swissLen(m)).toBe(0);
      expect(m.clearSeq).toBe(1);
      expect(m.seed).not.toBe(seed);
      expect(m.dir).toEqual(dir);
      expect(distinctTables(m.dir).map((t) => t.capacity)).toEqual(caps);
      for (const t of distinctTables(m.dir)) {
        expect(t.used).toBe(0);
        expect(t.growthLeft).toBe(maxGrowthLeft(t.capacity));
        expect(Array.from(t.groups.ctrl).every((c) => c === ctrlEmpty)).toBe(true);
      }
      if (m.small) expect(Array.from(m.small.ctrl).every((c) => c === ctrlEmpty)).toBe(true);
      for (let i = 0; i < n; i++) expect(swissAccess(m, i, -1)).toMatchObject({ value: { found: false, elem: 0 } });
      swissSet(m, 7, 70);
      expect(swissAccess(m, 7, 0)).toMatchObject({ value: { found: true, elem: 70 } });
    });
  }

  it('clearing a nil or empty map does nothing and draws nothing', () => {
    const m = intSwiss(1);
    const seed = m.seed;
    expect(swissClear(m).kind).toBe('ok');
    expect(m.seed).toBe(seed);
    expect(m.clearSeq).toBe(0);
    expect(swissClear<number, number>(null).kind).toBe('ok');
  });
});

describe('clone', () => {
  for (const n of [0, 6, 300, 4000]) {
    it(`copies a map of ${n}: same seed, layout and tombstones; independent afterwards`, () => {
      const m = filled(n);
      for (let i = 0; i < n; i += 4) swissDelete(m, i);
      const r = swissClone(m, 2);
      expect(r.kind).toBe('ok');
      if (r.kind !== 'ok') return;
      const c = r.value!;
      expect(c.id).toBe(2);
      expect([c.seed, c.used, c.globalDepth, c.dirLen]).toEqual([m.seed, m.used, m.globalDepth, m.dirLen]);
      const src = distinctTables(m.dir);
      const dst = distinctTables(c.dir);
      expect(dst.map((t) => [t.capacity, t.used, t.growthLeft, t.index, t.localDepth])).toEqual(
        src.map((t) => [t.capacity, t.used, t.growthLeft, t.index, t.localDepth]),
      );
      for (let i = 0; i < src.length; i++) {
        expect(dst[i]).not.toBe(src[i]);
        expect(Array.from(dst[i].groups.ctrl)).toEqual(Array.from(src[i].groups.ctrl));
      }
      if (n >= 300) expect(src.some((t) => Array.from(t.groups.ctrl).includes(ctrlDeleted))).toBe(true);
      for (let i = 0; i < n; i++) {
        const a = swissAccess(m, i, -1);
        const b = swissAccess(c, i, -1);
        expect(a.kind === 'ok' && b.kind === 'ok' && a.value.found === b.value.found && a.value.elem === b.value.elem).toBe(true);
      }
      // Writes to either side stay on that side, through growth and splits.
      for (let i = n; i < n + 2000; i++) swissSet(c, i, 1);
      swissSet(m, 1, 999);
      expect(swissLen(m)).toBe(n === 0 ? 1 : m.used);
      expect(swissAccess(m, n + 5, -1)).toMatchObject({ value: { found: false } });
      if (n > 1) expect(swissAccess(c, 1, -1)).toMatchObject({ value: { found: true, elem: 3 } });
      // Table ids in the clone are its own, so new tables never collide with copied ones.
      const ids = distinctTables(c.dir).map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  }

  it('clone of nil is nil', () => {
    expect(swissClone<number, number>(null, 2)).toEqual({ done: true, kind: 'ok', value: null });
  });
});

describe('bad keys', () => {
  it('an unhashable interface key panics before writing is touched, also on nil and empty maps', () => {
    type Dyn = { t: string; v: unknown };
    const keys = interfaceKeyOps<Dyn>((k) => ({ typeName: k.t, ops: null, value: k.v }));
    const msg = 'runtime error: hash of unhashable type []int';
    const m = makeSwissMap<Dyn, number>({ id: 1, keys, elemZero: 0, rand: new Rand(1) });
    const bad = { t: '[]int', v: [1] };
    expect(swissSet(m, bad, 1)).toEqual({ done: true, kind: 'panic', message: msg });
    expect(m.writing).toBe(0);
    expect(swissAccess(m, bad, 0)).toEqual({ done: true, kind: 'panic', message: msg });
    expect(swissAccess<Dyn, number>(null, bad, 0, keys)).toEqual({ done: true, kind: 'panic', message: msg });
    expect(swissDelete<Dyn, number>(null, bad, keys)).toEqual({ done: true, kind: 'panic', message: msg });
  });
});
