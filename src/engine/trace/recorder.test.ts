// What the recorder writes for the ways a run can end and for each kind of waiting.
import { describe, expect, it } from 'vitest';
import { runSource, type RunOptions } from '../run-source.ts';
import type { EventName, EventOf, TraceEvent } from './events.ts';
import { TraceReader } from './reader.ts';
import { loadCases } from './testdata/cases.ts';

function trace(body: string, options: RunOptions = {}): TraceEvent[] {
  const r = runSource(`package main\n\n${body}`, { seed: 1, procs: 2, ...options, trace: true });
  return [...new TraceReader(r.trace!).range()];
}

function only<K extends EventName>(events: TraceEvent[], kind: K): Array<EventOf<K>> {
  return events.filter((e): e is Extract<TraceEvent, { kind: K }> => e.kind === kind) as unknown as Array<EventOf<K>>;
}

describe('TraceRecorder', () => {
  it('records goroutine creation with parent, line and creator, and a clean end', () => {
    const ev = trace('func main() {\n\tdone := make(chan bool)\n\tgo func() { done <- true }()\n\t<-done\n}\n');
    expect(only(ev, 'goroutine.created')).toEqual([
      expect.objectContaining({ g: 1, parent: 0 }),
      expect.objectContaining({ g: 2, parent: 1, line: 5, createdBy: 'main.main' }),
    ]);
    expect(ev.at(-1)).toMatchObject({ kind: 'run.ended', exitCode: 0, stopped: '' });
    expect(only(ev, 'goroutine.ended').map((e) => e.g)).toContain(1);
  });

  it('records entering and leaving a function as frame changes, with what to undo them', () => {
    const ev = trace('func add(a, b int) int {\n\treturn a + b\n}\n\nfunc main() {\n\tx := add(1, 2)\n\tprintln(x)\n}\n');
    expect(only(ev, 'goroutine.frame.changed').map((e) => [e.funcBefore, e.depthBefore, e.func, e.depth])).toEqual([
      ['', 0, 'main.main', 1],
      ['main.main', 1, 'main.add', 2],
      ['main.add', 2, 'main.main', 1],
    ]);
    expect(only(ev, 'goroutine.line').map((e) => e.line)).toEqual([8, 4, 9]);
  });

  it('records sleeping with Go’s wait reason and the wake-up', () => {
    const ev = trace('import "time"\n\nfunc main() {\n\ttime.Sleep(time.Second)\n\tprintln("up")\n}\n');
    expect(only(ev, 'goroutine.blocked')).toEqual([expect.objectContaining({ g: 1, reason: 'sleep', obj: 0 })]);
    expect(only(ev, 'goroutine.unblocked')).toEqual([expect.objectContaining({ g: 1, reason: 'sleep' })]);
    expect(only(ev, 'output.written')).toEqual([expect.objectContaining({ fd: 2, text: 'up\n' })]);
  });

  it('records a deadlock as a fatal error of no goroutine, before the dump is printed', () => {
    const ev = trace('func main() {\n\tc := make(chan int)\n\t<-c\n}\n');
    const fatal = ev.findIndex((e) => e.kind === 'fatal.raised');
    expect(ev[fatal]).toMatchObject({ g: 0, message: 'all goroutines are asleep - deadlock!' });
    expect(ev[fatal + 1]).toMatchObject({ kind: 'output.written', fd: 2 });
    expect(only(ev, 'goroutine.blocked')).toEqual([expect.objectContaining({ g: 1, reason: 'chan receive' })]);
    expect(ev.at(-1)).toMatchObject({ kind: 'run.ended', exitCode: 2 });
  });

  it('records each fatal error Go prints, by the goroutine that raised it (two writers both failing)', () => {
    const source = loadCases().find((c) => c.file === 'two-writers-crash.go')!.source;
    let doubles = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const r = runSource(source, { seed, procs: 2, trace: true });
      const ev = [...new TraceReader(r.trace!).range()];
      const fatals = only(ev, 'fatal.raised');
      const printed = r.stderr.match(/^fatal error: .*$/gm) ?? [];
      expect(fatals.map((e) => `fatal error: ${e.message}`)).toEqual(printed);
      expect(new Set(fatals.map((e) => e.g)).size).toBe(fatals.length);
      if (fatals.length === 2) doubles++;
    }
    expect(doubles).toBeGreaterThan(0);
  });

  it('records an uncaught panic with its text', () => {
    const ev = trace('func main() {\n\tpanic("boom")\n}\n');
    expect(only(ev, 'panic.raised')).toEqual([expect.objectContaining({ g: 1, text: 'boom' })]);
    expect(ev.at(-1)).toMatchObject({ kind: 'run.ended', exitCode: 2 });
  });

  it('records a stop by the step budget in run.ended', () => {
    const ev = trace('func main() {\n\tfor {\n\t}\n}\n', { maxSteps: 10_000 });
    expect(ev.at(-2)).toMatchObject({ kind: 'budget.exhausted', g: 1, message: expect.stringMatching(/step budget/) });
    const end = ev.at(-1) as EventOf<'run.ended'>;
    expect(end.kind).toBe('run.ended');
    expect(end.exitCode).toBe(2);
    expect(end.stopped).toMatch(/step budget/);
    expect(end.instructions).toBe(10_000);
  });

  it('records where the lab stops a program it cannot model exactly', () => {
    const ev = trace('func main() {\n\tx := 1 << 52\n\tfor i := 0; i < 4; i++ {\n\t\tx *= 2\n\t}\n\tprintln(x)\n}\n');
    const stop = only(ev, 'unsupported.raised');
    expect(stop).toEqual([expect.objectContaining({ g: 1, message: expect.stringMatching(/cannot represent exactly/) })]);
    expect(ev.at(-1)).toMatchObject({ kind: 'run.ended', exitCode: 2 });
  });

  it('gives the same lock the same object id for every goroutine waiting on it', () => {
    const ev = trace(
      'import "sync"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tvar wg sync.WaitGroup\n\tfor i := 0; i < 4; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tfor j := 0; j < 20; j++ {\n\t\t\t\tmu.Lock()\n\t\t\t\tmu.Unlock()\n\t\t\t}\n\t\t}()\n\t}\n\twg.Wait()\n}\n',
      { seed: 7, procs: 4 },
    );
    const lockWaits = only(ev, 'goroutine.blocked').filter((e) => e.reason === 'sync.Mutex.Lock');
    expect(lockWaits.length).toBeGreaterThan(1);
    expect(new Set(lockWaits.map((e) => e.obj)).size).toBe(1);
    const wgWait = only(ev, 'goroutine.blocked').find((e) => e.reason === 'semacquire');
    expect(wgWait?.obj).not.toBe(lockWaits[0].obj);
  });

  it('numbers maps in order of creation, from 1, in every run', () => {
    const body = 'func main() {\n\ta := map[string]int{}\n\tb := map[string]int{}\n\tb["x"] = 1\n\ta["y"] = 2\n}\n';
    for (let k = 0; k < 2; k++) {
      const ev = trace(body);
      expect(only(ev, 'map.made').map((e) => e.map)).toEqual([1, 2]);
      expect(only(ev, 'map.slot.written').map((e) => [e.map, e.keyAfter])).toEqual([[2, 'x'], [1, 'y']]);
    }
  });
});
