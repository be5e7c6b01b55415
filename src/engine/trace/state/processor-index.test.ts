// P ownership over a hand-written trace: switches, a block, a time-slice descheduling and an end,
// folded forwards and reverted back through the ProcessorIndex's before-values.
import { describe, expect, it } from 'vitest';
import { TraceWriter } from '../writer.ts';
import { TraceCursor } from './cursor.ts';
import { goroutineStatus, goroutinesSlice, type GoroutinesState } from './goroutines.ts';
import { ProcessorIndex } from './processor-index.ts';

function build() {
  const w = new TraceWriter({ fileName: 'prog.go', seed: 1, procs: 2, policy: 'random' });
  w.append('goroutine.created', 0, 1, { parent: 0, line: 0, createdBy: '' });
  w.append('sched.switched', 1, 1, { from: 0, p: 0 });
  w.append('goroutine.created', 1, 2, { parent: 1, line: 5, createdBy: 'main.main' });
  w.append('goroutine.created', 1, 3, { parent: 1, line: 5, createdBy: 'main.main' });
  w.append('sched.switched', 2, 2, { from: 1, p: 1 });
  w.append('goroutine.descheduled', 3, 1, { p: 0 }); // g1's time slice ran out
  w.append('sched.switched', 3, 3, { from: 2, p: 0 }); // g3 takes P0
  w.append('goroutine.blocked', 3, 3, { reason: 'chan receive', obj: 1 });
  w.append('sched.switched', 4, 1, { from: 3, p: 0 }); // g1 back on P0
  w.append('goroutine.ended', 4, 2, { line: 0 });
  return w.finish();
}

/** [status, P] of each goroutine, and the P owners. */
function view(s: GoroutinesState): string {
  const gs = [...s.byId.values()].map((g) => `g${g.id}:${goroutineStatus(s, g)}@${g.p}`).join(' ');
  // Idle Ps past the last used one are the same state whether or not the array has grown to them.
  const used = s.procs.slice(0, s.procs.findLastIndex((g) => g !== 0) + 1);
  const procs = used.map((g, p) => `P${p}=${g}`).join(' ');
  return `${gs} | ${procs} | current g${s.current}`;
}

describe('ProcessorIndex with the goroutines slice', () => {
  it('moves goroutines on and off Ps, and stepping back restores every owner', () => {
    const trace = build();
    const c = new TraceCursor<GoroutinesState>(trace, { slice: goroutinesSlice(ProcessorIndex.build(trace)), minInterval: 1_000 });
    const forward = [view(c.state)];
    while (c.forward()) forward.push(view(c.state));
    // After g1's descheduling (event 5): off P0, which stays idle until g3 is switched onto it.
    expect(forward[5]).toBe('g1:running@0 g2:running@1 g3:runnable@-1 | P0=1 P1=2 | current g2');
    expect(forward[6]).toBe('g1:runnable@-1 g2:running@1 g3:runnable@-1 | P0=0 P1=2 | current g2');
    expect(forward[7]).toBe('g1:runnable@-1 g2:running@1 g3:running@0 | P0=3 P1=2 | current g3');
    expect(forward[8]).toBe('g1:runnable@-1 g2:running@1 g3:blocked@-1 | P0=0 P1=2 | current g3');
    expect(forward[10]).toBe('g1:running@0 g2:done@-1 g3:blocked@-1 | P0=1 | current g1');
    while (c.back()) expect(view(c.state)).toBe(forward[c.position]);
    expect(c.position).toBe(0);
  });

  it('answers nothing for events it does not index', () => {
    const index = ProcessorIndex.build(build());
    expect(index.before(2)).toBeUndefined(); // a goroutine.created
    expect(index.before(5)).toEqual({ p: 0, holder: 1 }); // g1's descheduling: it held P0
    expect(ProcessorIndex.empty().before(0)).toBeUndefined();
  });
});
