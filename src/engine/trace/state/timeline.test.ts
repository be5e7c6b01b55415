// The timeline model over real traces: lanes agree with the goroutines slice at every event,
// bars cover map write windows and lock waits, crashes are marked, columns aggregate honestly.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import { TraceReader } from '../reader.ts';
import { loadCase, loadCases } from '../testdata/cases.ts';
import { goroutineStatus, goroutinesSlice } from './goroutines.ts';
import { ProcessorIndex } from './processor-index.ts';
import { BarKind, buildTimeline, LaneState, laneStateAt, timelineBuilder, type TimelineLane } from './timeline.ts';
import { columnOf, laneColumns, positionAt } from './timeline-columns.ts';
import { timelineSummary } from './timeline-summary.ts';

function traced(source: string, seed: number, procs: number): TraceReader {
  return new TraceReader(runSource(source, { seed, procs, trace: true }).trace!);
}

function caseReader(file: string): TraceReader {
  const c = loadCase(file);
  return traced(c.source, c.seed, c.procs);
}

const lane = (lanes: TimelineLane[], g: number) => lanes.find((l) => l.g === g)!;

describe('buildTimeline', () => {
  it('agrees with the goroutines slice after every event of every golden trace, seeds 1–4', () => {
    for (const c of loadCases()) {
      for (let seed = 1; seed <= 4; seed++) {
        const reader = traced(c.source, seed, c.procs);
        const model = buildTimeline(reader);
        const slice = goroutinesSlice(ProcessorIndex.build(reader.trace));
        const s = slice.init();
        for (let i = 0; i < reader.length; i++) {
          slice.apply(s, reader.get(i)!);
          for (const info of s.byId.values()) {
            const want = goroutineStatus(s, info);
            const got = laneStateAt(lane(model.lanes, info.id), i);
            const as = { [LaneState.Executing]: 'running', [LaneState.Running]: 'running', [LaneState.Runnable]: 'runnable', [LaneState.Blocked]: 'blocked', [LaneState.Done]: 'done' }[got.state as 1];
            expect(`${c.name} seed ${seed} event ${i} g${info.id}: ${as}`).toBe(`${c.name} seed ${seed} event ${i} g${info.id}: ${want}`);
            if (got.state === LaneState.Executing) expect(info.id).toBe(s.current);
            expect(got.reason).toBe(info.waitReason);
          }
        }
      }
    }
  });

  it('built in slices, equals the model built in one go', () => {
    for (const c of loadCases()) {
      const reader = traced(c.source, c.seed, c.procs);
      const b = timelineBuilder(reader);
      let slices = 0;
      while (!b.advance(7)) slices++;
      expect(b.done).toBe(reader.length);
      expect(slices).toBeGreaterThan(3);
      expect(b.model()).toEqual(buildTimeline(reader));
    }
  });

  it('is absent before a goroutine is created', () => {
    const reader = caseReader('two-writers-crash.go');
    const model = buildTimeline(reader);
    const g3 = lane(model.lanes, 3);
    expect(laneStateAt(g3, g3.createdAt - 1).state).toBe(LaneState.Absent);
    expect(laneStateAt(g3, g3.createdAt).state).not.toBe(LaneState.Absent);
    expect(model.lanes.map((l) => l.g)).toEqual([1, 2, 3]);
  });

  it('marks the crash and shows both writers inside their write windows there', () => {
    const reader = caseReader('two-writers-crash.go');
    const model = buildTimeline(reader);
    expect(model.marks).toHaveLength(1);
    const [mark] = model.marks;
    expect(mark).toMatchObject({ kind: 'fatal', message: 'concurrent map writes' });
    expect(reader.kindAt(mark.index)).toBe('fatal.raised');
    const inWrite = (l: TimelineLane) => [...l.barFrom].some((from, k) => l.barKind[k] === BarKind.MapWrite && from <= mark.index && mark.index < l.barTo[k]);
    expect(model.lanes.filter(inWrite).map((l) => l.g).sort()).toEqual([2, 3]);
    // Every closed write bar spans its began..ended events.
    for (const l of model.lanes) {
      l.barFrom.forEach((from, k) => {
        if (l.barKind[k] !== BarKind.MapWrite) return;
        expect(reader.kindAt(from)).toBe('map.write.began');
        const to = l.barTo[k];
        if (to < reader.length) expect(reader.kindAt(to - 1)).toBe('map.write.ended');
      });
    }
  });

  it('draws lock waits from blocked to unblocked on a sync.Mutex', () => {
    const reader = caseReader('mutex-counter.go');
    const model = buildTimeline(reader);
    let waits = 0;
    for (const l of model.lanes) {
      l.barFrom.forEach((from, k) => {
        if (l.barKind[k] !== BarKind.LockWait) return;
        waits++;
        const b = reader.get(from)!;
        const e = reader.get(l.barTo[k] - 1)!;
        expect([b.kind, e.kind, b.g, e.g]).toEqual(['goroutine.blocked', 'goroutine.unblocked', l.g, l.g]);
      });
    }
    const blockedOnMutex = [...reader.range()].filter((e) => e.kind === 'goroutine.blocked' && e.reason === 'sync.Mutex.Lock').length;
    expect(waits).toBe(blockedOnMutex);
    expect(waits).toBeGreaterThan(0);
  });

  it('draws lock ownership from lock.acquired to lock.released of the same goroutine, never for WaitGroups', () => {
    const reader = caseReader('mutex-counter.go');
    const model = buildTimeline(reader);
    const events = [...reader.range()];
    const fields = (e: unknown) => e as { kind: string; g: number; obj: number; type: string; read: boolean };
    const groups = new Set(events.filter((e) => fields(e).kind === 'lock.seen' && fields(e).type === 'WaitGroup').map((e) => fields(e).obj));
    const acquired = events.filter((e) => fields(e).kind === 'lock.acquired' && !groups.has(fields(e).obj));
    expect(acquired.length).toBeGreaterThan(0);
    let held = 0;
    for (const l of model.lanes) {
      l.barFrom.forEach((from, k) => {
        if (l.barKind[k] !== BarKind.LockHeld) return;
        held++;
        expect(fields(reader.get(from)).kind).toBe('lock.acquired');
        expect(reader.get(from)!.g).toBe(l.g);
        const end = reader.get(l.barTo[k] - 1)!;
        expect(fields(end).kind).toBe('lock.released');
        expect(fields(end).obj).toBe(fields(reader.get(from)).obj);
      });
    }
    expect(held).toBe(acquired.length);
  });

  it('summarises each goroutine in words, crash first', () => {
    const lines = timelineSummary(buildTimeline(caseReader('two-writers-crash.go')));
    expect(lines[0]).toMatch(/^fatal error: concurrent map writes, in g3 at event \d+\.$/);
    expect(lines[1]).toMatch(/^g1 \(main\): scheduled \d+ times, blocked 1 time \(semacquire\); still alive when the run ended\.$/);
    expect(lines[2]).toMatch(/^g2, created by main\.main at event \d+: scheduled \d+ times, \d+ map writes; still alive when the run ended\.$/);
  });

  it('handles an empty trace and a compile error', () => {
    const reader = traced('package main\nfunc main() { x }\n', 1, 1);
    const model = buildTimeline(reader);
    expect(model.lanes).toEqual([]);
    expect(timelineSummary(model)).toEqual([]);
  });
});

describe('laneColumns', () => {
  it('with one column per event, shows exactly each event\'s state', () => {
    const reader = caseReader('mutex-counter.go');
    const model = buildTimeline(reader);
    for (const l of model.lanes) {
      const cols = laneColumns(l, { from: 0, to: model.length, columns: model.length });
      for (let i = 0; i < model.length; i++) expect(cols.states[i]).toBe(laneStateAt(l, i).state);
    }
  });

  it('with fewer columns, shows the state covering most of each column, and every bar', () => {
    const reader = caseReader('two-writers-crash.go');
    const model = buildTimeline(reader);
    const range = { from: 0, to: model.length, columns: 7 };
    for (const l of model.lanes) {
      const cols = laneColumns(l, range);
      for (let c = 0; c < 7; c++) {
        const counts = new Map<number, number>();
        for (let i = 0; i < model.length; i++) if (columnOf(range, i) === c) counts.set(laneStateAt(l, i).state, (counts.get(laneStateAt(l, i).state) ?? 0) + 1);
        const most = Math.max(...counts.values());
        expect(counts.get(cols.states[c])).toBe(most);
      }
      l.barFrom.forEach((from, k) => expect(cols.bars[columnOf(range, from)] & (1 << l.barKind[k])).not.toBe(0));
    }
  });

  it('maps clicks to positions after the event under the pointer, clamped', () => {
    const range = { from: 0, to: 100, columns: 50 };
    expect(positionAt(range, 0)).toBe(1);
    expect(positionAt(range, 0.5)).toBe(51);
    expect(positionAt(range, 1)).toBe(100);
    expect(positionAt(range, -3)).toBe(1);
    expect(positionAt(range, Number.NaN)).toBe(1);
    expect(columnOf(range, 99)).toBe(49);
    expect(columnOf(range, 1e9)).toBe(49);
  });

  it('aggregates a run of hundreds of thousands of events quickly', () => {
    const src = `package main

import "sync"

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	m := map[int]int{}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 12000; i++ {
				mu.Lock()
				m[i%500+w*1000] = i
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
}
`;
    const reader = traced(src, 1, 4);
    expect(reader.length).toBeGreaterThan(300_000);
    let t = performance.now();
    const model = buildTimeline(reader);
    const build = performance.now() - t;
    t = performance.now();
    for (const l of model.lanes) laneColumns(l, { from: 0, to: model.length, columns: 1200 });
    const draw = performance.now() - t;
    console.log(`timeline: ${reader.length} events, ${model.lanes.length} lanes, build ${build.toFixed(0)} ms, 1200 columns ${draw.toFixed(1)} ms`);
    // Generous bounds for a shared two-core machine; the figures are printed above.
    expect(build).toBeLessThan(5000);
    expect(draw).toBeLessThan(500);
  }, 120_000);
});
