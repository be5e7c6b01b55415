// Events carry what a player needs to step backwards: every "before" value in a real trace equals
// the state the events before it produced. Checked by folding traces forwards, then undoing
// every event from the end and arriving at the empty start state.
import { describe, expect, it } from 'vitest';
import { runSource } from '../run-source.ts';
import type { TraceEvent } from './events.ts';
import { TraceReader } from './reader.ts';
import { loadCases } from './testdata/cases.ts';

interface MapState {
  flags: number;
  count: number;
  B: number;
  nevacuate: number;
  noverflow: number;
  hash0: number;
}

/** A small part of what a player's views fold: goroutine lines and waits, current goroutine, map headers, output. */
interface State {
  line: Map<number, number>;
  frame: Map<number, [string, number]>;
  waiting: Map<number, string>;
  alive: Set<number>;
  current: number;
  maps: Map<number, MapState>;
  /** Standard output and standard error so far. */
  out: [string, string];
}

const fresh = (): State => ({ line: new Map(), frame: new Map(), waiting: new Map(), alive: new Set(), current: 0, maps: new Map(), out: ['', ''] });

function snapshot(s: State): string {
  // Sorted: reverting may re-insert entries in another order than applying did.
  const sorted = <K, V>(m: Map<K, V>) => [...m].sort((a, b) => Number(a[0]) - Number(b[0]));
  return JSON.stringify([sorted(s.line), sorted(s.frame), sorted(s.waiting), [...s.alive].sort((a, b) => a - b), s.current, sorted(s.maps), s.out]);
}

/** Applies e, first asserting that its before-values describe the current state. */
function apply(s: State, e: TraceEvent): void {
  const mp = 'map' in e ? s.maps.get(e.map) : undefined;
  switch (e.kind) {
    case 'goroutine.created':
      s.alive.add(e.g);
      break;
    case 'goroutine.line':
      expect(e.lineBefore).toBe(s.line.get(e.g) ?? 0);
      s.line.set(e.g, e.line);
      break;
    case 'goroutine.frame.changed':
      expect([e.funcBefore, e.depthBefore]).toEqual(s.frame.get(e.g) ?? ['', 0]);
      s.frame.set(e.g, [e.func, e.depth]);
      break;
    case 'goroutine.blocked':
      expect(s.waiting.has(e.g)).toBe(false);
      s.waiting.set(e.g, e.reason);
      break;
    case 'goroutine.unblocked':
      expect(s.waiting.get(e.g)).toBe(e.reason);
      s.waiting.delete(e.g);
      break;
    case 'goroutine.ended':
      expect(e.line).toBe(s.line.get(e.g) ?? 0);
      s.alive.delete(e.g);
      break;
    case 'sched.switched':
      expect(e.from).toBe(s.current);
      s.current = e.g;
      break;
    case 'output.written':
      s.out[e.fd - 1] += e.text;
      break;
    case 'map.made':
      s.maps.set(e.map, { flags: 0, count: 0, B: e.B, nevacuate: 0, noverflow: 0, hash0: e.hash0 });
      break;
    case 'map.write.began':
    case 'map.write.ended':
    case 'map.iter.started':
      expect(e.flagsBefore).toBe(mp!.flags);
      mp!.flags = e.flagsAfter;
      break;
    case 'map.slot.written':
    case 'map.slot.deleted':
      expect(e.countBefore).toBe(mp!.count);
      mp!.count = e.countAfter;
      break;
    case 'map.hash0.changed':
      expect(e.hash0Before).toBe(mp!.hash0);
      mp!.hash0 = e.hash0After;
      break;
    case 'map.overflow.linked':
      expect(e.noverflowBefore).toBe(mp!.noverflow);
      mp!.noverflow = e.noverflowAfter;
      break;
    case 'map.grew':
      expect([e.BBefore, e.flagsBefore, e.noverflowBefore, e.nevacuateBefore]).toEqual([mp!.B, mp!.flags, mp!.noverflow, mp!.nevacuate]);
      Object.assign(mp!, { B: e.BAfter, flags: e.flagsAfter, noverflow: 0, nevacuate: 0 });
      break;
    case 'map.bucket.evacuated':
      expect([e.flagsBefore, e.nevacuateBefore]).toEqual([mp!.flags, mp!.nevacuate]);
      Object.assign(mp!, { flags: e.flagsAfter, nevacuate: e.nevacuateAfter });
      break;
    default:
      break;
  }
}

/** Reverts e using only what it carries. */
function revert(s: State, e: TraceEvent): void {
  const mp = 'map' in e ? s.maps.get(e.map) : undefined;
  switch (e.kind) {
    case 'goroutine.created':
      s.alive.delete(e.g);
      break;
    case 'goroutine.line':
      if (e.lineBefore === 0) s.line.delete(e.g);
      else s.line.set(e.g, e.lineBefore);
      break;
    case 'goroutine.frame.changed':
      if (e.depthBefore === 0) s.frame.delete(e.g);
      else s.frame.set(e.g, [e.funcBefore, e.depthBefore]);
      break;
    case 'goroutine.blocked':
      s.waiting.delete(e.g);
      break;
    case 'goroutine.unblocked':
      s.waiting.set(e.g, e.reason);
      break;
    case 'goroutine.ended':
      s.alive.add(e.g);
      break;
    case 'sched.switched':
      s.current = e.from;
      break;
    case 'output.written':
      s.out[e.fd - 1] = s.out[e.fd - 1].slice(0, s.out[e.fd - 1].length - e.text.length);
      break;
    case 'map.made':
      s.maps.delete(e.map);
      break;
    case 'map.write.began':
    case 'map.write.ended':
    case 'map.iter.started':
      mp!.flags = e.flagsBefore;
      break;
    case 'map.slot.written':
    case 'map.slot.deleted':
      mp!.count = e.countBefore;
      break;
    case 'map.hash0.changed':
      mp!.hash0 = e.hash0Before;
      break;
    case 'map.overflow.linked':
      mp!.noverflow = e.noverflowBefore;
      break;
    case 'map.grew':
      Object.assign(mp!, { B: e.BBefore, flags: e.flagsBefore, noverflow: e.noverflowBefore, nevacuate: e.nevacuateBefore });
      break;
    case 'map.bucket.evacuated':
      Object.assign(mp!, { flags: e.flagsBefore, nevacuate: e.nevacuateBefore });
      break;
    default:
      break;
  }
}

function check(source: string, seed: number, procs: number): number {
  const r = runSource(source, { seed, procs, trace: true });
  const reader = new TraceReader(r.trace!);
  const s = fresh();
  const states: string[] = [];
  let lastStep = 0;
  for (const e of reader.range()) {
    expect(e.step).toBeGreaterThanOrEqual(lastStep);
    lastStep = e.step;
    states.push(snapshot(s));
    apply(s, e);
  }
  expect(s.out).toEqual([r.stdout, r.stderr]);
  for (let i = reader.length - 1; i >= 0; i--) {
    revert(s, reader.get(i)!);
    if (i % 7 === 0 || i < 3) expect(snapshot(s)).toBe(states[i]);
  }
  expect(snapshot(s)).toBe(snapshot(fresh()));
  return reader.length;
}

describe('undo', () => {
  for (const c of loadCases()) {
    it(`${c.file}: before-values match the state, and reverting from the end reaches the start`, () => {
      let events = 0;
      for (const procs of [1, 2, 3]) for (let seed = 1; seed <= 8; seed++) events += check(c.source, seed, procs);
      expect(events).toBeGreaterThan(100);
    });
  }
});
