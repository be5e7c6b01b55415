// Growth: Go's exact thresholds, make hints, incremental evacuation pace, and same-size grow.
import { describe, expect, it } from 'vitest';
import { mapAccess, mapAccessK } from './access.ts';
import { mapSet } from './assign.ts';
import { mapDelete } from './delete.ts';
import { sameSizeGrow } from './flags.ts';
import { overLoadFactor, tooManyOverflowBuckets } from './grow.ts';
import { makeMap } from './hmap.ts';
import { intKeyOps } from './hash.ts';
import { Rand } from '../../vm/rand.ts';
import { identityMap, intMap } from './test-kit.ts';
import { pictureMap } from './inspect.ts';
import type { Hmap } from './hmap.ts';

/** Old buckets whose slot 0 carries an evacuation mark (2, 3 or 4). */
function evacuatedOld(m: Hmap<number, number>): number {
  return pictureMap(m)!.oldbuckets!.filter((b) => b.tophash[0] >= 2 && b.tophash[0] <= 4).length;
}

describe('growth thresholds (Go 1.19/1.23, load factor 6.5)', () => {
  it('overLoadFactor matches Go: more than 8 and more than 13 * 2^B/2', () => {
    // Boundary values taken from go-facts §1.6: the count at which each B becomes overloaded.
    const firstOverloaded: Record<number, number> = { 0: 9, 1: 14, 2: 27, 3: 53, 4: 105, 5: 209 };
    for (const [B, n] of Object.entries(firstOverloaded)) {
      expect(overLoadFactor(n - 1, Number(B))).toBe(false);
      expect(overLoadFactor(n, Number(B))).toBe(true);
    }
  });

  it('starts each doubling grow on the insert Go starts it on (9, 14, 27, 53, 105, 209, 417)', () => {
    const m = intMap(3);
    const growsAt: number[] = [];
    let lastB = m.B;
    for (let i = 1; i <= 500; i++) {
      const r = mapSet(m, i, i);
      expect(r.kind).toBe('ok');
      if (m.B !== lastB) {
        growsAt.push(i);
        expect(m.B).toBe(lastB + 1);
        lastB = m.B;
      }
    }
    expect(growsAt).toEqual([9, 14, 27, 53, 105, 209, 417]);
  });

  it('finishes the 1→2 and 2→4 bucket grows within the insert that starts them, as hmapspy shows', () => {
    // growWork moves the key's own old bucket and the one at nevacuate: with 1 or 2 old buckets
    // that is all of them, whatever the hashes (hmapspy: after #9 nevacuate=1, after #14 nevacuate=2).
    for (let seed = 1; seed <= 20; seed++) {
      const m = intMap(seed);
      for (let i = 1; i <= 9; i++) mapSet(m, i, i);
      expect(m.B).toBe(1);
      expect(m.growing()).toBe(false);
      expect(m.nevacuate).toBe(1);
      for (let i = 10; i <= 14; i++) mapSet(m, i, i);
      expect(m.B).toBe(2);
      expect(m.growing()).toBe(false);
      expect(m.nevacuate).toBe(2);
      // The 4 → 8 grow cannot finish in one write: at most 2 of 4 old buckets move.
      for (let i = 15; i <= 27; i++) mapSet(m, i, i);
      expect(m.B).toBe(3);
      expect(m.growing()).toBe(true);
      expect(m.nevacuate).toBeLessThanOrEqual(2);
    }
  });

  it('evacuates at most two old buckets per write while growing', () => {
    const m = intMap(11);
    for (let i = 1; i <= 52; i++) mapSet(m, i, i);
    expect(m.B).toBe(3);
    mapSet(m, 53, 53); // starts the 8 → 16 grow
    expect(m.B).toBe(4);
    expect(m.growing()).toBe(true);
    let writes = 1;
    while (m.growing()) {
      const evacuatedBefore = evacuatedOld(m);
      mapSet(m, 1000 + writes, 0);
      writes++;
      const evacuatedAfter = m.growing() ? evacuatedOld(m) : 8;
      expect(evacuatedAfter - evacuatedBefore).toBeLessThanOrEqual(2);
    }
    // 8 old buckets at ≤ 2 per write: at least 4 writes.
    expect(writes).toBeGreaterThanOrEqual(4);
  });

  it('never grows on an overwrite of an existing key', () => {
    const m = intMap(2);
    for (let i = 1; i <= 8; i++) mapSet(m, i, i);
    for (let round = 0; round < 5; round++) for (let i = 1; i <= 8; i++) mapSet(m, i, round);
    expect(m.B).toBe(0);
    expect(m.growing()).toBe(false);
  });

  it('make(map, hint) picks the B Go picks (hmapspy hints)', () => {
    const cases: Array<[number, number]> = [[0, 0], [8, 0], [9, 1], [13, 1], [14, 2], [26, 2], [27, 3], [52, 3], [53, 4], [100, 4], [1000, 8]];
    for (const [hint, B] of cases) {
      const m = makeMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(1), hint });
      expect(m.B, `hint ${hint}`).toBe(B);
      // B = 0 maps allocate their bucket lazily, on the first write.
      expect(m.buckets === null).toBe(B === 0);
    }
  });

  it('treats bad hints as 0 and caps huge ones instead of allocating without bound', () => {
    for (const hint of [-5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(makeMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(1), hint }).B).toBe(0);
    }
    expect(makeMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(1), hint: 1e12 }).B).toBe(16);
  });
});

describe('same-size grow', () => {
  it('tooManyOverflowBuckets: noverflow ≥ 2^min(B,15)', () => {
    expect(tooManyOverflowBuckets(3, 2)).toBe(false);
    expect(tooManyOverflowBuckets(4, 2)).toBe(true);
    expect(tooManyOverflowBuckets(32767, 20)).toBe(false);
    expect(tooManyOverflowBuckets(32768, 20)).toBe(true);
  });

  it('starts when deletes leave as many overflow buckets as buckets, and compacts them', () => {
    // Identity hash: key k lands in bucket k & 3. For each bucket, 9 keys (one overflow bucket)
    // then delete 8 of them: overflow buckets stay, the count stays small.
    const m = identityMap(1, 20);
    expect(m.B).toBe(2);
    const live: number[] = [];
    for (let b = 0; b < 4; b++) {
      const keys = Array.from({ length: 9 }, (_, j) => b + 4 * (j + 1));
      for (const k of keys) mapSet(m, k, k * 10);
      for (const k of keys.slice(0, 8)) mapDelete(m, k);
      live.push(keys[8]);
    }
    expect(m.noverflow).toBe(4);
    expect(m.count).toBe(4);
    expect(m.growing()).toBe(false);
    // The next new key finds too many overflow buckets but no overload: a same-size grow.
    mapSet(m, 1001, 7);
    live.push(1001);
    expect(m.B).toBe(2);
    // 4 old buckets, at most 2 evacuated by that write: still growing, to the same size.
    expect(m.growing()).toBe(true);
    expect(m.flags & sameSizeGrow).toBe(sameSizeGrow);
    expect(m.oldbuckets!.nmain).toBe(4);
    // Writes keep evacuating; every key stays findable throughout.
    for (let i = 0; m.growing() && i < 10; i++) {
      mapSet(m, 1001, 7);
      for (const k of live) expect(mapAccessK(m, k), `key ${k}`).not.toBeNull();
    }
    expect(m.growing()).toBe(false);
    expect(m.flags & sameSizeGrow).toBe(0);
    expect(m.noverflow).toBe(0);
    for (const k of live) {
      const r = mapAccess(m, k, 0);
      expect(r.kind === 'ok' && r.value.found).toBe(true);
    }
  });
});
