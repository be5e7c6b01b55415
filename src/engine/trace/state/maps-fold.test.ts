// The maps slice folds real traces: every before-value an event carries equals the folded state,
// reverting from the end reaches the empty start, every intermediate state comes back exactly, and
// clones (keyframes) are independent of the state they were taken from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import type { TraceEvent } from '../events.ts';
import { TraceReader } from '../reader.ts';
import { loadCases } from '../testdata/cases.ts';
import { chain, slotContents } from './maps-read.ts';
import { mapsSlice, type MapState, type MapsState } from './maps.ts';

const crashDir = fileURLToPath(new URL('../../testdata/crash/', import.meta.url));

/** Everything a view can see of the maps, as text (reachable buckets only: the rest is garbage). */
export function snapshot(s: MapsState): string {
  const out: unknown[] = [];
  for (const m of s.maps.values()) {
    const arrays = [m.buckets, m.oldbuckets].map((span) => {
      if (span === null) return null;
      const rows: unknown[] = [];
      for (let i = 0; i < span.n; i++) rows.push(chain(m, span, i).map((id) => [id, [0, 1, 2, 3, 4, 5, 6, 7].map((k) => slotContents(m, id, k))]));
      return rows;
    });
    const { store: _store, ...header } = m;
    out.push([header, arrays]);
  }
  return JSON.stringify(out, (_k, v: unknown) => (v === undefined ? '_' : v));
}

/** Asserts that e's before-values describe the folded state (the undo contract, map by map). */
function checkBefore(s: MapsState, e: TraceEvent): void {
  if (!e.kind.startsWith('map.') || e.kind === 'map.made') return;
  const m = s.maps.get((e as { map: number }).map) as MapState;
  expect(m, `${e.kind} on a map that was made`).toBeDefined();
  const st = m.store;
  switch (e.kind) {
    case 'map.write.began':
    case 'map.write.ended':
    case 'map.iter.started':
      expect(e.flagsBefore).toBe(m.flags);
      break;
    case 'map.slot.written':
      expect([e.tophashBefore, e.keyBefore, e.countBefore]).toEqual([st.top(e.bucket, e.slot), st.key(e.bucket, e.slot), m.count]);
      break;
    case 'map.key.updated':
      expect(e.keyBefore).toEqual(st.key(e.bucket, e.slot));
      break;
    case 'map.elem.stored':
      if (m.clonedFrom === 0) expect(e.elemBefore).toEqual(st.elem(e.bucket, e.slot));
      break;
    case 'map.slot.deleted':
      if (m.clonedFrom === 0) expect([e.tophashBefore, e.key, e.elemBefore]).toEqual([st.top(e.bucket, e.slot), st.key(e.bucket, e.slot), st.elem(e.bucket, e.slot)]);
      expect(e.countBefore).toBe(m.count);
      break;
    case 'map.tophash.marked':
      if (m.clonedFrom === 0) expect(e.changes.map((c) => c.before)).toEqual(e.changes.map((c) => st.top(c.bucket, c.slot)));
      break;
    case 'map.hash0.changed':
      expect(e.hash0Before).toBe(m.hash0);
      break;
    case 'map.overflow.linked':
      expect([e.noverflowBefore, st.next(e.from)]).toEqual([m.noverflow, -1]);
      break;
    case 'map.grew':
      expect([e.BBefore, e.flagsBefore, e.noverflowBefore, e.nevacuateBefore, m.oldbuckets]).toEqual([m.B, m.flags, m.noverflow, m.nevacuate, null]);
      expect(m.buckets).toEqual({ first: e.oldFirstBucket, n: e.oldNbuckets });
      break;
    case 'map.bucket.evacuated':
      expect([e.flagsBefore, e.nevacuateBefore]).toEqual([m.flags, m.nevacuate]);
      for (const mv of e.moves) {
        expect(mv.tophashBefore).toBe(st.top(mv.fromBucket, mv.fromSlot));
        if (mv.toBucket < 0) continue;
        expect([mv.key, mv.elem]).toEqual([st.key(mv.fromBucket, mv.fromSlot), st.elem(mv.fromBucket, mv.fromSlot)]);
        expect(slotContents(m, mv.toBucket, mv.toSlot)).toEqual({ top: 0, key: undefined, elem: undefined });
      }
      break;
    case 'map.cleared':
      expect([e.countBefore, e.noverflowBefore, e.nevacuateBefore, e.flagsBefore, e.hash0Before]).toEqual([m.count, m.noverflow, m.nevacuate, m.flags, m.hash0]);
      expect(e.oldNbuckets > 0 ? { first: e.oldFirstBucket, n: e.oldNbuckets } : null).toEqual(m.oldbuckets);
      for (const b of e.buckets) {
        expect(b.tophash).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => st.top(b.bucket, i)));
        expect(b.keys).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => st.key(b.bucket, i)));
        expect(b.overflow).toBe(st.next(b.bucket));
      }
      break;
    default:
      break;
  }
}

interface Program {
  name: string;
  source: string;
  runs: Array<{ seed: number; procs: number }>;
  /** The fixed-with-* programs run for millions of events: a prefix of the run (step budget) suffices. */
  limit?: number;
}

function programs(): Program[] {
  const out: Program[] = loadCases()
    .filter((c) => c.source.includes('map['))
    .map((c) => ({ name: c.file, source: c.source, runs: [{ seed: c.seed, procs: c.procs }, { seed: 2, procs: 2 }] }));
  // fixed-with-sync-map has no Go map operations of its own (sync.Map is not traced as one).
  for (const f of readdirSync(crashDir).filter((n) => n.endsWith('.go') && n !== 'fixed-with-sync-map.go').sort()) {
    const fixed = f.startsWith('fixed-');
    const seeds = fixed || f.includes('clone') ? [1] : [1, 2, 3];
    out.push({ name: `crash/${f}`, source: readFileSync(join(crashDir, f), 'utf8'), runs: seeds.map((seed) => ({ seed, procs: 8 })), limit: fixed ? 20_000 : undefined });
  }
  return out;
}

function foldBothWays(source: string, seed: number, procs: number, limit?: number): { events: number; mapEvents: number } {
  const r = runSource(source, { seed, procs, trace: true, maxSteps: limit });
  const reader = new TraceReader(r.trace!);
  const s = mapsSlice.init();
  const empty = snapshot(s);
  const states: string[] = [];
  // Snapshots are whole-map texts: about 200 sampled positions keep big traces cheap.
  const every = Math.max(1, Math.floor(reader.length / 200));
  let mapEvents = 0;
  let keyframe: { at: number; state: MapsState; text: string } | null = null;
  for (let i = 0; i < reader.length; i++) {
    const e = reader.get(i)!;
    if (i % every === 0 || i < 3) states[i] = snapshot(s);
    if (keyframe === null && i >= reader.length / 2) keyframe = { at: i, state: mapsSlice.clone(s), text: snapshot(s) };
    checkBefore(s, e);
    if (e.kind.startsWith('map.')) mapEvents++;
    mapsSlice.apply(s, e);
  }
  // The keyframe was not disturbed by the events applied after it was taken.
  if (keyframe) expect(snapshot(keyframe.state)).toBe(keyframe.text);
  const end = snapshot(s);
  for (let i = reader.length - 1; i >= 0; i--) {
    mapsSlice.revert(s, reader.get(i)!);
    if (states[i] !== undefined) expect(snapshot(s), `state before event ${i}`).toBe(states[i]);
  }
  expect(snapshot(s)).toBe(empty);
  // Folding forwards again from the keyframe reaches the same end.
  if (keyframe) {
    for (let i = keyframe.at; i < reader.length; i++) mapsSlice.apply(keyframe.state, reader.get(i)!);
    expect(snapshot(keyframe.state)).toBe(end);
  }
  return { events: reader.length, mapEvents };
}

describe('maps slice over real traces', () => {
  for (const p of programs()) {
    it(`${p.name}: before-values match, reverting reaches the start, keyframes stay independent`, () => {
      let mapEvents = 0;
      for (const { seed, procs } of p.runs) mapEvents += foldBothWays(p.source, seed, procs, p.limit).mapEvents;
      expect(mapEvents).toBeGreaterThan(0);
    });
  }
});
