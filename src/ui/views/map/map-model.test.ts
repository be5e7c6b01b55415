// The map view's model over folded real traces: the header's flags and their owner, bucket chains
// holding exactly the map's entries, density cells, evacuation moves at the step they happen, and
// the screen-reader summary.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../../worker/engine-api.ts';
import { TraceCursor } from '../../../engine/trace/state/cursor.ts';
import { crashPosition, previousStop } from '../../../engine/trace/state/step-boundaries.ts';
import type { MapState } from '../../../engine/trace/state/maps.ts';
import { bucketLabel, chainModel, entryRows, densityCells, headerModel, mapSummary, moveHalf, movesSince } from './map-model.ts';

function cursorFor(source: string, seed: number, procs: number): TraceCursor {
  // Through the worker's implementation, as the app gets its traces.
  const r = createEngineApi().run(source, { seed, procs, policy: 'random', maxSteps: 10_000_000_000, trace: true }, 1);
  return new TraceCursor(r.trace!);
}

const inserts = (n: number) => `package main

func main() {
	m := make(map[int]int)
	for i := 0; i < ${n}; i++ {
		m[i] = i + 1
	}
	println(len(m))
}
`;

function liveInChains(m: MapState): number {
  let n = 0;
  for (const [span, old] of [[m.buckets, false], [m.oldbuckets, true]] as const) {
    if (span === null) continue;
    for (let i = 0; i < span.n; i++) {
      const c = chainModel(m, span, i, old);
      if (!c.evacuated) n += c.live;
    }
  }
  return n;
}

describe('map view model', () => {
  it('bucket chains and density cells hold exactly count entries at every position of a growing map', () => {
    const c = cursorFor(inserts(120), 1, 1);
    let checked = 0;
    let sawGrowing = false;
    for (let p = 0; p <= c.length; p += 7) {
      c.seek(p);
      const m = c.state.maps.maps.get(1);
      if (!m) continue;
      expect(liveInChains(m)).toBe(m.count);
      if (m.oldbuckets) sawGrowing = true;
      // The table form lists the same entries: every key once, with its value (i + 1) once stored
      // (m[k] = v stores the value after mapassign returns: between the two the slot has no value).
      const table = entryRows(m, 1000);
      expect(table.rows.length).toBe(m.count);
      expect(new Set(table.rows.map((r) => r.key)).size).toBe(m.count);
      for (const r of table.rows) if (r.elem !== '') expect(Number(r.elem)).toBe(Number(r.key) + 1);
      expect(table.rows.filter((r) => r.elem === '').length).toBeLessThanOrEqual(1);
      if (m.buckets && !m.oldbuckets) expect(densityCells(m, m.buckets, false).live.reduce((a, b) => a + b, 0)).toBe(m.count);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
    expect(sawGrowing).toBe(true);
  });

  it('evacuation moves show at the stop after they happen and not one stop later', () => {
    const c = cursorFor(inserts(60), 1, 1);
    const r = c.reader;
    let seen = 0;
    for (let i = 0; i < r.length; i++) {
      const e = r.get(i)!;
      if (e.kind !== 'map.bucket.evacuated' || !e.moves.some((mv) => mv.toBucket >= 0)) continue;
      c.seek(i + 1);
      const m = c.state.maps.maps.get(1)!;
      const moves = movesSince(m, r, previousStop(r, c.position, 'statement'));
      expect(moves.map((mv) => [mv.fromBucket, mv.fromSlot, mv.toBucket, mv.toSlot])).toEqual(
        e.moves.filter((mv) => mv.toBucket >= 0).map((mv) => [mv.fromBucket, mv.fromSlot, mv.toBucket, mv.toSlot]),
      );
      // X keeps the old index, Y adds the old size: the destination's main bucket says which.
      for (const mv of moves) expect(moveHalf(mv)).toBe(mv.mark === 3 ? 'Y' : 'X');
      c.stepForward('statement');
      c.stepForward('statement');
      const later = c.state.maps.maps.get(1)!;
      if (later.lastEvacuation?.index === i) expect(movesSince(later, r, previousStop(r, c.position, 'statement'))).toEqual([]);
      seen++;
    }
    expect(seen).toBeGreaterThan(3);
  });

  it('at a two-writer crash with hashWriting set, the header names the goroutine that set it and the summary says so', () => {
    const src = `package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				m[i] = w
			}
		}()
	}
	wg.Wait()
}
`;
    let found = 0;
    for (let seed = 1; seed <= 30 && found < 3; seed++) {
      const c = cursorFor(src, seed, 4);
      const crash = crashPosition(c.reader);
      if (crash < 0) continue;
      c.seek(crash);
      const m = c.state.maps.maps.get(1)!;
      const h = headerModel(m);
      const flag = h.flags.find((f) => f.name === 'hashWriting')!;
      expect(flag.set).toBe((m.flags & 4) !== 0);
      if (!flag.set) continue;
      // The owner is the goroutine of the last write.began/ended that turned the bit on.
      let owner = 0;
      for (let i = crash - 1; i >= 0; i--) {
        const e = c.reader.get(i)!;
        if ((e.kind === 'map.write.began' || e.kind === 'map.write.ended') && (e.flagsAfter & 4) !== 0 && (e.flagsBefore & 4) === 0) {
          owner = e.g;
          break;
        }
      }
      expect(flag.g).toBe(owner);
      expect(h.flagsText).toContain('hashWriting');
      expect(mapSummary(m)).toContain(`hashWriting set by goroutine ${owner}`);
      found++;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('names buckets as a learner reads them, overflow buckets by their chain', () => {
    const c = cursorFor(inserts(200), 2, 1);
    c.seek(c.length);
    const m = c.state.maps.maps.get(1)!;
    expect(bucketLabel(m, m.buckets!.first + 3)).toBe('bucket 3');
    let overflowSeen = false;
    for (let i = 0; i < m.buckets!.n && !overflowSeen; i++) {
      const chain = chainModel(m, m.buckets!, i, false).buckets;
      if (chain.length > 1) {
        expect(bucketLabel(m, chain[1].id)).toBe(`an overflow bucket of bucket ${i}`);
        overflowSeen = true;
      }
    }
    expect(overflowSeen).toBe(true);
    expect(mapSummary(m)).toMatch(/^Map m1: 200 entries in \d+ buckets \(B = \d+\), \d+ overflow\. No flags set\./);
  });
});
