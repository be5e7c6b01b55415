// What the goroutines and output slices show at chosen moments of real runs.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import { loadCase } from '../testdata/cases.ts';
import { TraceCursor } from './cursor.ts';
import { goroutineStatus } from './goroutines.ts';
import { crashPosition } from './step-boundaries.ts';

function cursorFor(file: string) {
  const c = loadCase(file);
  const r = runSource(c.source, { seed: c.seed, procs: c.procs, trace: true });
  return { cursor: new TraceCursor(r.trace!, { minInterval: 8 }), result: r };
}

/** Moves to just after the first event matching `pred`; fails the test if there is none. */
function seekAfter(c: TraceCursor, pred: (i: number) => boolean): number {
  for (let i = 0; i < c.length; i++) {
    if (pred(i)) {
      c.seek(i + 1);
      return i;
    }
  }
  throw new Error('no such event');
}

describe('goroutines slice', () => {
  it('shows a goroutine parked on a mutex as blocked with its wait reason, off its P, and the holder running', () => {
    const { cursor: c } = cursorFor('mutex-counter.go');
    const i = seekAfter(c, (k) => {
      const e = c.reader.get(k)!;
      return e.kind === 'goroutine.blocked' && e.reason === 'sync.Mutex.Lock';
    });
    const waiter = c.state.goroutines.byId.get(c.reader.goroutineAt(i))!;
    expect(goroutineStatus(c.state.goroutines, waiter)).toBe('blocked');
    expect(waiter.waitObj).toBeGreaterThan(0);
    expect(waiter.p).toBe(-1);
    expect(c.state.goroutines.procs).not.toContain(waiter.id);
    // Stepping over the switch that follows puts another goroutine on the CPU.
    const next = c.reader.findNext(i, ['sched.switched']);
    c.seek(next + 1);
    const runner = c.state.goroutines.byId.get(c.state.goroutines.current)!;
    expect(runner.id).not.toBe(waiter.id);
    expect(goroutineStatus(c.state.goroutines, runner)).toBe('running');
    expect(c.state.goroutines.procs[runner.p]).toBe(runner.id);
  });

  it('records who created each goroutine and where, and ends every goroutine of a finished program', () => {
    const { cursor: c, result } = cursorFor('mutex-counter.go');
    c.seek(c.length);
    const gs = c.state.goroutines;
    const main = gs.byId.get(1)!;
    expect(main.parent).toBe(0);
    expect(main.createdBy).toBe('');
    const workers = [...gs.byId.values()].filter((g) => g.id !== 1);
    expect(workers.length).toBe(2);
    for (const g of workers) {
      expect(g.parent).toBe(1);
      expect(g.createdBy).toBe('main.main');
      expect(g.createdLine).toBe(16); // the `go func()` line of mutex-counter.go
      expect(g.func).toBe('main.main.func1');
      expect(goroutineStatus(gs, g)).toBe('done');
    }
    expect(c.state.output.stdout).toBe(result.stdout);
    expect(c.state.output.ended?.exitCode).toBe(0);
    c.seek(0);
    expect(c.state.goroutines.byId.size).toBe(0);
    expect(c.state.output.stdout).toBe('');
  });

  it('opens a crash at the fatal error with the failing goroutine and the writer it collided with both running', () => {
    const { cursor: c } = cursorFor('two-writers-crash.go');
    const at = crashPosition(c.reader);
    const raised = c.reader.findNext(0, ['fatal.raised']);
    expect(raised).toBeGreaterThan(0);
    // The crash opens after the whole step that raised it: Go's report is printed by then.
    expect(at).toBeGreaterThan(raised);
    for (let i = raised; i < at; i++) expect(c.reader.stepAt(i)).toBe(c.reader.stepAt(raised));
    c.seek(at);
    expect(c.state.output.stderr).toMatch(/^fatal error: concurrent map writes\n\ngoroutine \d+ \[running\]:/);
    const fatal = c.state.output.failures[0];
    expect(fatal.kind).toBe('fatal');
    expect(fatal.message).toBe('concurrent map writes');
    const gs = c.state.goroutines;
    const failing = gs.byId.get(fatal.g)!;
    expect(goroutineStatus(gs, failing)).toBe('running');
    // The other writer: a goroutine whose last map.write.began before the crash has no write.ended yet.
    const open = new Set<number>();
    for (let i = 0; i < raised; i++) {
      const k = c.reader.kindAt(i);
      if (k === 'map.write.began') open.add(c.reader.goroutineAt(i));
      if (k === 'map.write.ended') open.delete(c.reader.goroutineAt(i));
    }
    open.delete(fatal.g);
    expect(open.size).toBeGreaterThan(0);
    for (const g of open) {
      expect(goroutineStatus(gs, gs.byId.get(g)!)).toBe('running');
      expect(gs.byId.get(g)!.p).toBeGreaterThanOrEqual(0);
      expect(gs.byId.get(g)!.p).not.toBe(failing.p);
    }
    // Before the crash nothing has failed yet.
    c.seek(raised);
    expect(c.state.output.failures).toEqual([]);
  });

  it('keeps the budget stop as a failure and shows a program that ran out of steps', () => {
    const r = runSource('package main\n\nfunc main() {\n\tfor {\n\t}\n}\n', { trace: true, maxSteps: 5_000 });
    const c = new TraceCursor(r.trace!);
    c.seek(c.length);
    expect(c.state.output.failures.map((f) => f.kind)).toEqual(['budget']);
    expect(c.state.goroutines.byId.get(1)!.line).toBe(4);
  });
});
