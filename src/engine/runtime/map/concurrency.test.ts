// The four fatals fire in exactly the interleavings where Go's checks would (go-facts §1.9).
import { describe, expect, it } from 'vitest';
import { mapAccess, mapAccessOp } from './access.ts';
import { loadElem, mapAssignOp, mapSet, storeElem } from './assign.ts';
import { mapClearOp } from './clear.ts';
import { mapCloneOp } from './clone.ts';
import { mapDeleteOp } from './delete.ts';
import { hashWriting } from './flags.ts';
import { mapLen } from './hmap.ts';
import { mapIterInit, mapIterNextOp } from './iterate.ts';
import {
  msgCloneWrite, msgConcurrentWrites, msgIterWrite, msgReadWrite, runToEnd, type MapOp, type OpOutcome,
} from './map-op.ts';
import { intMap, stepUntil } from './test-kit.ts';

function filled(n: number, seed = 1) {
  const m = intMap(seed);
  for (let i = 0; i < n; i++) mapSet(m, i, i);
  return m;
}

/** Steps ops by a schedule of indices; returns each op's outcome (null while unfinished). */
function run(ops: Array<MapOp<unknown>>, schedule: number[]): Array<OpOutcome<unknown> | null> {
  const out: Array<OpOutcome<unknown> | null> = ops.map(() => null);
  for (const i of schedule) {
    if (out[i] !== null) continue;
    const r = ops[i].step();
    if (r.done) out[i] = r;
  }
  return out;
}

describe('write vs write', () => {
  it('a second writer whose entry check lands inside the first one\'s window dies at entry', () => {
    const m = filled(4);
    const a = mapAssignOp(m, 1);
    const b = mapAssignOp(m, 2);
    stepUntil(a, 'search'); // a has toggled: its window is open
    expect(m.flags & hashWriting).toBe(hashWriting);
    const rb = b.step();
    expect(rb).toEqual({ done: true, kind: 'fatal', message: msgConcurrentWrites });
  });

  it('two writers that both pass entry toggle the bit back off; both exit checks fail (the double report)', () => {
    const m = filled(4);
    const a = mapAssignOp(m, 1);
    const b = mapAssignOp(m, 2);
    // a.entry, b.entry, a.toggle, b.toggle: 1 then 0.
    a.step();
    b.step();
    a.step();
    expect(m.flags & hashWriting).toBe(hashWriting);
    b.step();
    expect(m.flags & hashWriting).toBe(0);
    const [ra, rb] = [runToEnd(a), runToEnd(b)];
    expect(ra).toEqual({ done: true, kind: 'fatal', message: msgConcurrentWrites });
    expect(rb).toEqual({ done: true, kind: 'fatal', message: msgConcurrentWrites });
  });

  it('two writers overlapping only in their hashing gap are not detected', () => {
    const m = filled(4);
    const a = mapAssignOp(m, 1);
    const b = mapAssignOp(m, 2);
    a.step(); // entry
    b.step(); // entry: passes, a has not toggled yet
    expect(runToEnd(a).kind).toBe('ok'); // a opens and closes its window
    expect(runToEnd(b).kind).toBe('ok');
    expect(m.flags & hashWriting).toBe(0);
  });

  it('a writer that starts after the other cleared the flag is fine', () => {
    const m = filled(4);
    const a = mapAssignOp(m, 1);
    expect(runToEnd(a).kind).toBe('ok');
    expect(runToEnd(mapAssignOp(m, 2)).kind).toBe('ok');
  });

  it('delete and clear enter through the same window checks', () => {
    const m = filled(4);
    const a = mapAssignOp(m, 1);
    stepUntil(a, 'search');
    expect(runToEnd(mapDeleteOp(m, 2))).toMatchObject({ kind: 'fatal', message: msgConcurrentWrites });
    expect(runToEnd(mapClearOp(m))).toMatchObject({ kind: 'fatal', message: msgConcurrentWrites });
    // The writer that was first still holds the bit and finishes cleanly.
    expect(runToEnd(a).kind).toBe('ok');
  });

  it('delete on an empty map returns before any check, even inside a write window', () => {
    const m = intMap(1);
    const a = mapAssignOp(m, 1);
    stepUntil(a, 'search'); // count is still 0: the key is stored in the search phase
    expect(runToEnd(mapDeleteOp(m, 5))).toMatchObject({ kind: 'ok' });
    expect(runToEnd(mapClearOp(m))).toMatchObject({ kind: 'ok' });
  });

  it('every interleaving of two 4-phase assigns: fatal iff the windows overlap as Go\'s flag logic says', () => {
    // Enumerate all C(8,4) = 70 interleavings of two inserts of new keys into a map with room.
    const schedules: number[][] = [];
    const build = (s: number[], a: number, b: number) => {
      if (a === 4 && b === 4) return schedules.push(s);
      if (a < 4) build([...s, 0], a + 1, b);
      if (b < 4) build([...s, 1], a, b + 1);
    };
    build([], 0, 0);
    expect(schedules.length).toBe(70);
    let fatals = 0;
    for (const sched of schedules) {
      const m = filled(2);
      const ops = [mapAssignOp(m, 10), mapAssignOp(m, 11)];
      expect(ops[0].next).toBe('entry');
      const out = run(ops, sched);
      // Phase positions: 0 entry, 1 toggle, 2 search, 3 exit.
      const pos = (who: number, k: number) => indexOfNth(sched, who, k);
      const aEntry = pos(0, 0), aToggle = pos(0, 1), aExit = pos(0, 3);
      const bEntry = pos(1, 0), bToggle = pos(1, 1), bExit = pos(1, 3);
      // b dies at entry when its entry falls inside a's open window, and vice versa.
      const bInA = bEntry > aToggle && bEntry < aExit;
      const aInB = aEntry > bToggle && aEntry < bExit;
      const anyFatal = out.some((o) => o !== null && o.kind === 'fatal');
      const windowsOverlap = aToggle < bExit && bToggle < aExit;
      expect(anyFatal, `schedule ${sched.join('')}`).toBe(windowsOverlap || bInA || aInB);
      if (anyFatal) fatals++;
      for (const o of out) if (o !== null && o.kind === 'fatal') expect(o.message).toBe(msgConcurrentWrites);
    }
    expect(fatals).toBeGreaterThan(0);
    expect(fatals).toBeLessThan(70);
  });
});

function indexOfNth(s: number[], who: number, n: number): number {
  let seen = -1;
  for (let i = 0; i < s.length; i++) if (s[i] === who && ++seen === n) return i;
  return -1;
}

describe('read vs write', () => {
  it('a read whose entry check lands inside a write window dies with "concurrent map read and map write"', () => {
    const m = filled(4);
    const w = mapAssignOp(m, 1);
    stepUntil(w, 'search');
    expect(mapAccess(m, 2, 0)).toEqual({ done: true, kind: 'fatal', message: msgReadWrite });
  });

  it('a read that passed its check before the toggle is never detected, even if it finishes inside the window', () => {
    const m = filled(4);
    const r = mapAccessOp(m, 2, 0);
    r.step(); // entry check passed
    const w = mapAssignOp(m, 1);
    stepUntil(w, 'exit'); // window open, key written
    const out = runToEnd(r);
    expect(out).toMatchObject({ kind: 'ok', value: { found: true, elem: 2 } });
    expect(runToEnd(w).kind).toBe('ok');
  });

  it('a read between the writer\'s entry and toggle passes', () => {
    const m = filled(4);
    const w = mapAssignOp(m, 1);
    w.step(); // entry only
    expect(mapAccess(m, 2, 0).kind).toBe('ok');
  });

  it('a read of an empty map never checks', () => {
    const m = intMap(1);
    const w = mapAssignOp(m, 1);
    stepUntil(w, 'search'); // window open, count still 0
    expect(mapAccess(m, 1, 0)).toMatchObject({ kind: 'ok', value: { found: false, elem: 0 } });
  });

  it('len never checks', () => {
    const m = filled(4);
    const w = mapAssignOp(m, 99);
    stepUntil(w, 'exit');
    expect(m.flags & hashWriting).toBe(hashWriting);
    expect(mapLen(m)).toBe(5);
  });
});

describe('iteration vs write', () => {
  it('a range step that starts inside a write window dies with "concurrent map iteration and map write"', () => {
    const m = filled(10);
    const it0 = mapIterInit(m);
    expect(it0.kind).toBe('ok');
    const w = mapAssignOp(m, 3);
    stepUntil(w, 'exit');
    const it = it0.kind === 'ok' ? it0.value : null;
    expect(runToEnd(mapIterNextOp(it!))).toEqual({ done: true, kind: 'fatal', message: msgIterWrite });
  });

  it('range steps before and after the window are fine', () => {
    const m = filled(10);
    const r = mapIterInit(m);
    const it = r.kind === 'ok' ? r.value : null;
    expect(runToEnd(mapIterNextOp(it!)).kind).toBe('ok');
    expect(runToEnd(mapAssignOp(m, 3)).kind).toBe('ok');
    expect(runToEnd(mapIterNextOp(it!)).kind).toBe('ok');
  });

  it('the first step inside mapiterinit checks too', () => {
    const m = filled(10);
    const w = mapAssignOp(m, 3);
    stepUntil(w, 'exit');
    expect(mapIterInit(m)).toMatchObject({ kind: 'fatal', message: msgIterWrite });
  });
});

describe('clone vs write', () => {
  it('maps.Clone that starts inside a write window dies with "concurrent map clone and map write"', () => {
    const m = filled(20);
    const w = mapAssignOp(m, 3);
    stepUntil(w, 'exit');
    expect(runToEnd(mapCloneOp(m, 2))).toEqual({ done: true, kind: 'fatal', message: msgCloneWrite });
  });

  it('an empty map clones without a check', () => {
    const m = intMap(1);
    const w = mapAssignOp(m, 3);
    stepUntil(w, 'search');
    expect(runToEnd(mapCloneOp(m, 2)).kind).toBe('ok');
  });
});

describe('what the window does not protect', () => {
  it('m[k]++ from two goroutines loses an update without any fatal', () => {
    const m = filled(4);
    // Each increment: mapassign (phased), then load and store through the returned slot.
    const a = runToEnd(mapAssignOp(m, 1));
    const b = runToEnd(mapAssignOp(m, 1));
    expect(a.kind === 'ok' && b.kind === 'ok').toBe(true);
    if (a.kind !== 'ok' || b.kind !== 'ok') return;
    const va = loadElem(m, a.value);
    const vb = loadElem(m, b.value);
    storeElem(m, a.value, va + 1);
    storeElem(m, b.value, vb + 1);
    expect(mapAccess(m, 1, 0)).toMatchObject({ kind: 'ok', value: { elem: 2 } }); // 1 + 1, not 1 + 2
  });

  it('a store through a slot whose bucket was evacuated meanwhile is lost', () => {
    const m = filled(8); // one full bucket
    const a = runToEnd(mapAssignOp(m, 3)); // existing key: slot in the only bucket
    expect(a.kind).toBe('ok');
    mapSet(m, 100, 100); // 9th key: grow, and that write evacuates the old bucket
    expect(m.B).toBe(1);
    if (a.kind === 'ok') storeElem(m, a.value, 333);
    expect(mapAccess(m, 3, 0)).toMatchObject({ kind: 'ok', value: { found: true, elem: 3 } });
  });
});
