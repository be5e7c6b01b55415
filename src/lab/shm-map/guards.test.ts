// A map full of garbage must never hang or crash a worker: every failure is one of the lab's named errors.
import { describe, expect, it } from 'vitest';
import { makeRng } from '../workload.ts';
import { checkMap } from './consistency.ts';
import { ArenaExhausted, MapCorrupt, MapFatal } from './fatal.ts';
import { makeHmap } from './hmap.ts';
import { mapAssign } from './insert.ts';
import { H_FLAGS, type Shm } from './layout.ts';
import { mapAccess, mapLookup } from './lookup.ts';
import { standaloneShm } from './standalone.ts';
import { forEachEntry } from './walk.ts';

function copyShm(src: Shm): Shm {
  const i32 = new Int32Array(src.i32);
  return { ...src, i32, u8: new Uint8Array(i32.buffer) };
}

describe('corruption guards', () => {
  it('random damage to a map ends operations with MapCorrupt, MapFatal or ArenaExhausted, never a hang or another error', () => {
    const base = standaloneShm(3000);
    const h = makeHmap(base, 0, 31337);
    for (let k = 0; k < 800; k++) mapAssign(base, h, k, k);
    const used = base.i32[base.arenaNext];
    const rng = makeRng(7, 0);
    const seen = new Set<string>();
    for (let trial = 0; trial < 300; trial++) {
      const shm = copyShm(base);
      // Overwrite a few words anywhere in the used arena (header included) with small or wild values.
      const hits = 1 + Math.floor(rng() * 6);
      for (let i = 0; i < hits; i++) {
        const at = h + Math.floor(rng() * (used - h));
        const r = rng();
        shm.i32[at] = r < 0.3 ? at + Math.floor(rng() * 64) - 32 : r < 0.6 ? Math.floor(rng() * 2 ** 31) : Math.floor(rng() * 40);
      }
      for (let op = 0; op < 300; op++) {
        const key = Math.floor(rng() * 2000);
        try {
          if (rng() < 0.5) mapAssign(shm, h, key, key);
          else mapAccess(shm, h, key);
          shm.i32[h + H_FLAGS] &= ~4; // a fatal leaves hashWriting set; keep exercising the structure
        } catch (err) {
          expect(err instanceof MapCorrupt || err instanceof MapFatal || err instanceof ArenaExhausted, String(err)).toBe(true);
          seen.add((err as Error).name);
          shm.i32[h + H_FLAGS] &= ~4;
        }
      }
      expect(() => checkMap(shm, h)).not.toThrow();
      try {
        forEachEntry(shm, h, () => {});
        mapLookup(shm, h, 1);
      } catch (err) {
        expect(err instanceof MapCorrupt || err instanceof MapFatal, String(err)).toBe(true);
      }
    }
    expect(seen.has('MapCorrupt')).toBe(true); // the guards were actually exercised
  });
});
