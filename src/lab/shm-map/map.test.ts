import { describe, expect, it } from 'vitest';
import { isBucketPointer } from './arena.ts';
import { checkMap, isDamaged } from './consistency.ts';
import { MapFatal } from './fatal.ts';
import { isGrowing } from './grow.ts';
import { makeHmap } from './hmap.ts';
import { mapAssign } from './insert.ts';
import { H_B, H_COUNT, H_FLAGS, HASH_WRITING, NOT_FOUND, type Shm } from './layout.ts';
import { mapAccess, mapLookup } from './lookup.ts';
import { standaloneShm } from './standalone.ts';
import { forEachEntry } from './walk.ts';

describe('the shared-memory map, single-threaded', () => {
  it('stores, overwrites and finds keys; absent keys are NOT_FOUND', () => {
    const shm = standaloneShm(64);
    const h = makeHmap(shm, 0, 12345);
    expect(mapAccess(shm, h, 7)).toBe(NOT_FOUND);
    mapAssign(shm, h, 7, 70);
    mapAssign(shm, h, 8, 80);
    mapAssign(shm, h, 7, 71);
    expect(mapAccess(shm, h, 7)).toBe(71);
    expect(mapAccess(shm, h, 8)).toBe(80);
    expect(mapAccess(shm, h, 9)).toBe(NOT_FOUND);
    expect(shm.i32[h + H_COUNT]).toBe(2);
  });

  it('grows on the same inserts as Go 1.19/1.23 (load factor 6.5): #9, #14, #27, #53, #105', () => {
    const shm = standaloneShm(4096);
    const h = makeHmap(shm, 0, 99);
    const growsAt: number[] = [];
    let sawGrowing = false;
    for (let k = 1; k <= 120; k++) {
      const before = shm.i32[h + H_B];
      mapAssign(shm, h, k, k * 10);
      if (shm.i32[h + H_B] !== before) growsAt.push(k);
      sawGrowing ||= isGrowing(shm, h);
      // Every key so far stays findable, also in the middle of an incremental grow.
      for (let j = 1; j <= k; j++) expect(mapLookup(shm, h, j)).toBe(j * 10);
      expect(isDamaged(checkMap(shm, h))).toBe(false);
    }
    expect(growsAt).toEqual([9, 14, 27, 53, 105]);
    expect(shm.i32[h + H_B]).toBe(5);
    expect(sawGrowing).toBe(true); // evacuation really is incremental
  });

  it('makemap picks B from the hint like Go (hint 8 → 0, 9 → 1, 27 → 3, 1000 → 8)', () => {
    const shm = standaloneShm(1024);
    const B = (hint: number) => shm.i32[makeHmap(shm, hint, 1) + H_B];
    expect([B(0), B(8), B(9), B(13), B(14), B(26), B(27), B(53), B(1000)]).toEqual([0, 0, 1, 1, 2, 2, 3, 4, 8]);
  });

  it('keeps every entry through many grows and visits each once', () => {
    const shm = standaloneShm(20000);
    const h = makeHmap(shm, 0, 4242);
    for (let k = 0; k < 10000; k++) mapAssign(shm, h, k * 7, k);
    const seen = new Set<number>();
    forEachEntry(shm, h, (key) => {
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    });
    expect(seen.size).toBe(10000);
    expect(shm.i32[h + H_COUNT]).toBe(10000);
  });

  it('a write while hashWriting is set dies with "concurrent map writes"', () => {
    const shm = standaloneShm(16);
    const h = makeHmap(shm, 0, 1);
    mapAssign(shm, h, 1, 1);
    shm.i32[h + H_FLAGS] |= HASH_WRITING; // another writer is inside its window
    expect(() => mapAssign(shm, h, 2, 2)).toThrow(new MapFatal('concurrent map writes'));
  });

  it('a read while hashWriting is set dies with "concurrent map read and map write", but not on an empty map', () => {
    const shm = standaloneShm(16);
    const h = makeHmap(shm, 0, 1);
    shm.i32[h + H_FLAGS] |= HASH_WRITING;
    expect(mapAccess(shm, h, 1)).toBe(NOT_FOUND); // count == 0 returns before the check, as in Go
    shm.i32[h + H_FLAGS] = 0;
    mapAssign(shm, h, 1, 1);
    shm.i32[h + H_FLAGS] |= HASH_WRITING;
    expect(() => mapAccess(shm, h, 1)).toThrow('concurrent map read and map write');
  });

  it('a writer whose flag was cleared by another dies at its exit check', () => {
    // Two writers both toggle with XOR, so the second toggle clears the first's bit. Model the
    // second writer: as soon as this insert has set hashWriting, flip the bit back (on the next
    // time the map code reaches for the buffer, i.e. inside the write window).
    const shm = standaloneShm(16);
    const h = makeHmap(shm, 0, 1);
    mapAssign(shm, h, 1, 1);
    const real = shm.i32;
    let flipped = false;
    const racing: Shm = {
      ...shm,
      get i32() {
        if (!flipped && (real[h + H_FLAGS] & HASH_WRITING) !== 0) {
          real[h + H_FLAGS] ^= HASH_WRITING;
          flipped = true;
        }
        return real;
      },
    };
    expect(() => mapAssign(racing, h, 5, 5)).toThrow(new MapFatal('concurrent map writes'));
    expect(flipped).toBe(true);
  });

  it('new buckets come from the arena and a full arena is reported, not a crash', () => {
    const shm = standaloneShm(3);
    const h = makeHmap(shm, 0, 1);
    expect(isBucketPointer(shm, h)).toBe(true);
    expect(() => {
      for (let k = 0; k < 100; k++) mapAssign(shm, h, k, k);
    }).toThrow('arena exhausted');
  });
});
