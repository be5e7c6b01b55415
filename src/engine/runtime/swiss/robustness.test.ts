// Raced interleavings never break the model: random schedules of concurrent ops on one map (the
// fatals ignored, the ops carried on as a torn program's would) never throw, never hang, and leave
// a map that still answers every call.
import { describe, expect, it } from 'vitest';
import { Rand } from '../../vm/rand.ts';
import { runToEnd, type MapOp } from '../map/map-op.ts';
import { swissAccess, swissAccessOp } from './access.ts';
import { swissAssignOp, swissSet } from './assign.ts';
import { swissClearOp } from './clear.ts';
import { swissCloneOp } from './clone.ts';
import { swissDeleteOp } from './delete.ts';
import { swissIterInit, swissIterNextOp, type SwissIter } from './iterate.ts';
import { intSwiss } from './test-kit.ts';

describe('raced schedules', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`seed ${seed}: 20,000 steps of up to 4 interleaved ops`, () => {
      const rnd = new Rand(seed);
      const m = intSwiss(seed);
      const start = [0, 7, 14, 800, 3000, 5][seed - 1];
      for (let i = 0; i < start; i++) swissSet(m, i, i);
      let iter: SwissIter<number, number> | null = null;
      const live: Array<MapOp<unknown>> = [];
      let finished = 0;
      for (let step = 0; step < 20_000; step++) {
        while (live.length < 1 + rnd.intn(4)) {
          const k = rnd.intn(4000);
          const pick = rnd.intn(20);
          // Writers race: some fatal at entry, exit, or in putSmall; a fresh op each time.
          let op: MapOp<unknown>;
          if (pick < 9) op = swissAssignOp(m, k);
          else if (pick < 13) op = swissDeleteOp(m, k);
          else if (pick < 16) op = swissAccessOp(m, k, 0);
          else if (pick < 17) op = swissClearOp(m);
          else if (pick < 18) op = swissCloneOp(m, 2);
          else {
            if (iter === null || iter.done) {
              m.writing = 0; // let the range start cleanly; a torn write may have left it set
              const r = swissIterInit(m);
              iter = r.kind === 'ok' ? r.value : null;
            }
            if (iter === null) continue;
            op = swissIterNextOp(iter);
          }
          live.push(op);
        }
        const i = rnd.intn(live.length);
        if (live[i].step().done) {
          live.splice(i, 1);
          finished++;
        }
        // A torn toggle pair can leave writing set forever; reset it now and then so work goes on.
        if (step % 97 === 0) m.writing = 0;
      }
      for (const op of live) runToEnd(op);
      expect(finished).toBeGreaterThan(4000);
      // The map is still usable: writes and reads of fresh keys work.
      m.writing = 0;
      for (let k = 10_000; k < 10_200; k++) expect(swissSet(m, k, k).kind).toBe('ok');
      for (let k = 10_000; k < 10_200; k++) expect(swissAccess(m, k, 0)).toMatchObject({ value: { found: true, elem: k } });
    });
  }
});
