// Inspecting a run at a trace position: the re-run stops there and shows each goroutine's frames and locals.
import { describe, expect, it } from 'vitest';
import { runSource } from '../run-source.ts';
import { TraceReader } from '../trace/reader.ts';

const prog = `package main

import (
	"fmt"
	"sync"
)

type point struct{ x, y int }

func scale(p point, k int) point {
	q := point{p.x * k, p.y * k}
	return q
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	names := []string{"a", "b"}
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += len(names[i])
			mu.Unlock()
		}()
	}
	wg.Wait()
	p := scale(point{1, 2}, 3)
	fmt.Println(total, p)
}
`;

describe('inspection at a trace position', () => {
  const full = runSource(prog, { seed: 5, procs: 2, trace: true });
  const reader = new TraceReader(full.trace!);

  it('stops at the asked event and lists every live goroutine with its frames', () => {
    const at = reader.findNext(0, ['lock.acquired' as never]);
    expect(at).toBeGreaterThan(0);
    const r = runSource(prog, { seed: 5, procs: 2, inspectAt: at });
    expect(r.inspection!.events).toBeGreaterThan(at);
    expect(r.inspection!.events - at).toBeLessThan(8);
    const byId = new Map(r.inspection!.goroutines.map((g) => [g.id, g]));
    expect(byId.get(1)?.frames[0].func).toBe('main.main');
    const holder = reader.get(at)!.g;
    const frame = byId.get(holder)!.frames[0];
    expect(frame.func).toBe('main.main.func1');
    const locals = Object.fromEntries(frame.locals.map((l) => [l.name, [l.type, l.value]]));
    expect(locals.mu).toEqual(['sync.Mutex', 'locked']);
    expect(locals.names).toEqual(['[]string', '[a b]']);
    expect(locals.wg[0]).toBe('sync.WaitGroup');
  });

  it('shows a callee frame above its caller, with parameters and struct values', () => {
    // The last goroutine.line event inside scale: its q is set once the line after it runs.
    let at = -1;
    for (let i = 0; i < reader.length; i++) {
      const e = reader.get(i)!;
      if (e.kind === 'goroutine.line' && e.line === 12) at = i;
    }
    expect(at).toBeGreaterThan(0);
    const r = runSource(prog, { seed: 5, procs: 2, inspectAt: at });
    const main = r.inspection!.goroutines.find((g) => g.id === 1)!;
    expect(main.frames.map((f) => f.func)).toEqual(['main.scale', 'main.main']);
    const top = Object.fromEntries(main.frames[0].locals.map((l) => [l.name, l.value]));
    expect(top).toMatchObject({ p: '{1 2}', k: '3', q: '{3 6}' });
    expect(Object.fromEntries(main.frames[1].locals.map((l) => [l.name, l.value]))).toMatchObject({ total: '2' });
  });

  it('an index past the end inspects the end; the run never throws', () => {
    const r = runSource(prog, { seed: 5, procs: 2, inspectAt: 1e9 });
    expect(r.inspection!.goroutines).toEqual([]);
    expect(runSource('package main\nfunc main() { x := }', { inspectAt: 3 }).exitCode).toBe(1);
  });
});
