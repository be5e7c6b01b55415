// Bad input is normal input: hand-built traces with every swiss.* kind, empty or odd fields, and
// events in an order no run produces. Narration, links, jumps, timeline and stepping never throw.
import { describe, expect, it } from 'vitest';
import { eventNames, type EventName } from '../events.ts';
import { TraceReader } from '../reader.ts';
import { TraceWriter } from '../writer.ts';
import { TraceCursor } from './cursor.ts';
import { narrateAt, narrateRange } from './narrate.ts';
import { nextJump, previousJump } from './narrate-jumps.ts';
import { narrationLinks } from './narrate-links.ts';
import { buildTimeline } from './timeline.ts';
import { timelineSummary } from './timeline-summary.ts';

const swissKinds = eventNames.filter((k) => k.startsWith('swiss.'));

/** Fields a run never writes: missing side tables, negative and huge ids, tables the trace never built. */
const oddFields: Array<Record<string, unknown>> = [
  {},
  { map: 1, table: 7, slot: 99, probes: 0, hash: 0xffffffff, dirIndex: -3, found: true, old: 42, bit: 0, tables: [], indexChanges: [], small: { ctrl: [], keys: [], elems: [] } },
  { map: -1, table: -1, slot: -1, op: 'nonsense', writingBefore: 1, writingAfter: 1, globalDepth: 40, globalDepthBefore: 31, globalDepthAfter: 32, entryOffset: -7, dirOffset: -1, small: true },
  {
    map: 2, old: 1, oldCapacity: 0, usedBefore: 3, tables: [{ table: 1, capacity: 0, used: 0, growthLeft: 0, localDepth: 0, index: 0, ctrl: [], keys: [], elems: [] }],
    small: { ctrl: [0x80, 0xfe, 5], keys: [1], elems: [] },
  },
];

function handTrace(goVersion?: string): TraceReader {
  const w = new TraceWriter({ fileName: 'prog.go', seed: 1, procs: 2, policy: 'random', ...(goVersion ? { goVersion } : {}) });
  w.append('goroutine.created', 0, 1, { parent: 0, line: 0, createdBy: '' });
  w.append('sched.switched', 1, 1, { from: 0, p: 0 });
  let step = 1;
  for (const fields of oddFields) {
    for (const kind of swissKinds) w.append(kind as EventName, step, 1 + (step % 3), fields);
    step++;
  }
  w.append('fatal.raised', step, 2, { message: 'small map with no empty slot (concurrent map writes?)' });
  w.append('fatal.raised', step, 3, { message: 'concurrent map writes' });
  w.append('run.ended', step, 0, { exitCode: 2, instructions: 10, stopped: '' });
  return new TraceReader(w.finish());
}

describe('Swiss narration on hand-built traces', () => {
  for (const goVersion of [undefined, '1.26', 'garbage']) {
    it(`never throws, and always says something (goVersion ${goVersion ?? 'none'})`, () => {
      const reader = handTrace(goVersion);
      for (let i = 0; i < reader.length; i++) {
        const n = narrateRange(reader, i, i + 1);
        expect(n.text.length).toBeGreaterThan(10);
        expect(n.text).not.toMatch(/undefined|NaN|\[object/);
        expect(() => narrationLinks(reader, n)).not.toThrow();
      }
      for (let p = 0; p <= reader.length + 1; p++) {
        expect(() => narrationLinks(reader, narrateAt(reader, p))).not.toThrow();
        expect(() => nextJump(reader, p, 'map')).not.toThrow();
        expect(() => previousJump(reader, p, 'map')).not.toThrow();
      }
      const model = buildTimeline(reader);
      expect(model.marks).toHaveLength(2);
      expect(() => timelineSummary(model)).not.toThrow();
      const c = new TraceCursor(reader.trace);
      let stops = 0;
      while (c.position < c.length && stops < 10_000) {
        c.stepForward('phase');
        stops++;
      }
      expect(c.position).toBe(c.length);
    });
  }

  it('an unmatched write.ended or a window that never ends leaves no bar past the trace', () => {
    const w = new TraceWriter({ fileName: 'prog.go', seed: 1, procs: 1, policy: 'random', goVersion: '1.26' });
    w.append('goroutine.created', 0, 1, { parent: 0, line: 0, createdBy: '' });
    w.append('swiss.write.ended', 1, 1, { map: 1, op: 'mapassign', writingBefore: 1, writingAfter: 0 });
    w.append('swiss.write.began', 1, 1, { map: 1, op: 'mapassign', key: 3, writingBefore: 0, writingAfter: 1 });
    const reader = new TraceReader(w.finish());
    const lane = buildTimeline(reader).lanes[0];
    expect(Array.from(lane.barFrom)).toEqual([2]);
    expect(Array.from(lane.barTo)).toEqual([3]);
    expect(narrateAt(reader, 3).text).toBe("g1 set m1's writing flag and is writing key 3.");
  });
});
