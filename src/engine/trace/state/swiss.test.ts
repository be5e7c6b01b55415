// The Swiss maps slice over real Go 1.26 traces: stepping back is the exact inverse of stepping
// forwards, a seek through keyframes equals a fresh fold, and the state at chosen moments holds
// what the model did (small group, growth, split, tombstones, the writing flag).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import type { TraceData } from '../writer.ts';
import { TraceCursor } from './cursor.ts';
import {
  liveTables, swissCtrlDeleted, swissCtrlEmpty, swissProbeStale, swissSlice, swissSlotKind, type SwissMapState, type SwissState,
} from './swiss.ts';
import { playerStateSlice } from './player-state.ts';

const traceData = fileURLToPath(new URL('../testdata/', import.meta.url));
const crashDir = fileURLToPath(new URL('../../testdata/crash/', import.meta.url));

function trace(source: string, seed = 1, procs = 2): { trace: TraceData; stdout: string; stderr: string; exitCode: number } {
  const r = runSource(source, { seed, procs, goVersion: '1.26', trace: true, maxSteps: 300_000 });
  return { trace: r.trace!, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

function text(s: SwissState): string {
  return JSON.stringify(s, (_k, v: unknown) => (v instanceof Map ? [...v].sort((a, b) => Number(a[0]) - Number(b[0])) : v));
}

/** A 53-bit digest of the state's text, so thousands of positions can be remembered in little memory. */
function digest(s: SwissState): number {
  const t = text(s);
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function positions(seed: number, length: number, n: number): number[] {
  let x = seed >>> 0 || 1;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.push((x >>> 0) % (length + 1));
  }
  return out;
}

function cursor(t: TraceData, minInterval = 64): TraceCursor<SwissState> {
  return new TraceCursor<SwissState>(t, { slice: swissSlice, minInterval });
}

/** Forwards to the end keeping every state, back to 0 comparing, then random seeks against fresh folds. */
function checkFold(t: TraceData, every = 1): void {
  const c = cursor(t, 32);
  const seen = new Map<number, number>([[0, digest(c.state)]]);
  while (c.forward()) if (c.position % every === 0) seen.set(c.position, digest(c.state));
  expect(c.position).toBe(t.count);
  while (c.back()) {
    const want = seen.get(c.position);
    if (want !== undefined && digest(c.state) !== want) expect.fail(`state differs after reverting event ${c.position} (${c.reader.kindAt(c.position)})`);
  }
  for (const p of positions(t.count, t.count, 8)) {
    c.seek(p);
    const fresh = cursor(t, t.count + 1);
    fresh.seek(p);
    expect(text(c.state), `seek to ${p}`).toBe(text(fresh.state));
  }
}

function onlyMap(s: SwissState): SwissMapState {
  expect(s.maps.size).toBe(1);
  return [...s.maps.values()][0];
}

function fullCount(m: SwissMapState): number {
  let n = m.small ? m.small.ctrl.filter((c) => swissSlotKind(c) === 'full').length : 0;
  for (const t of liveTables(m)) n += t.ctrl.filter((c) => swissSlotKind(c) === 'full').length;
  return n;
}

const tombstones = `package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	for i := 0; i < 100; i += 2 {
		delete(m, i)
	}
	n := 0
	for k, v := range m {
		if v == k*k {
			n++
		}
	}
	clear(m)
	m[7] = 1
	fmt.Println(n, len(m))
}
`;

describe('swiss slice: folds real traces both ways', () => {
  it('small map to table (golden program): forwards, back and seeks agree', () => {
    const t = trace(readFileSync(join(traceData, 'swiss-small-to-table.go'), 'utf8'), 2, 1);
    expect(t.stdout).toBe('8 4 true false\n');
    checkFold(t.trace);
  });

  it('deletes with tombstones, iteration and clear: forwards, back and seeks agree', () => {
    const t = trace(tombstones);
    expect(t.stdout).toBe('50 1\n');
    checkFold(t.trace);
  });

  it('a 1024-slot table splitting: forwards, back and seeks agree', () => {
    const t = trace(readFileSync(join(traceData, 'swiss-table-split.go'), 'utf8'), 1, 1);
    expect(t.stdout).toBe('900\n');
    checkFold(t.trace, 50);
  });

  it('the map crash programs under Go 1.26 crash with Go’s message and fold exactly with the whole player state', () => {
    // The fixed-* programs run to the step budget with big traces; the crashes are what matter here.
    const files = readdirSync(crashDir).filter((f) => f.startsWith('concurrent-map') && f.endsWith('.go')).sort();
    expect(files.length).toBeGreaterThan(4);
    let swissEvents = 0;
    for (const f of files) {
      const source = readFileSync(join(crashDir, f), 'utf8');
      const t = trace(source, 2, 4);
      const want = /^fatal error: .*$/m.exec(source);
      if (want) expect(t.stderr, f).toContain(want[0]);
      expect(t.stderr, f).toMatch(/^fatal error: concurrent map/m);
      const c = new TraceCursor(t.trace, { slice: playerStateSlice(t.trace), minInterval: 64 });
      const every = t.trace.count > 5_000 ? 97 : 1;
      const seen = new Map<number, number>([[0, digest(c.state.swiss)]]);
      while (c.forward()) if (c.position % every === 0) seen.set(c.position, digest(c.state.swiss));
      for (let i = 0; i < t.trace.count; i++) if (c.reader.kindAt(i).startsWith('swiss.')) swissEvents++;
      while (c.back()) {
        const w = seen.get(c.position);
        if (w !== undefined && digest(c.state.swiss) !== w) expect.fail(`${f}: differs after reverting event ${c.position}`);
      }
    }
    expect(swissEvents).toBeGreaterThan(100);
  });
});

describe('swiss slice: what the state holds', () => {
  it('keeps 8 keys in the small group, then a 16-slot table after the 9th, H2 in the control bytes', () => {
    const t = trace(readFileSync(join(traceData, 'swiss-small-to-table.go'), 'utf8'), 2, 1);
    const c = cursor(t.trace);
    const grew = c.reader.findNext(0, ['swiss.grew.to.table']);
    c.seek(grew);
    let m = onlyMap(c.state);
    expect(m.small?.ctrl.every((b) => b < 0x80)).toBe(true);
    expect(m.dir).toEqual([]);
    c.seek(grew + 1);
    m = onlyMap(c.state);
    expect(m.small).toBeNull();
    expect(liveTables(m).map((x) => x.capacity)).toEqual([16]);
    expect(m.lastRehash).toMatchObject({ kind: 'to-table', old: -1 });
    const written = c.reader.findNext(grew, ['swiss.slot.written']);
    c.seek(written + 1);
    m = onlyMap(c.state);
    const touch = m.lastTouch!;
    const ctrl = liveTables(m)[0].ctrl[touch.slot];
    expect(m.lastKey).toMatchObject({ key: 'k8', h2: ctrl });
    expect(swissSlotKind(ctrl)).toBe('full');
    expect(fullCount(m)).toBe(m.used);
  });

  it('leaves tombstones where a group had no empty slot, and clear empties without shrinking', () => {
    const t = trace(tombstones);
    const c = cursor(t.trace);
    const cleared = c.reader.findNext(0, ['swiss.cleared']);
    c.seek(cleared);
    let m = onlyMap(c.state);
    const tables = liveTables(m);
    const dead = tables.reduce((n, x) => n + x.ctrl.filter((b) => b === swissCtrlDeleted).length, 0);
    expect(dead).toBeGreaterThan(0);
    expect(fullCount(m)).toBe(50);
    const capacity = tables.map((x) => x.capacity);
    c.seek(cleared + 1);
    m = onlyMap(c.state);
    expect(liveTables(m).map((x) => x.capacity)).toEqual(capacity);
    expect(liveTables(m).every((x) => x.ctrl.every((b) => b === swissCtrlEmpty))).toBe(true);
    expect(m.used).toBe(0);
  });

  it('splits the full 1024-slot table into two of local depth 1 behind a doubled directory', () => {
    const t = trace(readFileSync(join(traceData, 'swiss-table-split.go'), 'utf8'), 1, 1);
    const c = cursor(t.trace);
    const split = c.reader.findNext(0, ['swiss.table.split']);
    c.seek(split);
    let m = onlyMap(c.state);
    expect(m.globalDepth).toBe(1);
    expect(liveTables(m).map((x) => [x.capacity, x.localDepth])).toEqual([[1024, 0]]);
    c.seek(split + 1);
    m = onlyMap(c.state);
    const live = liveTables(m);
    expect(live.map((x) => [x.capacity, x.localDepth])).toEqual([[1024, 1], [1024, 1]]);
    expect(new Set(m.dir).size).toBe(2);
    expect(m.lastRehash).toMatchObject({ kind: 'split', tables: live.map((x) => x.id) });
    expect(m.tables.get(m.lastRehash!.old)?.index).toBe(-1);
    c.seek(c.length);
    m = onlyMap(c.state);
    expect(m.used).toBe(900);
    expect(fullCount(m)).toBe(900);
  });

  it('lights the writing flag for the goroutine that set it; a crash ends with two writers seen', () => {
    const src = readFileSync(join(traceData, 'two-writers-crash.go'), 'utf8');
    let found = false;
    for (let seed = 1; seed <= 20 && !found; seed++) {
      const t = trace(src, seed, 2);
      if (!t.stderr.includes('concurrent map writes')) continue;
      found = true;
      const c = cursor(t.trace);
      const began = c.reader.findNext(0, ['swiss.write.began']);
      c.seek(began + 1);
      const m = onlyMap(c.state);
      expect(m.writing).toBe(1);
      expect(m.writer).toBe(c.reader.goroutineAt(began));
      const writers = new Set<number>();
      for (let i = 0; i < c.length; i++) if (c.reader.kindAt(i) === 'swiss.write.began') writers.add(c.reader.goroutineAt(i));
      expect(writers.size).toBe(2);
    }
    expect(found).toBe(true);
  });

  it('ignores events of maps it never saw and kinds it does not own', () => {
    const s = swissSlice.init();
    const bogus = { kind: 'swiss.slot.written', index: 0, step: 0, g: 1, map: 9, table: 3, slot: 2, ctrlBefore: 0x80, ctrlAfter: 1, keyBefore: undefined, keyAfter: 1, usedBefore: 0, usedAfter: 1, growthLeftBefore: 1, growthLeftAfter: 0 } as const;
    swissSlice.apply(s, bogus as never);
    swissSlice.revert(s, bogus as never);
    expect(s.maps.size).toBe(0);
  });
});

describe('swiss slice: the last probe', () => {
  it('holds each probe at the cursor: hash split, groups in triangular order, the end slot', () => {
    const t = trace(tombstones);
    const c = cursor(t.trace);
    let probes = 0, multi = 0, ended = 0;
    for (let i = c.reader.findNext(0, ['swiss.probed']); i >= 0; i = c.reader.findNext(i + 1, ['swiss.probed'])) {
      const e = c.reader.get(i)!;
      if (e.kind !== 'swiss.probed') continue;
      c.seek(i + 1);
      const m = onlyMap(c.state);
      const p = m.lastProbe!;
      probes++;
      expect(p).toMatchObject({ index: i, op: e.op, key: e.key, hash: e.hash, h1: e.hash >>> 7, h2: e.hash & 0x7f, table: e.table, slot: e.slot, found: e.found });
      expect(swissProbeStale(m, p)).toBeNull();
      const groups = e.table < 0 ? 1 : m.tables.get(e.table)!.capacity / 8;
      expect(p.groups).toEqual(Array.from({ length: e.table < 0 ? 1 : e.probes }, (_, k) => ((e.hash >>> 7) + (k * (k + 1)) / 2) % groups));
      if (p.groups.length > 1) multi++;
      if (e.slot >= 0) {
        ended++;
        expect(p.groups).toContain(Math.floor(e.slot / 8));
        const ctrl = e.table < 0 ? m.small!.ctrl : m.tables.get(e.table)!.ctrl;
        if (e.found) expect(ctrl[e.slot]).toBe(e.hash & 0x7f);
      }
      if (e.table >= 0) expect(p.dirIndex).toBe(m.globalDepth === 0 ? 0 : e.hash >>> (32 - m.globalDepth));
    }
    // 100 inserts (and their second probes after a grow), 50 deletes, one insert after clear.
    expect(probes).toBeGreaterThanOrEqual(151);
    expect(multi).toBeGreaterThan(0);
    expect(ended).toBeGreaterThan(100);
  });

  it('marks the probe stale once its table is rebuilt, and the writer’s second probe is current again', () => {
    const t = trace(readFileSync(join(traceData, 'swiss-table-split.go'), 'utf8'), 1, 1);
    const c = cursor(t.trace);
    const split = c.reader.findNext(0, ['swiss.table.split']);
    let before = split;
    while (c.reader.kindAt(before) !== 'swiss.probed') before--;
    const after = c.reader.findNext(split, ['swiss.probed']);
    c.seek(before + 1);
    let m = onlyMap(c.state);
    expect(m.lastProbe).toMatchObject({ slot: -1, found: false, op: 'assign' });
    expect(swissProbeStale(m, m.lastProbe!)).toBeNull();
    c.seek(split + 1);
    m = onlyMap(c.state);
    expect(swissProbeStale(m, m.lastProbe!)).toBe('rebuilt');
    c.seek(after + 1);
    m = onlyMap(c.state);
    expect(m.lastProbe!.key).toEqual((c.reader.get(before) as { key: unknown }).key);
    expect(m.lastProbe!.slot).toBeGreaterThanOrEqual(0);
    expect(swissProbeStale(m, m.lastProbe!)).toBeNull();
    c.seek(split);
    m = onlyMap(c.state);
    expect(m.lastProbe!.index).toBe(before);
  });

  it('marks it stale after clear, and a small group’s probe after the group became a table', () => {
    let c = cursor(trace(tombstones).trace);
    const cleared = c.reader.findNext(0, ['swiss.cleared']);
    c.seek(cleared + 1);
    let m = onlyMap(c.state);
    expect(swissProbeStale(m, m.lastProbe!)).toBe('cleared');
    c = cursor(trace(readFileSync(join(traceData, 'swiss-small-to-table.go'), 'utf8'), 2, 1).trace);
    const grew = c.reader.findNext(0, ['swiss.grew.to.table']);
    c.seek(grew + 1);
    m = onlyMap(c.state);
    expect(m.lastProbe).toMatchObject({ table: -1, dirIndex: -1, groups: [0] });
    expect(swissProbeStale(m, m.lastProbe!)).toBe('rebuilt');
  });
});

describe('swiss slice: pruned tombstones (Go 1.25+)', () => {
  it('turns the pruned tombstones back into empty slots with the new growthLeft, and back again when stepped over backwards', () => {
    const t = trace(tombstones);
    const c = cursor(t.trace);
    c.seek(c.reader.findNext(0, ['swiss.cleared']));
    const m = onlyMap(c.state);
    const table = liveTables(m).find((x) => x.ctrl.includes(swissCtrlDeleted))!;
    const slots = table.ctrl.flatMap((b, i) => (b === swissCtrlDeleted ? [i] : [])).slice(0, 3);
    const before = text(c.state);
    const e = {
      kind: 'swiss.tombstones.pruned', index: c.position, step: 0, g: 1, map: m.id, table: table.id, slots,
      growthLeftBefore: table.growthLeft, growthLeftAfter: table.growthLeft + slots.length,
    };
    swissSlice.apply(c.state, e as never);
    const after = liveTables(onlyMap(c.state)).find((x) => x.id === table.id)!;
    expect(slots.map((s) => after.ctrl[s])).toEqual(slots.map(() => swissCtrlEmpty));
    expect(after.growthLeft).toBe(e.growthLeftAfter);
    swissSlice.revert(c.state, e as never);
    expect(text(c.state)).toBe(before);
  });
});
