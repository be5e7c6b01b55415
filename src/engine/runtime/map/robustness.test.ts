// Raced interleavings never crash or hang the model, even when Go would have died long before.
import { describe, expect, it } from 'vitest';
import { Rand } from '../../vm/rand.ts';
import { mapAccessOp } from './access.ts';
import { mapAssignOp, storeElem } from './assign.ts';
import { mapClearOp } from './clear.ts';
import { mapCloneOp } from './clone.ts';
import { mapDeleteOp } from './delete.ts';
import { pictureMap } from './inspect.ts';
import { mapIterInitOp, mapIterNextOp, type MapIter } from './iterate.ts';
import type { MapOp } from './map-op.ts';
import { intMap } from './test-kit.ts';

describe('robustness under races', () => {
  for (let seed = 1; seed <= 12; seed++) {
    it(`three goroutines stepping random ops in random order, ignoring fatals (seed ${seed})`, () => {
      const rnd = new Rand(seed);
      const m = intMap(seed);
      let iter: MapIter<number, number> | null = null;
      const newOp = (): MapOp<unknown> => {
        const k = rnd.intn(200);
        switch (rnd.intn(9)) {
          case 0: case 1: case 2: return mapAssignOp(m, k);
          case 3: return mapDeleteOp(m, k);
          case 4: return mapAccessOp(m, k, 0);
          case 5: return iter !== null && !iter.done ? mapIterNextOp(iter) : mapIterInitOp(m);
          case 6: return rnd.intn(20) === 0 ? mapClearOp(m) : mapAccessOp(m, k, 0);
          case 7: return mapCloneOp(m, 2);
          default: return mapAssignOp(m, k);
        }
      };
      const running: Array<MapOp<unknown>> = [newOp(), newOp(), newOp()];
      const kinds = { ok: 0, fatal: 0, panic: 0 };
      for (let step = 0; step < 6000; step++) {
        const g = rnd.intn(running.length);
        const r = running[g].step();
        if (!r.done) continue;
        kinds[r.kind]++;
        if (r.kind === 'ok' && running[g].name === 'mapassign') storeElem(m, r.value as never, step);
        if (r.kind === 'ok' && (running[g].name === 'mapiterinit' || running[g].name === 'mapiternext')) iter = r.value as MapIter<number, number>;
        // Go would be dead after a fatal; the model must merely survive. Clear a stuck bit so the
        // run keeps exercising writes rather than failing every entry check from here on.
        if (r.kind === 'fatal' && rnd.intn(2) === 0) m.flags &= ~4;
        running[g] = newOp();
      }
      expect(kinds.ok).toBeGreaterThan(100);
      expect(kinds.fatal).toBeGreaterThan(0);
      expect(kinds.panic).toBe(0);
      // The map can still be pictured and is bounded in size.
      const pic = pictureMap(m)!;
      expect(pic.buckets.length).toBe(2 ** m.B);
      expect(m.count).toBeLessThan(10_000);
    });
  }
});
