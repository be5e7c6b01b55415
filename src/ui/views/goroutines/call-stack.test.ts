// Call stacks rebuilt from the trace, checked against Go's own goroutine dump of the same crash.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../../worker/engine-api.ts';
import { TraceReader } from '../../../engine/trace/reader.ts';
import { TraceCursor } from '../../../engine/trace/state/cursor.ts';
import { callStack } from './call-stack.ts';
import { goroutineRows } from './goroutine-rows.ts';
import type { SyncState } from '../../../engine/trace/state/sync.ts';

// Two writers three calls deep: Go's dump names the crashing goroutine's frames with their lines.
const nested = `package main

import "sync"

func put(m map[int]int, k int) {
	m[k] = k
}

func fill(m map[int]int, base int) {
	for i := 0; i < 100; i++ {
		put(m, base+i)
	}
}

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fill(m, w*1000)
		}()
	}
	wg.Wait()
}
`;

// Traces come through the worker's implementation, as the app gets them (called directly: no worker in Node).
const api = createEngineApi();
function runSource(source: string, o: { seed: number; procs: number; trace: true }) {
  return api.run(source, { seed: o.seed, procs: o.procs, policy: 'random', maxSteps: 1e9, trace: true }, 1);
}

/** The frames Go's dump prints for goroutine g: [func, line] innermost first. */
function dumpFrames(stderr: string, g: number): Array<[string, number]> {
  const block = stderr.split('\n\n').find((b) => b.startsWith(`goroutine ${g} [`));
  if (!block) return [];
  const lines = block.split('\n').slice(1);
  const frames: Array<[string, number]> = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    if (lines[i].startsWith('created by')) break;
    const m = /^\tprog\.go:(\d+)/.exec(lines[i + 1]);
    if (m) frames.push([lines[i].replace(/\(.*\)$/, ''), Number(m[1])]);
  }
  return frames;
}

describe('callStack', () => {
  it('matches the frames of Go\'s dump for the crashing goroutine at the crash', () => {
    let checked = 0;
    for (let seed = 1; seed <= 6 && checked < 2; seed++) {
      const r = runSource(nested, { seed, procs: 2, trace: true });
      if (!r.stderr.includes('concurrent map writes')) continue;
      const reader = new TraceReader(r.trace!);
      const g = Number(/goroutine (\d+) \[running\]:\n(?!\tgoroutine running)/.exec(r.stderr)![1]);
      const stack = callStack(reader, g, reader.length).map((f) => [f.func, f.line]);
      expect(stack).toEqual(dumpFrames(r.stderr, g));
      expect(stack.map((f) => f[0])).toEqual(['main.put', 'main.fill', 'main.main.func1']);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('follows calls and returns: deeper while inside put, back to fill after it', () => {
    const r = runSource(nested, { seed: 1, procs: 1, trace: true });
    const reader = new TraceReader(r.trace!);
    let sawDeep = false;
    let sawBack = false;
    let prevDepth = 0;
    for (let p = 0; p <= reader.length; p++) {
      const s = callStack(reader, 2, p);
      if (s.length === 3) sawDeep = true;
      if (prevDepth === 3 && s.length === 2) {
        sawBack = true;
        expect(s[0].func).toBe('main.fill');
      }
      prevDepth = s.length;
    }
    expect([sawDeep, sawBack]).toEqual([true, true]);
    expect(callStack(reader, 99, reader.length)).toEqual([]);
    expect(callStack(reader, 2, Number.NaN)).toEqual([]);
  });
});

describe('goroutineRows', () => {
  it('says what Go says about each goroutine at the crash: running, blocked with the wait reason, created by', () => {
    const r = runSource(nested, { seed: 2, procs: 2, trace: true });
    const cursor = new TraceCursor(r.trace!);
    cursor.seek(cursor.length);
    const rows = goroutineRows(cursor.state.goroutines);
    expect(rows.map((row) => row.id)).toEqual([1, 2, 3]);
    const main = rows[0];
    expect([main.status, main.stateText, main.createdBy, main.func]).toEqual(['blocked', 'blocked [semacquire]', '', 'main.main']);
    for (const row of rows.slice(1)) {
      expect(row.createdBy).toBe('main.main in g1, line 20');
      expect(row.func).toMatch(/^main\.(put|fill|main\.func1)$/);
    }
    // Go's dump agrees on main's wait reason.
    if (r.stderr.includes('fatal error')) expect(r.stderr).toContain('goroutine 1 [semacquire]:');
  });

  it('says what a blocked goroutine waits on and who holds it, from the locks slice', () => {
    const counter = `package main

import "sync"

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	println(n)
}
`;
    const r = runSource(counter, { seed: 7, procs: 2, trace: true });
    const cursor = new TraceCursor(r.trace!);
    let seen = 0;
    for (let p = 1; p <= cursor.length; p++) {
      cursor.seek(p);
      const sync = (cursor.state as { sync?: SyncState }).sync!;
      for (const row of goroutineRows(cursor.state.goroutines, { sync })) {
        if (row.info.waitReason !== 'sync.Mutex.Lock') continue;
        const owner = sync.locks.get(row.info.waitObj)!.owner;
        expect(row.waitDetail).toBe(owner !== 0 && owner !== row.id ? `on mu, held by g${owner}` : 'on mu');
        if (owner !== 0) seen++;
      }
      if (cursor.state.goroutines.byId.get(1)?.waitReason === 'semacquire') {
        expect(goroutineRows(cursor.state.goroutines, { sync })[0].waitDetail).toMatch(/^on wg \(counter \d\)$/);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
