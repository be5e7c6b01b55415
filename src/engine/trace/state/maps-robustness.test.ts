// Bad input is normal input: the maps slice never throws on events out of order, events for maps
// never made, or reverts with nothing to undo; it only folds nonsense into nonsense.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import { Rand } from '../../vm/rand.ts';
import { TraceReader } from '../reader.ts';
import { loadCase } from '../testdata/cases.ts';
import { mapsSlice } from './maps.ts';

describe('maps slice robustness', () => {
  it('survives a real trace applied and reverted in scrambled order', () => {
    const c = loadCase('map-growth.go');
    const reader = new TraceReader(runSource(c.source, { seed: c.seed, procs: c.procs, trace: true }).trace!);
    const events = [...reader.range()];
    for (let seed = 1; seed <= 20; seed++) {
      const r = new Rand(seed);
      const s = mapsSlice.init();
      expect(() => {
        for (let n = 0; n < 400; n++) {
          const e = events[r.intn(events.length)];
          if (r.intn(3) === 0) mapsSlice.revert(s, e);
          else mapsSlice.apply(s, e);
          if (r.intn(50) === 0) mapsSlice.clone(s);
        }
      }).not.toThrow();
    }
  });

  it('ignores map events for a map that was never made', () => {
    const c = loadCase('map-growth.go');
    const reader = new TraceReader(runSource(c.source, { seed: c.seed, procs: c.procs, trace: true }).trace!);
    const s = mapsSlice.init();
    for (const e of reader.range()) if (e.kind !== 'map.made') mapsSlice.apply(s, e);
    expect(s.maps.size).toBe(0);
  });
});
