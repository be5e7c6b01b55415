// The narration's jumps over real traces, checked against a plain decode of every event.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import type { TraceEvent } from '../events.ts';
import { TraceReader } from '../reader.ts';
import { loadCases } from '../testdata/cases.ts';
import { sampleProgram } from './testdata/crash-sample.ts';
import { nextJump, previousJump, type JumpKind } from './narrate-jumps.ts';
import { sampleTraces, smallRaceTrace } from './testdata/narrate-swiss-cases.ts';

const readers = [
  ...loadCases().map((c) => ({ name: c.name, reader: new TraceReader(runSource(c.source, { seed: c.seed, procs: c.procs, trace: true }).trace!) })),
  // Go 1.26: the same jumps over Swiss-table maps.
  ...sampleTraces(sampleProgram, [1, 2]).map((t) => ({ name: `go1.26 ${t.name}`, reader: t.reader })),
  { name: 'go1.26 small-map race', reader: smallRaceTrace().reader },
];

/** Swiss kinds that leave the map as it was: reads, probes, range steps (a Swiss range sets no flags). */
const swissUnchanged = ['swiss.read', 'swiss.probed', 'swiss.iter.started', 'swiss.iter.yielded', 'swiss.iter.finished'];

/** The same question answered by decoding every event (slow, obviously right). */
const oracle: Record<JumpKind, (e: TraceEvent) => boolean> = {
  switch: (e) => e.kind === 'sched.switched',
  map: (e) =>
    (e.kind.startsWith('map.') && !['map.read', 'map.iter.yielded', 'map.iter.finished'].includes(e.kind)) ||
    (e.kind.startsWith('swiss.') && !swissUnchanged.includes(e.kind)),
  lock: (e) => (e.kind === 'goroutine.blocked' || e.kind === 'goroutine.unblocked') && /^sync\.(RW)?Mutex\./.test(e.reason),
};

/** Lock state events on Mutexes and RWMutexes (lock.seen says which objects are WaitGroups). */
function lockOracle(events: TraceEvent[]): (e: TraceEvent) => boolean {
  const fields = (e: TraceEvent) => e as unknown as { obj: number; type: string };
  const groups = new Set(events.filter((e) => (e.kind as string) === 'lock.seen' && fields(e).type === 'WaitGroup').map((e) => fields(e).obj));
  return (e) => oracle.lock(e) || ((e.kind as string).startsWith('lock.') && !groups.has(fields(e).obj));
}

describe('jumps', () => {
  for (const { name, reader } of readers) {
    it(`${name}: next and previous agree with a full decode at every position`, () => {
      const events = [...reader.range()];
      for (const kind of ['map', 'lock', 'switch'] as const) {
        const hits = events.filter(kind === 'lock' ? lockOracle(events) : oracle[kind]).map((e) => e.index as number);
        for (let p = 0; p <= reader.length; p++) {
          expect(nextJump(reader, p, kind)).toBe(hits.find((i) => i >= p) ?? -1);
          expect(previousJump(reader, p, kind)).toBe([...hits].reverse().find((i) => i < p - 1) ?? -1);
        }
      }
    });
  }

  it('finds what each golden program is about', () => {
    const byName = Object.fromEntries(readers.map((r) => [r.name, r.reader]));
    expect(nextJump(byName['mutex-counter'], 0, 'lock')).toBeGreaterThan(0);
    expect(nextJump(byName['two-writers-crash'], 0, 'lock')).toBe(-1); // WaitGroups are not locks
    expect(nextJump(byName['map-growth'], 0, 'switch')).toBe(1); // the first decision, then one goroutine
    expect(nextJump(byName['map-growth'], 2, 'switch')).toBe(-1);
    const crash = byName['two-writers-crash'];
    const firstWrite = nextJump(crash, 0, 'map');
    expect(crash.kindAt(firstWrite)).toBe('map.made');
    // Landing on a change (cursor = index + 1) and jumping again moves on; back returns.
    const second = nextJump(crash, firstWrite + 1, 'map');
    expect(second).toBeGreaterThan(firstWrite);
    expect(previousJump(crash, second + 1, 'map')).toBe(firstWrite);
  });

  it('in a Go 1.26 crash, the map jumps land on the Swiss writes', () => {
    const crash = readers.find((r) => r.name === 'go1.26 sample seed 1')!.reader;
    const first = nextJump(crash, 0, 'map');
    expect(crash.kindAt(first)).toBe('swiss.made');
    const toggle = crash.findNext(0, ['swiss.write.began']);
    let at = first;
    while (at >= 0 && at < toggle) at = nextJump(crash, at + 1, 'map');
    expect(at).toBe(toggle);
  });

  it('treats positions outside the trace as its ends', () => {
    const { reader } = readers[0];
    for (const kind of ['map', 'lock', 'switch'] as const) {
      expect(nextJump(reader, -5, kind)).toBe(nextJump(reader, 0, kind));
      expect(nextJump(reader, Number.NaN, kind)).toBe(nextJump(reader, 0, kind));
      expect(nextJump(reader, reader.length + 3, kind)).toBe(-1);
      expect(previousJump(reader, reader.length + 3, kind)).toBe(previousJump(reader, reader.length, kind));
      expect(previousJump(reader, 0, kind)).toBe(-1);
    }
  });
});
