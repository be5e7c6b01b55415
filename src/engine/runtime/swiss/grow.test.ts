// Growth at Go 1.24's thresholds: small → table at the 9th key, doubling when growthLeft is 0,
// splitting at 1024 slots, the directory doubling only when a table uses all its bits.
import { describe, expect, it } from 'vitest';
import { Rand } from '../../vm/rand.ts';
import { stringKeyOps } from '../map/hash.ts';
import { swissAccess } from './access.ts';
import { swissSet } from './assign.ts';
import { maxTableCapacity } from './ctrl.ts';
import { directoryIndex, distinctTables } from './directory.ts';
import { makeSwissMap, type SwissMap } from './swiss-map.ts';
import { intSwiss, RecordingSink } from './test-kit.ts';

function shape<K, V>(m: SwissMap<K, V>): string {
  if (m.dirLen === 0) return m.small === null ? 'unallocated' : 'small';
  return `depth ${m.globalDepth}: ` + distinctTables(m.dir).map((t) => `${t.capacity}@${t.index}/${t.localDepth}`).join(' ');
}

/** Checks the directory invariants: each table owns 2^(globalDepth-localDepth) entries from its index. */
function checkDirectory<K, V>(m: SwissMap<K, V>): void {
  expect(m.dirLen).toBe(2 ** m.globalDepth);
  for (const t of distinctTables(m.dir)) {
    const n = 2 ** (m.globalDepth - t.localDepth);
    expect(t.index % n).toBe(0);
    for (let i = 0; i < n; i++) expect(m.dir[t.index + i]).toBe(t);
  }
  let used = 0;
  for (const t of distinctTables(m.dir)) used += t.used;
  expect(used).toBe(m.used);
}

describe('growth thresholds', () => {
  it('stays small through 8 keys and becomes one 16-slot table at the 9th', () => {
    const m = intSwiss(4);
    expect(shape(m)).toBe('unallocated');
    for (let i = 0; i < 8; i++) {
      swissSet(m, i, i);
      expect(shape(m)).toBe('small');
    }
    swissSet(m, 3, 33); // an update of a present key, with used == 8
    // Go 1.24's mapassign grows a full small map before looking for the key, so even an update does.
    expect(shape(m)).toBe('depth 0: 16@0/0');
    expect(m.dir[0].used).toBe(8);
    expect(m.dir[0].growthLeft).toBe(14 - 8);
    expect(swissAccess(m, 3, 0)).toMatchObject({ value: { found: true, elem: 33 } });
  });

  it('a 9th distinct key turns the small map into a table with all 9 keys', () => {
    const m = intSwiss(5);
    for (let i = 0; i < 9; i++) swissSet(m, i * 1000, i);
    expect(shape(m)).toBe('depth 0: 16@0/0');
    expect(m.dir[0].used).toBe(9);
    for (let i = 0; i < 9; i++) expect(swissAccess(m, i * 1000, -1)).toMatchObject({ value: { found: true, elem: i } });
  });

  it('a table doubles exactly on the insert that finds growthLeft at 0, up to 1024 slots', () => {
    const m = intSwiss(6);
    const grewAt: Array<[number, number, number]> = [];
    for (let i = 0; i < 897; i++) {
      const before = m.dirLen > 0 ? m.dir[0] : null;
      const glBefore = before?.growthLeft;
      swissSet(m, i, i);
      if (before !== null && m.dir[0] !== before) {
        expect(glBefore).toBe(0);
        grewAt.push([i + 1, m.dir[0].capacity, m.dirLen]);
      }
    }
    // n-th insert (1-based), the capacity it produced, the directory length: 16 * 7/8 = 14 fit,
    // the 15th grows, …; 896 fit in 1024 slots and the 897th splits.
    expect(grewAt).toEqual([
      [15, 32, 1], [29, 64, 1], [57, 128, 1], [113, 256, 1], [225, 512, 1], [449, 1024, 1], [897, 1024, 2],
    ]);
  });

  it('a full 1024-slot table splits in two by the top hash bit, doubling the directory', () => {
    const sink = new RecordingSink<number, number>();
    const m = intSwiss(7, 0, sink);
    for (let i = 0; i < 896; i++) swissSet(m, i, i);
    expect(shape(m)).toBe('depth 0: 1024@0/0');
    expect(m.dir[0].growthLeft).toBe(0);
    swissSet(m, 896, 896);
    expect(shape(m)).toBe('depth 1: 1024@0/1 1024@1/1');
    checkDirectory(m);
    // Each half holds exactly the keys whose top hash bit sends them there.
    for (let k = 0; k <= 896; k++) {
      const side = m.keys.hash(k, m.seed) >>> 31;
      expect(m.dir[directoryIndex(m, m.keys.hash(k, m.seed) >>> 0)]).toBe(m.dir[side]);
    }
    const kinds = sink.kinds().filter((k) => k === 'swiss.directory.doubled' || k === 'swiss.table.split');
    expect(kinds).toEqual(['swiss.directory.doubled', 'swiss.table.split']);
  });

  it('a table with localDepth < globalDepth splits without doubling the directory', () => {
    const m = intSwiss(8);
    let doubled = 0;
    let splitsWithout = 0;
    let depth = 0;
    let tables = 0;
    for (let i = 0; i < 20000; i++) {
      swissSet(m, i, i);
      const n = distinctTables(m.dir).length;
      if (n > tables && tables > 0) {
        if (m.globalDepth > depth) doubled++;
        else splitsWithout++;
      }
      tables = n;
      depth = m.globalDepth;
    }
    checkDirectory(m);
    expect(doubled).toBe(m.globalDepth);
    expect(splitsWithout).toBe(tables - 1 - doubled);
    expect(splitsWithout).toBeGreaterThan(0);
    for (const t of distinctTables(m.dir)) expect(t.capacity).toBe(maxTableCapacity);
  });

  it('every key is findable after each split (int and string keys)', () => {
    for (const strings of [false, true]) {
      const rnd = new Rand(strings ? 11 : 12);
      const m = makeSwissMap<string | number, number>({
        id: 1, keys: strings ? (stringKeyOps as never) : (intSwiss(1).keys as never), elemZero: 0, rand: rnd,
      });
      const key = (i: number) => (strings ? `k${i}` : i * 7919);
      let tables = 0;
      for (let i = 0; i < 12000; i++) {
        swissSet(m, key(i), i);
        const n = distinctTables(m.dir).length;
        if (n !== tables && n > 1) {
          tables = n;
          checkDirectory(m);
          const lost: number[] = [];
          for (let j = 0; j <= i; j++) {
            const r = swissAccess(m, key(j), -1);
            if (r.kind !== 'ok' || !r.value.found || r.value.elem !== j) lost.push(j);
          }
          expect(lost, `after the split at insert ${i + 1}`).toEqual([]);
        }
      }
      expect(tables).toBeGreaterThan(8);
    }
  });
});

describe('make with a size hint', () => {
  it('allocates nothing up to 8, else tables sized for hint*8/7 (Go\'s NewMap)', () => {
    expect(shape(intSwiss(1, 8))).toBe('unallocated');
    expect(shape(intSwiss(1, 9))).toBe('depth 0: 16@0/0');
    expect(shape(intSwiss(1, 100))).toBe('depth 0: 128@0/0');
    expect(shape(intSwiss(1, 896))).toBe('depth 0: 1024@0/0');
    // 897 * 8/7 = 1025 slots wanted: two tables of 1025/2 → 512 each.
    expect(shape(intSwiss(1, 897))).toBe('depth 1: 512@0/1 512@1/1');
    expect(shape(intSwiss(1, 3000))).toBe('depth 2: 1024@0/2 1024@1/2 1024@2/2 1024@3/2');
    // Absurd hints are capped, not allocated: the map still works and grows past them.
    const huge = intSwiss(1, 1e12);
    expect(huge.dirLen).toBe(64);
    for (const bad of [-1, NaN, Infinity]) expect(shape(intSwiss(1, bad))).toBe('unallocated');
  });

  it('a hinted map takes hint entries without any rehash', () => {
    const sink = new RecordingSink<number, number>();
    const m = intSwiss(3, 5000, sink);
    for (let i = 0; i < 5000; i++) swissSet(m, i, i);
    expect(sink.kinds().filter((k) => k.startsWith('swiss.table.') || k === 'swiss.directory.doubled')).toEqual([]);
  });
});
