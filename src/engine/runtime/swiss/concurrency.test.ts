// The fatal checks fire in exactly the interleavings where Go 1.24's would (go-facts §2.3).
import { describe, expect, it } from 'vitest';
import {
  msgCloneWrite, msgConcurrentWrites, msgIterWrite, msgNilMapAssign, msgReadWrite, runToEnd, type MapOp, type OpOutcome,
} from '../map/map-op.ts';
import { swissAccess, swissAccessOp } from './access.ts';
import { msgSmallNoEmpty, swissAssignOp, swissSet } from './assign.ts';
import { swissClearOp } from './clear.ts';
import { swissCloneOp } from './clone.ts';
import { swissDeleteOp } from './delete.ts';
import { swissIterInit, swissIterInitOp, swissIterNextOp } from './iterate.ts';
import { swissLen } from './swiss-map.ts';
import { intSwiss, stepUntil } from './test-kit.ts';

function filled(n: number, seed = 1) {
  const m = intSwiss(seed);
  for (let i = 0; i < n; i++) swissSet(m, i, i);
  return m;
}

const fatalOf = (message: string) => ({ done: true, kind: 'fatal', message });

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
  for (const [label, size] of [['small map', 4], ['table', 100], ['table at its growth point', 14]] as const) {
    it(`${label}: two assigns stepped alternately toggle writing on then off; both die at exit`, () => {
      const m = filled(size);
      const a = swissAssignOp(m, 1000);
      const b = swissAssignOp(m, 2000);
      a.step(); // entry
      b.step(); // entry: a has not toggled yet, so b passes
      a.step(); // toggle: 0 -> 1
      expect(m.writing).toBe(1);
      b.step(); // toggle: 1 -> 0
      expect(m.writing).toBe(0);
      expect(runToEnd(a)).toEqual(fatalOf(msgConcurrentWrites));
      expect(runToEnd(b)).toEqual(fatalOf(msgConcurrentWrites));
    });
  }

  it('a writer whose entry check lands inside the other\'s window dies at entry', () => {
    const m = filled(20);
    const a = swissAssignOp(m, 1);
    stepUntil(a, 'probe');
    expect(m.writing).toBe(1);
    expect(swissAssignOp(m, 2).step()).toEqual(fatalOf(msgConcurrentWrites));
    expect(swissDeleteOp(m, 3).step()).toEqual(fatalOf(msgConcurrentWrites));
    expect(swissClearOp(m).step()).toEqual(fatalOf(msgConcurrentWrites));
    // a itself is unaffected: nobody else toggled.
    expect(runToEnd(a).kind).toBe('ok');
  });

  it('every phase of a write\'s window is detected, and none outside it', () => {
    const m = filled(14); // the next new key makes the table grow: the window has a grow phase
    const a = swissAssignOp(m, 99);
    const seen: string[] = [];
    while (a.next !== 'done') {
      const phase = a.next;
      const inWindow = m.writing === 1;
      const r = runToEnd(swissAccessOp(m, 3, 0));
      seen.push(`${phase}:${r.kind}`);
      expect(r.kind).toBe(inWindow ? 'fatal' : 'ok');
      a.step();
    }
    expect(seen).toEqual(['entry:ok', 'toggle:ok', 'probe:fatal', 'grow:fatal', 'probe:fatal', 'exit:fatal']);
  });

  it('two writers overlapping only in their hashing gap are not detected', () => {
    const m = filled(4);
    const a = swissAssignOp(m, 10);
    const b = swissAssignOp(m, 11);
    expect(run([a, b], [0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1])).toEqual([
      expect.objectContaining({ kind: 'ok' }), expect.objectContaining({ kind: 'ok' }),
    ]);
    expect(m.writing).toBe(0);
    expect(swissLen(m)).toBe(6);
  });

  it('a writer that starts after the other finished is fine (and a delete, a clear)', () => {
    const m = filled(30);
    expect(runToEnd(swissAssignOp(m, 1)).kind).toBe('ok');
    expect(runToEnd(swissAssignOp(m, 2)).kind).toBe('ok');
    expect(runToEnd(swissDeleteOp(m, 2)).kind).toBe('ok');
    expect(runToEnd(swissClearOp(m)).kind).toBe('ok');
    expect(m.writing).toBe(0);
  });

  it('small map with no empty slot: two inserts into a 7-entry map, both past the used check', () => {
    const m = filled(7);
    const a = swissAssignOp(m, 100);
    const b = swissAssignOp(m, 200);
    // a.entry, b.entry, a.toggle (used 7 < 8 → putSmall), b.toggle (same), a.putSmall fills slot 8.
    const out = run([a, b], [0, 1, 0, 1, 0, 1]);
    expect(out[0]).toBeNull();
    expect(out[1]).toEqual(fatalOf(msgSmallNoEmpty));
    expect(m.used).toBe(8);
  });

  it('with one free slot left for each, two small-map inserts do not hit the small-map fatal', () => {
    const m = filled(6);
    const a = swissAssignOp(m, 100);
    const b = swissAssignOp(m, 200);
    const out = run([a, b], [0, 1, 0, 1, 0, 1, 0, 1]);
    // Both exit checks see writing == 0 (toggled twice): the classic double report.
    expect(out).toEqual([fatalOf(msgConcurrentWrites), fatalOf(msgConcurrentWrites)]);
  });

  it('two writers that both find the same table full: one rebuilds it, the other skips the stale rebuild', () => {
    const m = filled(14); // 16-slot table, growthLeft 0: any new key needs a grow
    const t = m.dir[0];
    const a = swissAssignOp(m, 100);
    const b = swissAssignOp(m, 200);
    const out = run([a, b], [0, 1, 0, 1, 0, 1]); // entry, entry, toggle, toggle, probe, probe
    expect(out).toEqual([null, null]);
    expect([a.next, b.next]).toEqual(['grow', 'grow']);
    a.step(); // a grows t into a 32-slot table
    expect(t.index).toBe(-1);
    const grown = m.dir[0];
    b.step(); // b's table is stale: Go would rebuild it again and lose a's work; the model skips
    expect(m.dir[0]).toBe(grown);
    expect(b.next).toBe('probe');
    // writing was toggled twice: both exit checks fail, but the map holds both keys.
    expect([runToEnd(a), runToEnd(b)]).toEqual([fatalOf(msgConcurrentWrites), fatalOf(msgConcurrentWrites)]);
    expect(m.used).toBe(16);
    expect(grown.used).toBe(16);
  });

  it('a nil map panics on assignment before any check', () => {
    expect(runToEnd(swissAssignOp<number, number>(null, 1))).toEqual({ done: true, kind: 'panic', message: msgNilMapAssign });
  });
});

describe('read vs write', () => {
  it('an access whose entry lands inside an assign\'s window dies', () => {
    const m = filled(50);
    const a = swissAssignOp(m, 5000);
    stepUntil(a, 'probe');
    expect(swissAccess(m, 1, 0)).toEqual(fatalOf(msgReadWrite));
  });

  it('an access that passed its entry before the toggle is never detected, and still reads right', () => {
    const m = filled(50);
    const r = swissAccessOp(m, 7, 0);
    r.step(); // entry: writing is 0
    const a = swissAssignOp(m, 7);
    stepUntil(a, 'exit');
    const got = runToEnd(r);
    expect(got.kind).toBe('ok');
    if (got.kind === 'ok') expect(got.value).toMatchObject({ found: true, elem: 7 });
    expect(runToEnd(a).kind).toBe('ok');
  });

  it('a reader that selected a table before a writer grew it still finds its key in the old table', () => {
    const m = filled(14); // one 16-slot table with growthLeft 0
    const r = swissAccessOp(m, 3, 0);
    r.step();
    const t = m.dir[0];
    expect(runToEnd(swissAssignOp(m, 99)).kind).toBe('ok');
    expect(m.dir[0]).not.toBe(t); // replaced by a 32-slot table
    expect(t.index).toBe(-1);
    const got = runToEnd(r);
    expect(got.kind === 'ok' && got.value.found && got.value.elem).toBe(3);
  });

  it('reads of an empty or nil map skip the check (no fatal even mid-write)', () => {
    const m = intSwiss(1);
    const a = swissAssignOp(m, 1);
    stepUntil(a, 'putSmall');
    expect(m.writing).toBe(1);
    expect(swissAccess(m, 1, 0).kind).toBe('ok'); // used is still 0
    expect(swissAccess<number, number>(null, 1, 0).kind).toBe('ok');
  });
});

describe('iteration and clone vs write', () => {
  it('an iterator step inside a writer\'s window dies; steps before and after do not', () => {
    const m = filled(40);
    const init = swissIterInit(m);
    expect(init.kind).toBe('ok');
    if (init.kind !== 'ok') return;
    const it1 = init.value;
    expect(runToEnd(swissIterNextOp(it1)).kind).toBe('ok');
    const a = swissAssignOp(m, 41);
    a.step();
    expect(runToEnd(swissIterNextOp(it1)).kind).toBe('ok'); // a has only hashed
    a.step(); // toggle
    expect(runToEnd(swissIterNextOp(it1))).toEqual(fatalOf(msgIterWrite));
  });

  it('range start: init has no check, the first next does', () => {
    const m = filled(3);
    const a = swissDeleteOp(m, 1);
    stepUntil(a, 'delete');
    const op = swissIterInitOp(m);
    expect(op.step()).toEqual({ done: false, phase: 'init' });
    expect(op.step()).toEqual(fatalOf(msgIterWrite));
  });

  it('maps.Clone inside a window dies with the clone message, even for an empty map', () => {
    const m = filled(20);
    const a = swissAssignOp(m, 1);
    stepUntil(a, 'probe');
    expect(runToEnd(swissCloneOp(m, 2))).toEqual(fatalOf(msgCloneWrite));
    const e = intSwiss(2);
    e.writing = 1; // as if a writer's window were open on it
    expect(runToEnd(swissCloneOp(e, 3))).toEqual(fatalOf(msgCloneWrite));
  });

  it('a clone that passed its entry check does not notice a write during its copy phases', () => {
    const m = filled(3000);
    const c = swissCloneOp(m, 2);
    c.step(); // entry
    const w = swissAssignOp(m, 1);
    stepUntil(w, 'exit');
    const r = runToEnd(c);
    expect(r.kind).toBe('ok');
    expect(runToEnd(w).kind).toBe('ok');
  });
});

describe('every interleaving of two ops', () => {
  type Make = (m: ReturnType<typeof filled>) => MapOp<unknown>;
  // `emptyExit`: on an empty map the op returns at entry with no check (Go's `m.Used() == 0`
  // shortcut in Delete, Clear and the accessors; mapassign has none).
  const makers: Record<string, { make: Make; writer: boolean; emptyExit: boolean }> = {
    assign: { make: (m) => swissAssignOp(m, 500), writer: true, emptyExit: false },
    update: { make: (m) => swissAssignOp(m, 3), writer: true, emptyExit: false },
    delete: { make: (m) => swissDeleteOp(m, 4), writer: true, emptyExit: true },
    clear: { make: (m) => swissClearOp(m), writer: true, emptyExit: true },
    access: { make: (m) => swissAccessOp(m, 5, 0), writer: false, emptyExit: true },
  };

  /** All ways to interleave a steps of op 0 with b steps of op 1. */
  function schedules(a: number, b: number): number[][] {
    if (a === 0) return [new Array(b).fill(1)];
    if (b === 0) return [new Array(a).fill(0)];
    return [...schedules(a - 1, b).map((s) => [0, ...s]), ...schedules(a, b - 1).map((s) => [1, ...s])];
  }

  /**
   * The rule from Go's source, independent of the model's code: a writer checks `writing` at its
   * first step, toggles it at its second, and at its last checks it is set and toggles it back; a
   * reader checks at its first step; clear empties the map at its third step, after which ops
   * with the empty-map shortcut return at entry unchecked. Returns who dies ('' = nobody).
   */
  function oracle(ops: Array<{ writer: boolean; emptyExit: boolean; clear: boolean }>, lens: number[], schedule: number[]): string {
    let writing = 0;
    let empty = false;
    const pos = [0, 0];
    const dead = [false, false];
    const kinds = ops.map((o) => o.writer);
    for (const i of schedule) {
      if (dead[i] || pos[i] >= lens[i]) continue;
      const p = pos[i]++;
      if (p === 0 && empty && ops[i].emptyExit) pos[i] = lens[i];
      else if (p === 0 && writing !== 0) dead[i] = true;
      else if (ops[i].clear && p === 2) empty = true;
      else if (kinds[i] && p === 1) writing ^= 1;
      else if (kinds[i] && p === lens[i] - 1) {
        if (writing === 0) dead[i] = true;
        else writing ^= 1;
      }
    }
    return dead.map((d, i) => (d ? String(i) : '')).join('');
  }

  for (const [na, a] of Object.entries(makers)) {
    for (const [nb, b] of Object.entries(makers)) {
      it(`${na} and ${nb} on a table map: fatal exactly where Go's checks put it`, () => {
        // Phase counts from solo runs; on a 100-entry table neither op grows anything.
        const lens = [a, b].map((x) => {
          const op = x.make(filled(100));
          let n = 0;
          while (!op.step().done) n++;
          return n + 1;
        });
        let fatals = 0;
        for (const s of schedules(lens[0], lens[1])) {
          const m = filled(100);
          const out = run([a.make(m), b.make(m)], s);
          const got = out.map((o, i) => (o !== null && o.kind === 'fatal' ? String(i) : '')).join('');
          const desc = [[na, a], [nb, b]].map(([n, x]) => ({ ...(x as typeof a), clear: n === 'clear' }));
          expect(got, `schedule ${s.join('')}`).toBe(oracle(desc, lens, s));
          if (got !== '') fatals++;
        }
        if (a.writer || b.writer) expect(fatals).toBeGreaterThan(0);
        else expect(fatals).toBe(0);
      });
    }
  }
});
